package forkcast.reports;

/**
 * Text from users (paths, arguments, scenario text) made safe to print on a terminal or show in a report: control
 * characters (C0, DEL, C1) and the Unicode bidirectional controls are shown as {@code \}{@code uXXXX} escapes, so an
 * ESC sequence cannot drive the terminal, a carriage return cannot overwrite a line, a line break cannot forge a
 * second message, and reversed text cannot make a report read differently than it is.
 */
public final class Printable
{
    private Printable()
    {
    }

    /** @return {@code value} as text on one line: every control character escaped, line breaks and tabs too */
    public static String of(final Object value)
    {
        return escape(String.valueOf(value), false);
    }

    /** @return multi-line {@code text} with its line breaks (LF, CRLF) and tabs kept, every other control escaped */
    public static String keepingLines(final String text)
    {
        return escape(text, true);
    }

    private static String escape(final String text, final boolean keepLines)
    {
        int i = 0;
        while (i < text.length() && !escaped(text, i, keepLines))
        {
            i++;
        }
        if (i == text.length())
        {
            return text; // the usual case: nothing to escape, no copy
        }
        StringBuilder s = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++)
        {
            char c = text.charAt(i);
            if (escaped(text, i, keepLines))
            {
                s.append(String.format("\\u%04X", (int) c));
            }
            else
            {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static boolean escaped(final String text, final int i, final boolean keepLines)
    {
        char c = text.charAt(i);
        if (keepLines && (c == '\n' || c == '\t' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n'))
        {
            return false;
        }
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }
}
