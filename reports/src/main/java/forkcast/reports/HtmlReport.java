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

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.metrics.CallMetrics;
import forkcast.models.metrics.ClusterMetrics;
import forkcast.models.metrics.ElementMetrics;
import forkcast.models.metrics.LinkMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.Scenario;
import forkcast.sim.ExperimentResults;
import forkcast.sim.metrics.Metric;
import forkcast.sim.metrics.MetricKind;
import forkcast.sim.stats.MetricSummary;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG charts, no network fetches) with the scenario, the
 * capacity verdicts, the key metrics with 95% confidence intervals, the charts, every metric, the assumptions, how to
 * reproduce it ({@link Reproduction}) and the scenario file itself, under the overrides applied to it. Rendered by Mustache ({@link ReportTemplates}), which HTML-escapes every value and shows its
 * control characters as escapes unless the template says otherwise; only
 * the SVG that JFreeSVG produced is inserted raw (JFreeSVG escapes the text it draws).
 */
public final class HtmlReport
{
    /** Metrics shown in the key table, in this order, when present, with their labels. */
    private static final Map<Metric, String> KEY_METRICS = keyMetrics();

    private static final Mustache TEMPLATE = ReportTemplates.template("report.mustache");

    private HtmlReport()
    {
    }

    private static Map<Metric, String> keyMetrics()
    {
        Map<Metric, String> key = new LinkedHashMap<>();
        key.put(CallMetrics.OFFERED.total().of(), "Calls offered");
        key.put(CallMetrics.CONNECTED.total().of(), "Calls connected");
        key.put(CallMetrics.BLOCKED_AT_GATEWAY.total().of(), "Calls blocked at gateways");
        key.put(CallMetrics.BLOCKED_AT_AGENTS.total().of(), "Calls blocked at agents");
        key.put(CallMetrics.ABANDONED.total().of(), "Calls abandoned in queue");
        key.put(RecordingMetrics.REQUESTED.total().of(), "Recording sessions requested");
        key.put(RecordingMetrics.ESTABLISHED.total().of(), "Recording sessions established");
        key.put(RecordingMetrics.FAILED.total().of(), "Recording sessions failed");
        key.put(RecordingMetrics.BLOCKING_PROBABILITY.of(), "Recording blocking probability");
        key.put(RecordingMetrics.COVERAGE.of(), "Recording coverage (recorded ÷ recordable call-seconds)");
        key.put(RecordingMetrics.PHONE_SOURCED.total().of(), "Sessions forked by the phone");
        key.put(RecordingMetrics.GATEWAY_SOURCED.total().of(), "Sessions forked by a gateway");
        key.put(RecordingMetrics.FALLBACK.of(), "Sessions on a fallback source (R15)");
        key.put(RecordingMetrics.REDUNDANT_SHARE.of(), "Sessions with two or more complete copies (R13)");
        key.put(RecordingMetrics.COPIES_ESTABLISHED.total().of(), "Copies admitted by recorders");
        key.put(RecordingMetrics.COPIES_FAILED.total().of(), "Copies refused while their session stood");
        key.put(RecordingMetrics.COPIES_CUT.total().of(), "Copies cut by failures");
        key.put(RecordingMetrics.LOST_SECONDS.of(), "Seconds of recording lost (cut copies, set-up waits)");
        key.put(ClusterMetrics.BHCC_TOTAL.of(), "BHCC, busy hour");
        key.put(ClusterMetrics.BHCC_RECORDING_CALLS.of(), "BHCC from recording calls, busy hour");
        key.put(ClusterMetrics.CTI_DEVICES.of(), "CTI-controlled devices, cluster");
        key.put(ClusterMetrics.CTI_LINES.of(), "CTI-controlled lines, cluster");
        key.put(ClusterMetrics.CTI_MEAN.of(), "CTI messages per second, mean (load indicator)");
        key.put(ClusterMetrics.CTI_PEAK.of(), "CTI messages per second, busiest interval");
        // once per session as the sources send it, then as recorders and CUBEs receive it (a session through a CUBE
        // counts once more per copy): neither is a link's bandwidth
        key.put(ElementMetrics.SOURCE_FORK_PEAK.of(), "Recording streams sent by phones and gateways, peak");
        key.put(ElementMetrics.FORK_BANDWIDTH.peak().of(), "Recording streams into CUBEs and recorders, peak");
        return key;
    }

    public static void write(final RunResult run, final Answer answer, final List<Charts.Chart> charts,
            final Catalog catalog, final Reproduction reproduction, final Path file) throws IOException
    {
        try (Writer html = Files.newBufferedWriter(file, StandardCharsets.UTF_8))
        {
            // streamed, not held as one string
            TEMPLATE.execute(html, view(run, answer, charts, catalog, reproduction)).flush();
        }
    }

    /**
     * Every figure here is the scenario's as loaded, with the overrides (run.scenario()); the file as written is shown
     * only as such, in the Scenario section, under the overrides applied to it.
     */
    static Map<String, Object> view(final RunResult run, final Answer answer, final List<Charts.Chart> charts,
            final Catalog catalog, final Reproduction reproduction)
    {
        Scenario s = run.scenario();
        List<Verdict> verdicts = answer.verdicts();
        Map<String, Object> view = new LinkedHashMap<>();
        AnswerView.put(answer, run.results(), view);
        BreakdownView.put(run.results(), view);
        view.put("name", s.name());
        view.put("description", s.description());
        view.put("source", s.source());
        view.put("seed", s.seed());
        view.put("replications", s.replications());
        view.put("warmup", Numbers.duration(s.window().warmup()));
        view.put("duration", Numbers.duration(s.window().duration()));
        view.put("interval", Numbers.duration(s.window().interval()));
        view.put("agents", agents(s));
        view.put("reproduce", reproduction.view(Integer.toString(s.replications()), null));
        view.put("overrides", reproduction.overrides());
        view.put("hasOverrides", !reproduction.overrides().isEmpty());
        List<Map<String, Object>> verdictRows = new ArrayList<>();
        for (Verdict v : verdicts)
        {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", v.label());
            row.put("limit", Numbers.limit(v.limit(), v.metric()) + (v.assumed() ? Verdict.ASSUMED : ""));
            row.put("peak", Numbers.of(v.peak().mean(), v.metric()));
            row.put("high", Numbers.of(v.peak().ci95high(), v.metric()));
            row.put("utilization", Numbers.percent(v.utilization()));
            row.put("status", v.status());
            row.put("statusClass", v.status().toLowerCase());
            verdictRows.add(row);
        }
        view.put("verdicts", verdictRows);
        List<Map<String, Object>> nodeRows = nodeRows(run, verdicts);
        view.put("nodes", nodeRows);
        view.put("hasNodes", !nodeRows.isEmpty());
        ExperimentResults results = run.results();
        List<Map<String, Object>> key = new ArrayList<>();
        KEY_METRICS.forEach((metric, label) ->
        {
            if (results.metrics().containsValue(metric))
            {
                key.add(metricRow(run, metric.name(), label));
            }
        });
        results.metrics().values().stream().filter(m -> m.is(ElementMetrics.RECORDER_STORAGE))
                .forEach(m -> key.add(metricRow(run, m.name(), "Storage per day, recorder " + m.element())));
        view.put("keyMetrics", key);
        List<Map<String, Object>> linkRows = new ArrayList<>();
        for (forkcast.sim.Rating rating : run.ratings())
        {
            if (!rating.metric().is(LinkMetrics.MBPS_PEAK))
            {
                continue;
            }
            String link = rating.metric().element();
            for (Metric m : results.metrics().values())
            {
                if (m.is(LinkMetrics.TOWARD_MBPS_MEAN) && m.element().equals(link))
                {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("link", link + " → " + m.toward());
                    row.put("mean", human(results, m));
                    row.put("fork", human(results, LinkMetrics.TOWARD_FORK_MBPS_MEAN.of(link, m.toward())));
                    row.put("p95", human(results, LinkMetrics.TOWARD_MBPS_P95.of(link, m.toward())));
                    row.put("peak", human(results, LinkMetrics.TOWARD_MBPS_PEAK.of(link, m.toward())));
                    row.put("capacity", Numbers.limit(rating.limit(), rating.metric()));
                    MetricSummary over = results.summary(LinkMetrics.INTERVALS_OVER_CAPACITY.of(link).name());
                    row.put("over", Numbers.of(over.mean(), LinkMetrics.INTERVALS_OVER_CAPACITY.of(link)));
                    row.put("overClass", over.max() != null && over.max() > 0 ? "over" : "ok");
                    linkRows.add(row);
                }
            }
        }
        view.put("links", linkRows);
        view.put("storage", StorageSection.view(run));
        view.put("hasLinks", !linkRows.isEmpty());
        List<Map<String, Object>> cacRows = cacRows(run);
        view.put("cacLinks", cacRows);
        view.put("hasCac", !cacRows.isEmpty());
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
        catalog.cacEntries().values().forEach(e -> assumptions.add(Map.of("name", "locations CAC " + e.name(), "value",
                e.value(), "source", e.source())));
        catalog.cubeEntries().values().forEach(e -> assumptions.add(Map.of("name", "CUBE platform " + e.name(), "value",
                e.value(), "source", e.source())));
        catalog.cucmPlatforms().values().forEach(p -> assumptions.add(Map.of("name", "CUCM platform " + p.name(),
                "value", p.ctiDevicesPerNode() + " CTI devices, " + p.ctiLinesPerNode() + " lines per node; "
                        + p.ctiDevicesPerCluster() + " devices, " + p.ctiLinesPerCluster() + " lines per cluster",
                "source", p.source())));
        catalog.setupEntries().values().forEach(e -> assumptions.add(Map.of("name", "set-up/failover " + e.name(),
                "value", e.value(), "source", e.source())));
        view.put("assumptions", assumptions);
        view.put("scenarioText", s.text());
        view.put("warnings", s.warnings().stream().map(w -> Map.of("location", w.location().toString(), "message",
                w.message())).toList());
        view.put("hasWarnings", !s.warnings().isEmpty());
        return view;
    }

    /** @return the agents of every group of {@code scenario} as loaded (its overrides applied), for a header */
    static String agents(final Scenario scenario)
    {
        return String.format(java.util.Locale.ROOT, "%,d", scenario.deployment().groups().stream()
                .mapToInt(AgentGroupConfig::agents).sum());
    }

    /**
     * F7: one row per link with a locations-CAC budget: budget, mean and peak in use, peak share, refusals and their
     * share of the requests (the budget's blocking, judged by the cacBlocking target).
     */
    private static List<Map<String, Object>> cacRows(final RunResult run)
    {
        ExperimentResults results = run.results();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (forkcast.sim.Rating rating : run.ratings())
        {
            if (!rating.metric().is(LinkMetrics.CAC_KBPS.peak()))
            {
                continue;
            }
            String link = rating.metric().element();
            MetricSummary peak = results.summary(rating.metric().name());
            MetricSummary refusals = results.summary(LinkMetrics.CAC_REFUSALS.total().of(link).name());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("link", link);
            row.put("budget", Numbers.human(rating.limit()));
            row.put("mean", human(results, LinkMetrics.CAC_KBPS.mean().of(link)));
            row.put("peak", Numbers.human(peak.mean()));
            row.put("share", Numbers.percent(peak.mean() / rating.limit()));
            row.put("refusals", Numbers.human(refusals.mean()));
            row.put("refusalsClass", refusals.max() != null && refusals.max() > 0 ? "over" : "ok");
            Double blocking = results.summary(LinkMetrics.CAC_BLOCKING.of(link).name()).mean();
            row.put("blocking", blocking == null ? "–" : Numbers.percent(blocking));
            rows.add(row);
        }
        return rows;
    }

    /** @return one row per cluster node: its BHCC and CTI figures against its limits, and its worst verdict */
    private static List<Map<String, Object>> nodeRows(final RunResult run, final List<Verdict> verdicts)
    {
        List<Map<String, Object>> rows = new ArrayList<>();
        ExperimentResults results = run.results();
        for (forkcast.models.cucm.NodeConfig n : run.scenario().deployment().cluster().nodes())
        {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", n.id());
            row.put("role", n.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            boolean calls = n.role().callProcessing();
            boolean cti = n.role().ctiManager();
            row.put("bhcc", calls ? human(results, ClusterMetrics.NODE_BHCC.of(n.id())) : "–");
            row.put("ownBhcc", calls ? human(results, ClusterMetrics.NODE_BHCC_OWN.of(n.id())) : "–");
            row.put("bhccRating", calls ? Numbers.human(n.bhccRating()) : "–");
            // CTI counts follow from the configuration: whole numbers, the same in every replication
            row.put("devices", cti ? count(results, ClusterMetrics.NODE_CTI_DEVICES.of(n.id()), n.ctiDevices()) : "–");
            row.put("lines", cti ? count(results, ClusterMetrics.NODE_CTI_LINES.of(n.id()), n.ctiLines()) : "–");
            String worst = "OK";
            for (Verdict v : verdicts)
            {
                if (n.id().equals(v.metric().element()) && v.metric().name().startsWith("node."))
                {
                    worst = Verdict.worse(worst, v.status());
                }
            }
            row.put("status", worst);
            row.put("statusClass", worst.toLowerCase(java.util.Locale.ROOT));
            rows.add(row);
        }
        return rows;
    }

    private static String count(final ExperimentResults results, final Metric metric, final int limit)
    {
        return String.format(java.util.Locale.ROOT, "%,d / %,d", Math.round(results.summary(metric.name()).mean()),
                limit);
    }

    private static String human(final ExperimentResults results, final Metric metric)
    {
        return Numbers.of(results.summary(metric.name()).mean(), metric);
    }

    private static Map<String, Object> metricRow(final RunResult run, final String name, final String label)
    {
        MetricSummary m = run.results().summary(name);
        String unit = run.results().unit(name);
        boolean ratio = run.results().metric(name).descriptor().kind() == MetricKind.RATIO;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", label);
        row.put("name", name);
        row.put("mean", Numbers.of(m.mean(), unit, ratio));
        row.put("low", Numbers.of(m.ci95low(), unit, ratio));
        row.put("high", Numbers.of(m.ci95high(), unit, ratio));
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
