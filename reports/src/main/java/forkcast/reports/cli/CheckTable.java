package forkcast.reports.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import forkcast.scenarios.cdr.CdrCheck;

/**
 * {@code fit --check}'s table in {@link TerminalText#WIDTH} columns: a row per figure with the CDRs' mean per day, the
 * model's, the p-value and the verdict, and the model's 95% interval on a line of its own below its mean (beside it,
 * the table was 92 columns wide, and a terminal of 80 broke the interval in two: "9.5 [7.7, 11." / "3]"). A figure's
 * name too long for its column stands on a line of its own above its figures.
 */
final class CheckTable
{
    private static final String[] HEADINGS = {"figure", "CDRs", "model", "p", "verdict"};
    private static final String GAP = "  ";

    private CheckTable()
    {
    }

    /** @return the table's lines, headings first */
    static List<String> lines(final List<CdrCheck.Row> rows)
    {
        List<String[]> cells = new ArrayList<>();
        for (CdrCheck.Row row : rows)
        {
            cells.add(new String[] {row.figure(), number(row.observedMean()), number(row.simulated().mean()),
                    Double.isNaN(row.pValue()) ? "-" : String.format(Locale.ROOT, "%.3f", row.pValue()),
                    row.verdict()});
        }
        int[] width = new int[HEADINGS.length];
        for (int c = 0; c < width.length; c++)
        {
            width[c] = HEADINGS[c].length();
            for (String[] r : cells)
            {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        int figures = 0;
        for (int c = 1; c < width.length; c++)
        {
            figures += GAP.length() + width[c];
        }
        width[0] = Math.max(HEADINGS[0].length(), Math.min(width[0], TerminalText.WIDTH - figures));
        List<String> lines = new ArrayList<>();
        lines.add(row(HEADINGS, width));
        for (int i = 0; i < rows.size(); i++)
        {
            String[] r = cells.get(i);
            if (r[0].length() > width[0])
            {
                lines.add(r[0]);
                r = r.clone();
                r[0] = "";
            }
            lines.add(row(r, width));
            CdrCheck.Row row = rows.get(i);
            // the interval ends where the model's mean ends, below it
            String interval = "95% CI [" + number(row.simulated().ci95low()) + ", " + number(row.simulated().ci95high())
                    + "]";
            int end = width[0] + GAP.length() + width[1] + GAP.length() + width[2];
            lines.add(" ".repeat(Math.max(0, end - interval.length())) + interval);
        }
        return lines;
    }

    private static String row(final String[] cells, final int[] width)
    {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + width[0] + "s", cells[0]));
        for (int c = 1; c < cells.length - 1; c++)
        {
            line.append(GAP).append(String.format(Locale.ROOT, "%" + width[c] + "s", cells[c]));
        }
        return line.append(GAP).append(cells[cells.length - 1]).toString().stripTrailing();
    }

    private static String number(final double v)
    {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
