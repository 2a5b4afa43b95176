package forkcast.reports.cli;

import java.util.ArrayList;
import java.util.List;

/** Text for the terminal: the width every command keeps to, and lines wrapped to it. */
final class TerminalText
{
    /** The classic terminal's width, which --help keeps to as well. */
    static final int WIDTH = ForkcastCommand.HELP_WIDTH;

    private TerminalText()
    {
    }

    /**
     * For lines that list things (a start line's settings, compare's changed verdicts).
     * @param text a line that may be longer than {@link #WIDTH}; the blanks it starts with are kept
     * @param indent what continuation lines start with
     * @return the text in lines of at most {@link #WIDTH} columns, broken after a list item (", " or "; ") in the
     *         second half of the line, else at a space; a word longer than a line stands alone
     */
    static List<String> wrap(final String text, final String indent)
    {
        return lines(text, indent, true);
    }

    /**
     * For prose (the catalog's sources), where a comma is as likely inside an enumeration ("a recorder, CUBE or
     * trunk") as at the end of an item: as many words on a line as fit.
     * @param text a line that may be longer than {@link #WIDTH}; the blanks it starts with are kept
     * @param indent what continuation lines start with
     * @return the text in lines of at most {@link #WIDTH} columns, broken at spaces; a word longer than a line stands
     *         alone
     */
    static List<String> fill(final String text, final String indent)
    {
        return lines(text, indent, false);
    }

    private static List<String> lines(final String text, final String indent, final boolean afterListItems)
    {
        List<String> lines = new ArrayList<>();
        String rest = text;
        String prefix = "";
        // the first line's own indent is kept whole: no place to break
        int lead = text.length() - text.stripLeading().length();
        while (prefix.length() + rest.length() > WIDTH)
        {
            int room = WIDTH - prefix.length();
            int at = afterListItems ? Math.max(rest.lastIndexOf(", ", room - 1), rest.lastIndexOf("; ", room - 1)) : -1;
            // a list item ends the line unless that leaves most of the line empty
            at = at >= room / 2 ? at + 1 : rest.lastIndexOf(' ', room);
            if (at <= lead)
            {
                at = rest.indexOf(' ', Math.max(room, lead));
                if (at < 0)
                {
                    break;
                }
            }
            lines.add(prefix + rest.substring(0, at).stripTrailing());
            rest = rest.substring(at).stripLeading();
            prefix = indent;
            lead = 0;
        }
        lines.add(prefix + rest);
        return lines;
    }
}
