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
     * @param text a line that may be longer than {@link #WIDTH}
     * @param indent what continuation lines start with
     * @return the text in lines of at most {@link #WIDTH} columns, broken after a list item (", " or "; ") in the
     *         second half of the line, else at a space; a word longer than a line stands alone
     */
    static List<String> wrap(final String text, final String indent)
    {
        List<String> lines = new ArrayList<>();
        String rest = text;
        String prefix = "";
        while (prefix.length() + rest.length() > WIDTH)
        {
            int room = WIDTH - prefix.length();
            int at = Math.max(rest.lastIndexOf(", ", room - 1), rest.lastIndexOf("; ", room - 1));
            // a list item ends the line unless that leaves most of the line empty
            at = at >= room / 2 ? at + 1 : rest.lastIndexOf(' ', room);
            if (at <= 0)
            {
                at = rest.indexOf(' ', room);
                if (at < 0)
                {
                    break;
                }
            }
            lines.add(prefix + rest.substring(0, at).stripTrailing());
            rest = rest.substring(at).stripLeading();
            prefix = indent;
        }
        lines.add(prefix + rest);
        return lines;
    }
}
