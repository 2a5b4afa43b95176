package forkcast.scenarios;

/**
 * Makes text from a scenario safe to print on one line of a terminal: C0 and C1 control characters, DEL, the Unicode
 * line and paragraph separators and the bidirectional overrides and isolates are written as escapes ({@code \n},
 * {@code \t}, {@code \r}, else {@code \}{@code u001b}). A scenario can then neither split one message into what looks
 * like two, nor send terminal escape sequences (clearing the screen, setting the title), nor reorder what is shown.
 */
public final class ControlCharacters
{
    private ControlCharacters()
    {
    }

    /** @return the text with every unsafe character escaped; the text itself when it has none */
    public static String escape(final String text)
    {
        if (text == null)
        {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++)
        {
            char c = text.charAt(i);
            if (unsafe(c))
            {
                if (out == null)
                {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                switch (c)
                {
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(String.format("\\u%04x", (int) c));
                }
            }
            else if (out != null)
            {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** @return whether the character must not reach a terminal as it is */
    static boolean unsafe(final char c)
    {
        return c < 0x20 || c >= 0x7f && c <= 0x9f // C0, DEL, C1
                || c == '\u061c' || c == '\u200e' || c == '\u200f' // Arabic letter mark, LRM, RLM
                || c >= '\u202a' && c <= '\u202e' // bidi embeddings and overrides
                || c >= '\u2066' && c <= '\u2069' // bidi isolates
                || c == '\u2028' || c == '\u2029'; // line and paragraph separators
    }
}
