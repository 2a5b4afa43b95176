package forkcast.reports.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import forkcast.models.metrics.ClusterMetrics;
import forkcast.models.metrics.LinkMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.reports.ComparisonWriter;
import forkcast.scenarios.RunResult;
import forkcast.sim.metrics.MetricKind;
import forkcast.sim.stats.MetricSummary;

/**
 * The headline metrics of a comparison as the terminal shows them, in at most {@link #WIDTH} columns and without
 * cutting a name or a figure: a column per alternative while that fits (two alternatives, usually), otherwise a block
 * per metric with a line per alternative. Each alternative's cell is its mean and its paired difference to the
 * first [95% CI]. Lines of text (the verdicts, which list every change) are wrapped at list items.
 */
final class CompareTable
{
    static final int WIDTH = TerminalText.WIDTH;

    private static final String GAP = "  ";

    /** An alternative without the metric, as the verdict lines say of an element it does not have. */
    static final String ABSENT = "absent";

    private CompareTable()
    {
    }

    /** @return the heading and the table: one heading, which says how the table it heads is laid out */
    static List<String> lines(final List<RunResult> results)
    {
        List<String> names = results.stream().map(r -> r.scenario().name()).toList();
        String cells = "its paired difference to " + names.get(0) + " [95% CI] (shares in %, their differences in"
                + " percentage points):";
        List<String> metrics = new ArrayList<>(Stream.of(RecordingMetrics.BLOCKING_PROBABILITY,
                RecordingMetrics.COVERAGE, RecordingMetrics.REDUNDANT_SHARE, ClusterMetrics.BHCC_TOTAL)
                .map(d -> d.of().name()).toList());
        results.get(0).results().metrics().values().stream().filter(m -> m.is(LinkMetrics.FORK_MBPS_MEAN))
                .forEach(m -> metrics.add(m.name()));
        // rows of cells: the metric, the baseline's mean, each other alternative's mean (difference [CI])
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("metric"));
        header.addAll(names);
        rows.add(header);
        for (String metric : metrics)
        {
            List<String> row = new ArrayList<>(List.of(metric));
            row.addAll(cells(results, metric));
            rows.add(row);
        }
        List<String> wide = columns(rows);
        if (wide.stream().allMatch(l -> l.length() <= WIDTH))
        {
            List<String> lines = new ArrayList<>(TerminalText.wrap("mean, and for each alternative " + cells, ""));
            lines.addAll(wide);
            return lines;
        }
        // too wide: a block per metric, its name on a line of its own and a line per alternative under it
        List<List<String>> alternatives = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size()))
        {
            for (int i = 0; i < names.size(); i++)
            {
                alternatives.add(List.of("  " + names.get(i), row.get(i + 1)));
            }
        }
        List<String> aligned = columns(alternatives);
        List<String> lines = new ArrayList<>(TerminalText.wrap("each metric, then for each alternative its mean and "
                + cells, ""));
        for (int m = 1; m < rows.size(); m++)
        {
            lines.add(rows.get(m).get(0));
            lines.addAll(aligned.subList((m - 1) * names.size(), m * names.size()));
        }
        return lines;
    }

    /**
     * @return each alternative's cell of one metric: the baseline's mean, then mean (difference [95% CI]); other than
     *         shares, a mean to the decimals its own interval supports and a difference to those of its interval
     *         ({@link Figures#supported(double)}), a mean the same in every replication to the difference's
     *         ("0.0 (-9.0 [-9.6, -8.4])", not "0 (-9.02 [-9.63, -8.40])")
     */
    private static List<String> cells(final List<RunResult> results, final String metric)
    {
        boolean ratio = results.get(0).results().metric(metric).descriptor().kind() == MetricKind.RATIO;
        MetricSummary first = results.get(0).results().summary(metric);
        Double baseline = first.mean();
        List<String> cells = new ArrayList<>(List.of(ratio ? value(baseline, true) : mean(first, null)));
        for (RunResult r : results.subList(1, results.size()))
        {
            if (!r.results().summaries().containsKey(metric))
            {
                cells.add(ABSENT); // files with other elements: the baseline's link is not in this alternative
                continue;
            }
            MetricSummary d = ComparisonWriter.pairedDifference(results.get(0), r, metric);
            MetricSummary own = r.results().summary(metric);
            if (ratio)
            {
                String value = value(own.mean(), true);
                cells.add(d.mean() == null ? value + " (n/a)" : value + " (" + points(d.mean()) + " ["
                        + points(d.ci95low()) + ", " + points(d.ci95high()) + "])");
                continue;
            }
            Integer decimals = d.mean() == null ? null : Figures.supported(Figures.half(d.mean(), d.ci95low(),
                    d.ci95high()));
            String value = mean(own, decimals);
            cells.add(d.mean() == null ? value + " (n/a)" : value + " (" + signed(d.mean(), decimals) + " ["
                    + signed(d.ci95low(), decimals) + ", " + signed(d.ci95high(), decimals) + "])");
        }
        return cells;
    }

    /**
     * @param beside the decimals of the difference it stands with, for a mean the same in every replication; null
     * @return a mean to the decimals its interval supports; one without width to {@code beside}, else as it is
     */
    private static String mean(final MetricSummary s, final Integer beside)
    {
        if (s.mean() == null || s.mean().isNaN())
        {
            return "n/a";
        }
        Integer own = Figures.supported(Figures.half(s.mean(), s.ci95low(), s.ci95high()));
        return Figures.supported(s.mean(), own != null ? own : beside);
    }

    /** @return a difference, signed, to {@code decimals} (as it is where null) */
    private static String signed(final Double d, final Integer decimals)
    {
        if (d == null || d.isNaN())
        {
            return "n/a";
        }
        String text = Figures.supported(d, decimals);
        return text.startsWith("-") ? text : "+" + text;
    }

    /** @return the rows with every column as wide as its widest cell, trailing blanks dropped */
    private static List<String> columns(final List<List<String>> rows)
    {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows)
        {
            for (int c = 0; c < row.size(); c++)
            {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows)
        {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++)
            {
                line.append(c == 0 ? "" : GAP).append(String.format(Locale.ROOT, "%-" + Math.max(1, widths[c]) + "s",
                        row.get(c)));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** @return a mean as the report shows it: a share in percent */
    private static String value(final Double v, final boolean ratio)
    {
        return v == null ? "n/a" : ratio ? String.format(Locale.ROOT, "%.2f%%", v * 100) : Figures.of(v);
    }

    /** @return a difference of shares, signed, in percentage points */
    private static String points(final Double d)
    {
        return d == null || d.isNaN() ? "n/a" : String.format(Locale.ROOT, "%+.2f pp", d * 100);
    }
}
