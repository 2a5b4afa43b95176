package forkcast.reports.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import forkcast.reports.SweepTargets;
import forkcast.reports.SweepWriter;
import forkcast.scenarios.Sweep;
import forkcast.scenarios.SweepAxis;
import forkcast.sim.ExperimentResults;
import forkcast.sim.Goal;
import forkcast.sim.stats.MetricSummary;

/**
 * A sweep's points as the terminal shows them, in at most 80 columns: one row per point with its varied values, the
 * key figures (the metrics that depend on the varied values, as the report charts them, those the dependent verdict
 * judges first, as many as fit) as mean ± the 95% confidence interval's half-width, rounded to it, the verdict of the
 * targets the varied values move ({@link SweepTargets}) and the point's verdict as report.html gives it (the worst of
 * its element ratings and targets: {@link SweepWriter#status}). The metrics are numbered in the header with their
 * units and named below the table by their names in summary.json and sweep.csv, which hold every metric of every
 * point.
 */
final class SweepTable
{
    static final int WIDTH = TerminalText.WIDTH;

    private static final String GAP = "  ";

    /** The header of the column of the targets the varied values move. */
    private static final String DEPENDENT = "dependent";

    private SweepTable()
    {
    }

    /**
     * @param points the sweep's points in grid order
     * @param axes the varied values
     * @param members per axis, the concrete paths it varies
     * @param asked the --metric names, shown after the dependent ones when there is room
     * @return the table's lines, each at most {@link #WIDTH} columns (a very long varied value excepted)
     */
    static List<String> lines(final List<Sweep.Point> points, final List<SweepAxis> axes,
            final List<List<String>> members, final List<String> asked)
    {
        // the figures the dependent verdict judges first, so that the columns that fit show what it says
        Set<String> judged = SweepTargets.dependent(points.get(0), members).stream().map(Goal::metric)
                .collect(Collectors.toSet());
        List<String> metrics = new ArrayList<>(SweepWriter.metrics(points, members, asked));
        metrics.sort(Comparator.comparing(m -> !judged.contains(m)));
        List<List<String>> columns = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++)
        {
            List<String> column = new ArrayList<>();
            column.add(shortName(axes.get(a).path()));
            for (Sweep.Point p : points)
            {
                column.add(p.values().get(a));
            }
            columns.add(column);
        }
        // beside the point's verdict as report.html gives it (the worst of its element ratings and targets), the
        // verdict of the targets the varied values move: what answers the swept question where something else is
        // not OK at every point
        List<String> dependent = new ArrayList<>(List.of(DEPENDENT));
        List<String> verdicts = new ArrayList<>(List.of("verdict"));
        for (Sweep.Point p : points)
        {
            dependent.add(SweepTargets.status(p, members));
            verdicts.add(SweepWriter.status(p));
        }
        int used = width(columns) + 2 * GAP.length() + width(dependent.get(0), dependent)
                + width(verdicts.get(0), verdicts);
        List<String> shown = new ArrayList<>();
        for (String metric : metrics)
        {
            List<String> column = new ArrayList<>();
            column.add(("[" + (shown.size() + 1) + "] " + unit(points.get(0).result().results(), metric)).strip());
            for (Sweep.Point p : points)
            {
                column.add(figure(p.result().results(), metric));
            }
            int w = GAP.length() + width(column.get(0), column);
            if (used + w > WIDTH)
            {
                break;
            }
            used += w;
            shown.add(metric);
            columns.add(column);
        }
        columns.add(dependent);
        columns.add(verdicts);
        List<String> lines = new ArrayList<>();
        for (int row = 0; row <= points.size(); row++)
        {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns.size(); c++)
            {
                List<String> column = columns.get(c);
                String cell = column.get(row);
                int w = width(column.get(0), column);
                // the varied values and the verdict to the left, figures to the right (their decimals line up)
                boolean left = c < axes.size() || column == dependent || column == verdicts;
                line.append(c == 0 ? "" : GAP).append(left ? pad(cell, w) : String.format(Locale.ROOT, "%" + w + "s", cell));
            }
            lines.add(line.toString().stripTrailing());
        }
        for (int i = 0; i < shown.size(); i++)
        {
            lines.add("[" + (i + 1) + "] " + shown.get(i));
        }
        lines.add("figures: mean ± half-width of the 95% confidence interval, to its precision");
        List<String> targets = SweepTargets.usedDependent(points, members);
        lines.addAll(TerminalText.fill(DEPENDENT + (targets.isEmpty() ? ": " + SweepTargets.NONE + ", no target is on"
                + " what the varied values move" : ": the worst of the targets on what the varied values move ("
                + String.join(", ", targets) + ")"), "  "));
        lines.add("verdict: the worst element rating or target of the point, as in report.html");
        if (shown.size() < metrics.size())
        {
            lines.add((metrics.size() - shown.size()) + " more dependent metrics in sweep.csv and report.html");
        }
        return lines;
    }

    /** @return the last segment of a varied path (recorders.rec-a.maxStreams: maxStreams), the path when it is one */
    private static String shortName(final String path)
    {
        String first = path.split(",")[0];
        return first.substring(first.lastIndexOf('.') + 1) + (path.contains(",") ? "+" : "");
    }

    /** @return the unit the header gives a metric's column: "%" for a share, else the metric's; none where absent */
    static String unit(final ExperimentResults results, final String metric)
    {
        if (!results.summaries().containsKey(metric))
        {
            return "";
        }
        String unit = results.unit(metric);
        return "ratio".equals(unit) ? "%" : unit;
    }

    /**
     * @return the mean ± the larger side of the 95% CI (a side clipped at a physical limit is the shorter), in the
     *         header's unit (a share in percent), both rounded to the half-width's first significant digit, or its
     *         first two where that is a 1 (34.2 ± 0.6, 11.1 ± 1.3, 57 ± 7): the decimals the interval supports
     */
    static String figure(final ExperimentResults results, final String metric)
    {
        if (!results.summaries().containsKey(metric))
        {
            return "n/a";
        }
        MetricSummary s = results.summary(metric);
        double scale = "ratio".equals(results.unit(metric)) ? 100 : 1;
        if (s.mean() == null)
        {
            return "n/a";
        }
        if (s.ci95low() == null || s.ci95high() == null)
        {
            return Figures.of(s.mean() * scale);
        }
        double half = Figures.half(s.mean(), s.ci95low(), s.ci95high()) * scale;
        Integer decimals = Figures.supported(half);
        if (decimals == null)
        {
            // every replication the same: no interval to round to, so the mean as it is (139.5 ± 0, 60 ± 0)
            return Figures.exactly(s.mean() * scale) + " ± 0";
        }
        return Figures.rounded(s.mean() * scale, decimals) + " ± " + Figures.rounded(half, decimals);
    }

    private static int width(final List<List<String>> columns)
    {
        int w = 0;
        for (int c = 0; c < columns.size(); c++)
        {
            w += (c == 0 ? 0 : GAP.length()) + width(columns.get(c).get(0), columns.get(c));
        }
        return w;
    }

    private static int width(final String header, final List<String> cells)
    {
        return Math.max(header.length(), cells.stream().mapToInt(String::length).max().orElse(0));
    }

    private static String pad(final String cell, final int width)
    {
        return cell + " ".repeat(Math.max(0, width - cell.length()));
    }
}
