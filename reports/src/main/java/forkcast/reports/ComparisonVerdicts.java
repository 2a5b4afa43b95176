package forkcast.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import forkcast.scenarios.RunResult;
import forkcast.sim.metrics.Metric;

/**
 * A comparison's verdicts side by side: for every rated element (its {@link Verdict}) and every target of the
 * scenario ({@link PlanningTargets}: recording blocking, coverage, each link's and recorder's), the status in each alternative, and what
 * changed from the baseline, so that the elements an alternative puts right (or breaks) are found at once.
 */
final class ComparisonVerdicts
{
    /**
     * One element or target.
     *
     * @param element what is judged
     * @param statuses per alternative, OK, NEAR, OVER or FULL; null where the alternative has no such element
     * @param figures per alternative, the figure judged (utilisation of the rating, or the metric's value)
     */
    record Row(String element, List<String> statuses, List<String> figures)
    {
        /** @return whether alternative {@code i}'s status differs from the baseline's */
        boolean changed(final int i)
        {
            return !java.util.Objects.equals(this.statuses.get(0), this.statuses.get(i));
        }
    }

    private ComparisonVerdicts()
    {
    }

    static List<Row> rows(final List<RunResult> results)
    {
        Map<String, String[][]> byElement = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++)
        {
            RunResult r = results.get(i);
            for (Verdict v : Verdict.judge(r.results(), r.ratings()))
            {
                cell(byElement, v.label(), results.size(), i, v.status(), Numbers.percent(v.utilization())
                        + " of " + Numbers.limit(v.limit(), v.metric()));
            }
            for (Metric m : r.results().metrics().values())
            {
                PlanningTargets target = PlanningTargets.of(r, m);
                // every target of the scenario, a link's or a recorder's too: the run's answer judges them all, and
                // a link can miss its 80% target while its rating verdict is only NEAR
                if (target != null && r.results().summaries().containsKey(m.name()))
                {
                    var s = r.results().summary(m.name());
                    // named as the run's report names the target (its goal's label), not by the metric's name
                    cell(byElement, target.goal().label() + " " + target.text(MetricLabels.ratio(m)), results.size(), i,
                            target.status(s), Numbers.apart(s.mean(), target.limit(), MetricLabels.ratio(m)));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        byElement.forEach((element, cells) -> rows.add(new Row(element, java.util.Arrays.asList(cells[0]),
                java.util.Arrays.asList(cells[1]))));
        return rows;
    }

    private static void cell(final Map<String, String[][]> byElement, final String element, final int n, final int i,
            final String status, final String figure)
    {
        String[][] cells = byElement.computeIfAbsent(element, k -> new String[2][n]);
        cells[0][i] = status;
        cells[1][i] = figure;
    }

    /**
     * @return for alternative {@code i}, what changed from the baseline: "element: OVER → OK", one per line, for the
     *         elements both have (those only one has are {@link #onlyOneSide})
     */
    static List<String> changes(final List<Row> rows, final int i)
    {
        List<String> changes = new ArrayList<>();
        for (Row row : rows)
        {
            String before = row.statuses().get(0);
            String after = row.statuses().get(i);
            if (before != null && after != null && row.changed(i))
            {
                changes.add(row.element() + ": " + before + " → " + after);
            }
        }
        return changes;
    }

    /**
     * @return when the files have other elements, one line per side naming the elements only that side has, e.g.
     *         "only in a (3): x; y; z" (a line per element, "OK → absent", buried the changes under 25 lines of it)
     */
    static List<String> onlyOneSide(final List<Row> rows, final int i, final List<String> names)
    {
        List<String> onlyBaseline = new ArrayList<>();
        List<String> onlyThis = new ArrayList<>();
        for (Row row : rows)
        {
            if (row.statuses().get(i) == null && row.statuses().get(0) != null)
            {
                onlyBaseline.add(row.element());
            }
            if (row.statuses().get(0) == null && row.statuses().get(i) != null)
            {
                onlyThis.add(row.element());
            }
        }
        List<String> lines = new ArrayList<>();
        if (!onlyBaseline.isEmpty())
        {
            lines.add("only in " + names.get(0) + " (" + onlyBaseline.size() + "): " + String.join("; ", onlyBaseline));
        }
        if (!onlyThis.isEmpty())
        {
            lines.add("only in " + names.get(i) + " (" + onlyThis.size() + "): " + String.join("; ", onlyThis));
        }
        return lines;
    }

    /** @return for each alternative, how many verdicts are OVER or FULL, NEAR and OK */
    static String tally(final List<Row> rows, final int i)
    {
        int bad = 0;
        int near = 0;
        int ok = 0;
        for (Row row : rows)
        {
            String s = row.statuses().get(i);
            if (s == null)
            {
                continue;
            }
            switch (s)
            {
                case "OVER", "FULL" -> bad++;
                case "NEAR" -> near++;
                default -> ok++;
            }
        }
        return bad + " OVER/FULL, " + near + " NEAR, " + ok + " OK";
    }
}
