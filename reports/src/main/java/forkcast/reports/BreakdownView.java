package forkcast.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import forkcast.models.metrics.BreakdownMetrics;
import forkcast.sim.ExperimentResults;
import forkcast.sim.metrics.Metric;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.stats.MetricSummary;

/**
 * The report's breakdown tables (template section {@code breakdowns}): per site, per agent group and per recording
 * mode, the means over replications of calls, sessions, blocking, coverage, forked Mbit/s and failures by reason.
 * Forked Mbit/s is shown twice, as the sources send it (once per session) and as CUBEs and recorders receive it (once
 * more per copy a CUBE makes), so that nobody takes the copies' sum for what leaves a site. Rows with neither calls
 * nor sessions are left out.
 */
final class BreakdownView
{
    private BreakdownView()
    {
    }

    static void put(final ExperimentResults results, final Map<String, Object> view)
    {
        List<Map<String, Object>> tables = new ArrayList<>();
        table(results, "Per site", "site", BreakdownMetrics.SITE, tables);
        table(results, "Per agent group", "group", BreakdownMetrics.AGENT_GROUP, tables);
        table(results, "Per recording mode (the lines' recording option)", "mode", BreakdownMetrics.MODE, tables);
        view.put("breakdowns", tables);
        view.put("hasBreakdowns", !tables.isEmpty());
    }

    private static void table(final ExperimentResults results, final String title, final String placeholder,
            final BreakdownMetrics.Scope scope, final List<Map<String, Object>> tables)
    {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Metric m : results.metrics().values())
        {
            if (!m.is(scope.offered()))
            {
                continue;
            }
            String key = m.part(placeholder.equals("mode") ? "mode" : "id");
            double offered = mean(results, scope.offered(), key);
            double requested = mean(results, scope.requested(), key);
            if (offered == 0 && requested == 0)
            {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", key);
            // each with its unit's fixed decimals, as the key metrics (significant digits gave 8,304 beside 172.4)
            row.put("offered", figure(results, scope.offered(), key));
            row.put("connected", figure(results, scope.connected(), key));
            row.put("requested", figure(results, scope.requested(), key));
            row.put("established", figure(results, scope.established(), key));
            row.put("failed", figure(results, scope.failed(), key));
            row.put("blocking", share(results, scope.blocking(), key));
            row.put("coverage", share(results, scope.coverage(), key));
            row.put("sourceForkMbps", figure(results, scope.sourceForkMbps(), key));
            row.put("forkMbps", figure(results, scope.forkMbps(), key));
            row.put("reasons", reasons(results, scope, key));
            rows.add(row);
        }
        if (!rows.isEmpty())
        {
            tables.add(Map.of("title", title, "rows", rows));
        }
    }

    /** @return "recorder-full 172, setup-cancelled 1.2": the reasons with a nonzero mean, or "–" */
    private static String reasons(final ExperimentResults results, final BreakdownMetrics.Scope scope,
            final String key)
    {
        List<String> parts = new ArrayList<>();
        for (Metric m : results.metrics().values())
        {
            if (m.is(scope.failedFor()) && key.equals(m.part(m.part("mode") != null ? "mode" : "id")))
            {
                double v = results.summary(m.name()).mean();
                if (v > 0)
                {
                    parts.add(m.part("reason") + " " + Numbers.of(v, scope.failedFor().unit(), false));
                }
            }
        }
        return parts.isEmpty() ? "–" : String.join(", ", parts);
    }

    private static double mean(final ExperimentResults results, final MetricDescriptor d, final String key)
    {
        String name = d.of(key).name();
        if (!results.summaries().containsKey(name))
        {
            return 0;
        }
        Double mean = results.summary(name).mean();
        return mean == null ? 0 : mean;
    }

    private static String figure(final ExperimentResults results, final MetricDescriptor d, final String key)
    {
        return Numbers.of(mean(results, d, key), d.unit(), false);
    }

    private static String share(final ExperimentResults results, final MetricDescriptor d, final String key)
    {
        String name = d.of(key).name();
        MetricSummary s = results.summaries().get(name);
        return s == null || s.mean() == null ? "–" : Numbers.percent(s.mean());
    }
}
