package forkcast.reports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.mustachejava.Mustache;

import forkcast.scenarios.Catalog;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.Scenario;
import forkcast.sim.stats.MetricSummary;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG charts, no network fetches) with the scenario, the
 * capacity verdicts, the key metrics with 95% confidence intervals, the charts, every metric, the assumptions and the
 * scenario file itself. Rendered by Mustache ({@link ReportTemplates}), which HTML-escapes every value and shows its
 * control characters as escapes unless the template says otherwise; only
 * the SVG that JFreeSVG produced is inserted raw (JFreeSVG escapes the text it draws).
 */
public final class HtmlReport
{
    /** Metrics shown in the key table, in this order, when present. */
    private static final List<String[]> KEY_METRICS = List.of(
            new String[] {"calls.offered", "Calls offered"},
            new String[] {"calls.connected", "Calls connected"},
            new String[] {"calls.blocked.gateway", "Calls blocked at gateways"},
            new String[] {"calls.blocked.agents", "Calls blocked at agents"},
            new String[] {"calls.abandoned", "Calls abandoned in queue"},
            new String[] {"recording.sessions.requested", "Recording sessions requested"},
            new String[] {"recording.sessions.established", "Recording sessions established"},
            new String[] {"recording.sessions.failed", "Recording sessions failed"},
            new String[] {"recording.blockingProbability", "Recording blocking probability"},
            new String[] {"recording.coverage", "Recording coverage (recorded ÷ connected call-seconds)"},
            new String[] {"recording.mediaSource.phone", "Sessions forked by the phone"},
            new String[] {"recording.mediaSource.gateway", "Sessions forked by a gateway"},
            new String[] {"recording.mediaSource.fallback", "Sessions on a fallback source (R15)"},
            new String[] {"recording.redundantShare", "Sessions with two or more complete copies (R13)"},
            new String[] {"recording.copies.established", "Copies admitted by recorders"},
            new String[] {"recording.copies.failed", "Copies refused while their session stood"},
            new String[] {"recording.copies.cut", "Copies cut by failures"},
            new String[] {"recording.lostSeconds", "Recorded seconds lost by cut copies"},
            new String[] {"bhcc.busyHour.total", "BHCC, busy hour"},
            new String[] {"bhcc.busyHour.recordingCalls", "BHCC from recording calls, busy hour"},
            new String[] {"cti.messagesPerSecond.mean", "CTI messages per second, mean"},
            new String[] {"cti.messagesPerSecond.peak", "CTI messages per second, busiest interval"},
            new String[] {"bandwidth.fork.mbps.peak", "Forked recording bandwidth, peak"});

    private static final Mustache TEMPLATE = ReportTemplates.template("report.mustache");

    private HtmlReport()
    {
    }

    public static void write(final RunResult run, final List<Verdict> verdicts, final List<Charts.Chart> charts,
            final Catalog catalog, final Path file) throws IOException
    {
        try (Writer html = Files.newBufferedWriter(file, StandardCharsets.UTF_8))
        {
            TEMPLATE.execute(html, view(run, verdicts, charts, catalog)).flush(); // streamed, not held as one string
        }
    }

    static Map<String, Object> view(final RunResult run, final List<Verdict> verdicts, final List<Charts.Chart> charts,
            final Catalog catalog)
    {
        Scenario s = run.scenario();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", s.name());
        view.put("description", s.description());
        view.put("source", s.source());
        view.put("seed", s.seed());
        view.put("replications", s.replications());
        view.put("warmup", Numbers.human(s.window().warmup() / 60) + " min");
        view.put("duration", Numbers.human(s.window().duration() / 60) + " min");
        view.put("interval", Numbers.human(s.window().interval() / 60) + " min");
        List<Map<String, Object>> verdictRows = new ArrayList<>();
        for (Verdict v : verdicts)
        {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", v.label());
            row.put("limit", Numbers.human(v.limit()));
            row.put("peak", Numbers.human(v.peak().mean()));
            row.put("high", Numbers.human(v.peak().ci95high()));
            row.put("utilization", Numbers.percent(v.utilization()));
            row.put("status", v.status());
            row.put("statusClass", v.status().toLowerCase());
            verdictRows.add(row);
        }
        view.put("verdicts", verdictRows);
        List<Map<String, Object>> key = new ArrayList<>();
        for (String[] metric : KEY_METRICS)
        {
            if (run.results().summaries().containsKey(metric[0]))
            {
                key.add(metricRow(run, metric[0], metric[1]));
            }
        }
        run.results().summaries().keySet().stream()
                .filter(n -> n.startsWith("recorder.") && n.endsWith(".storageGbPerDay"))
                .forEach(n -> key.add(metricRow(run, n, "Storage per day, recorder "
                        + n.substring("recorder.".length(), n.length() - ".storageGbPerDay".length()))));
        view.put("keyMetrics", key);
        List<Map<String, Object>> linkRows = new ArrayList<>();
        for (forkcast.sim.Rating rating : run.ratings())
        {
            String metric = rating.metric();
            if (!metric.startsWith("bandwidth.link.") || !metric.endsWith(".mbps.peak"))
            {
                continue;
            }
            String base = metric.substring(0, metric.length() - ".mbps.peak".length());
            for (String name : run.results().summaries().keySet())
            {
                if (name.startsWith(base + ".to-") && name.endsWith(".mbps.mean"))
                {
                    String direction = name.substring(0, name.length() - ".mbps.mean".length());
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("link", base.substring("bandwidth.link.".length()) + " → "
                            + direction.substring(direction.lastIndexOf(".to-") + 4));
                    row.put("mean", Numbers.human(run.results().summary(name).mean()));
                    row.put("fork", Numbers.human(run.results().summary(direction + ".forkMbps.mean").mean()));
                    row.put("p95", Numbers.human(run.results().summary(direction + ".mbps.p95").mean()));
                    row.put("peak", Numbers.human(run.results().summary(direction + ".mbps.peak").mean()));
                    row.put("capacity", Numbers.human(rating.limit()));
                    MetricSummary over = run.results().summary(base + ".intervalsOverCapacity");
                    row.put("over", Numbers.human(over.mean()));
                    row.put("overClass", over.max() != null && over.max() > 0 ? "over" : "ok");
                    linkRows.add(row);
                }
            }
        }
        view.put("links", linkRows);
        view.put("hasLinks", !linkRows.isEmpty());
        List<Map<String, Object>> all = new ArrayList<>();
        for (String name : run.results().summaries().keySet())
        {
            all.add(metricRow(run, name, name));
        }
        view.put("allMetrics", all);
        view.put("anyClamped", run.results().summaries().values().stream().anyMatch(MetricSummary::ci95clamped));
        view.put("metricCount", all.size());
        view.put("charts", charts);
        String note = Charts.condensedNote(run.results().window());
        if (note != null)
        {
            view.put("chartNote", note);
        }
        List<Map<String, Object>> assumptions = new ArrayList<>();
        catalog.ctiEntries().values().forEach(e -> assumptions.add(Map.of("name", "CTI " + e.name(), "value", e.value(),
                "source", e.source())));
        catalog.codecEntries().values().forEach(e -> assumptions.add(Map.of("name", "codec " + e.name(), "value",
                e.value(), "source", e.source())));
        catalog.cubeEntries().values().forEach(e -> assumptions.add(Map.of("name", "CUBE platform " + e.name(), "value",
                e.value(), "source", e.source())));
        catalog.setupEntries().values().forEach(e -> assumptions.add(Map.of("name", "set-up/failover " + e.name(),
                "value", e.value(), "source", e.source())));
        view.put("assumptions", assumptions);
        view.put("scenarioText", s.text());
        view.put("warnings", s.warnings().stream().map(w -> Map.of("location", w.location().toString(), "message",
                w.message())).toList());
        view.put("hasWarnings", !s.warnings().isEmpty());
        return view;
    }

    private static Map<String, Object> metricRow(final RunResult run, final String name, final String label)
    {
        MetricSummary m = run.results().summary(name);
        String unit = run.results().unit(name);
        boolean ratio = "ratio".equals(unit);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", label);
        row.put("name", name);
        row.put("mean", ratio && m.mean() != null ? Numbers.percent(m.mean()) : Numbers.human(m.mean()));
        row.put("low", ratio && m.ci95low() != null ? Numbers.percent(m.ci95low()) : Numbers.human(m.ci95low()));
        row.put("high", ratio && m.ci95high() != null ? Numbers.percent(m.ci95high()) : Numbers.human(m.ci95high()));
        row.put("unit", ratio ? "" : unit);
        row.put("clamped", m.ci95clamped());
        row.put("n", m.n());
        return row;
    }

    /** For tests: render to a writer. */
    static void render(final Map<String, Object> view, final Writer out) throws IOException
    {
        TEMPLATE.execute(out, view).flush();
    }
}
