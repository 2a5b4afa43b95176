package forkcast.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jfree.data.xy.XYSeriesCollection;

import com.github.mustachejava.Mustache;

import forkcast.models.metrics.ElementMetrics;
import forkcast.models.metrics.LinkMetrics;
import forkcast.scenarios.RunResult;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.metrics.Metric;
import forkcast.sim.metrics.MetricKind;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.MetricSummary;
import tools.jackson.core.JsonGenerator;

/**
 * A comparison's outputs: {@code comparison.json} and {@code comparison.csv} (every metric for every alternative,
 * with the paired difference to the first alternative and its 95% confidence interval: Student t over the
 * per-replication differences, which common random numbers make far tighter than comparing two separate intervals),
 * charts of WAN bandwidth and recorder load per alternative, and a side-by-side {@code report.html}.
 */
public final class ComparisonWriter
{
    private static final Mustache TEMPLATE = ReportTemplates.template("compare.mustache");

    private ComparisonWriter()
    {
    }

    /** @return the paired difference of a metric between an alternative and the baseline, replication by replication */
    public static MetricSummary pairedDifference(final RunResult baseline, final RunResult alternative, final String name)
    {
        double[] a = baseline.results().values(name);
        double[] b = alternative.results().values(name);
        double[] d = new double[Math.min(a.length, b.length)];
        for (int r = 0; r < d.length; r++)
        {
            d[r] = b[r] - a[r]; // NaN when either is undefined: left out of the summary
        }
        return MetricSummary.of(d);
    }

    /**
     * @param reproduction how the comparison is run again: the report shows it, run.json holds its command line
     */
    public static void write(final List<RunResult> results, final OutputFolder output,
            final Reproduction reproduction, final java.time.Instant started) throws IOException
    {
        Set<String> metrics = new LinkedHashSet<>(results.get(0).results().summaries().keySet());
        for (RunResult r : results)
        {
            metrics.retainAll(r.results().summaries().keySet());
        }
        List<Answer> answers = results.stream().map(Answer::of).toList();
        output.publish(folder ->
        {
            writeCsv(results, metrics, folder.file("comparison.csv"));
            List<Charts.Chart> charts = charts(results, folder);
            List<Charts.Chart> links = linkCharts(results, folder);
            writeHtml(results, answers, metrics, charts, links, reproduction, folder.file("report.html"));
            writeJson(results, answers, metrics, folder.file("comparison.json"));
            Manifest.writeBatch("compare", results, reproduction.commandLine(), started, folder);
        });
    }

    private static void writeJson(final List<RunResult> results, final List<Answer> answers, final Set<String> metrics,
            final Path file) throws IOException
    {
        RunResult base = results.get(0);
        try (OutputStream out = Files.newOutputStream(file); JsonGenerator g = SummaryWriter.JSON.createGenerator(out))
        {
            g.writeStartObject();
            g.writeArrayPropertyStart("alternatives");
            for (RunResult r : results)
            {
                g.writeString(r.scenario().name());
            }
            g.writeEndArray();
            g.writeNumberProperty("seed", base.scenario().seed());
            g.writeNumberProperty("replications", base.scenario().replications());
            g.writeStringProperty("baseline", base.scenario().name());
            g.writeObjectPropertyStart("metrics");
            for (String name : metrics)
            {
                g.writeObjectPropertyStart(name);
                g.writeStringProperty("unit", base.results().unit(name));
                g.writeObjectPropertyStart("alternatives");
                for (RunResult r : results)
                {
                    g.writeName(r.scenario().name());
                    summary(g, r.results().summary(name));
                }
                g.writeEndObject();
                g.writeObjectPropertyStart("pairedDifferenceToBaseline");
                for (RunResult r : results.subList(1, results.size()))
                {
                    g.writeName(r.scenario().name());
                    summary(g, pairedDifference(base, r, name));
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
            // each alternative's answer as its own run's summary.json gives it: headline, verdicts, bill
            g.writeObjectPropertyStart("answers");
            for (int i = 0; i < results.size(); i++)
            {
                g.writeObjectPropertyStart(results.get(i).scenario().name());
                g.writeStringProperty("headline", answers.get(i).headline());
                SummaryWriter.answer(g, answers.get(i));
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void summary(final JsonGenerator g, final MetricSummary s)
    {
        g.writeStartObject();
        SummaryWriter.number(g, "mean", s.mean());
        SummaryWriter.number(g, "stddev", s.stddev());
        SummaryWriter.number(g, "ci95low", s.ci95low());
        SummaryWriter.number(g, "ci95high", s.ci95high());
        g.writeNumberProperty("n", s.n());
        g.writeEndObject();
    }

    private static void writeCsv(final List<RunResult> results, final Set<String> metrics, final Path file)
            throws IOException
    {
        RunResult base = results.get(0);
        try (CsvFile csv = CsvFile.create(file))
        {
            for (String column : List.of("metric", "unit", "alternative", "mean", "ci95low", "ci95high", "diffMean",
                    "diffCi95low", "diffCi95high"))
            {
                csv.text(column);
            }
            csv.endRow();
            for (String name : metrics)
            {
                for (RunResult r : results)
                {
                    MetricSummary s = r.results().summary(name);
                    csv.text(name).text(base.results().unit(name)).text(r.scenario().name());
                    cell(csv, s.mean());
                    cell(csv, s.ci95low());
                    cell(csv, s.ci95high());
                    MetricSummary d = r == base ? null : pairedDifference(base, r, name);
                    cell(csv, d == null ? null : d.mean());
                    cell(csv, d == null ? null : d.ci95low());
                    cell(csv, d == null ? null : d.ci95high());
                    csv.endRow();
                }
            }
        }
    }

    private static void cell(final CsvFile csv, final Double v) throws IOException
    {
        if (v == null || v.isNaN() || v.isInfinite())
        {
            csv.empty();
        }
        else
        {
            csv.number(v);
        }
    }

    private static List<Charts.Chart> charts(final List<RunResult> results, final OutputFolder folder) throws IOException
    {
        MeasurementWindow window = results.get(0).results().window();
        XYSeriesCollection wan = new XYSeriesCollection();
        XYSeriesCollection recorders = new XYSeriesCollection();
        for (RunResult r : results)
        {
            double[] links = new double[window.intervals()];
            double[] streams = new double[window.intervals()];
            for (ReplicationOutput.Series series : r.results().series().values())
            {
                if (series.metric().is(LinkMetrics.TOWARD_MBPS))
                {
                    add(links, r.results().meanSeries(series.metric()));
                }
                if (series.metric().is(ElementMetrics.RECORDER_STREAMS.perInterval()))
                {
                    add(streams, r.results().meanSeries(series.metric()));
                }
            }
            wan.addSeries(Charts.line(r.scenario().name(), window, links));
            recorders.addSeries(Charts.line(r.scenario().name(), window, streams));
        }
        List<Charts.Chart> charts = new ArrayList<>();
        charts.add(Charts.draw(folder, "wan-bandwidth", "WAN bandwidth by alternative", "Mbit/s, all links and directions",
                wan, null, "Sum over every link and both directions of the time-weighted mean per interval, all media"
                        + " (call and forked streams), " + (TrafficDifference.of(scenarios(results)).isEmpty()
                                ? "on the same traffic." : "each alternative on its own traffic."), window,
                results.get(0).scenario().start()));
        charts.add(Charts.draw(folder, "recorder-load", "Recorder load by alternative", "concurrent streams, all recorders",
                recorders, null, "Sum over every recorder of the mean concurrent recording streams per interval.",
                window, results.get(0).scenario().start()));
        return charts;
    }

    /**
     * @return one small chart per link and direction (small multiples), every alternative on it, with the link's
     *         capacity as a line when every alternative gives the link the same capacity
     */
    private static List<Charts.Chart> linkCharts(final List<RunResult> results, final OutputFolder folder)
            throws IOException
    {
        MeasurementWindow window = results.get(0).results().window();
        List<Charts.Chart> charts = new ArrayList<>();
        for (ReplicationOutput.Series series : results.get(0).results().series().values())
        {
            Metric link = series.metric();
            if (!link.is(LinkMetrics.TOWARD_MBPS))
            {
                continue;
            }
            XYSeriesCollection perLink = new XYSeriesCollection();
            Set<Double> capacities = new LinkedHashSet<>();
            for (RunResult r : results)
            {
                double[] v = r.results().series().containsKey(link.name()) ? r.results().meanSeries(link)
                        : new double[window.intervals()];
                perLink.addSeries(Charts.line(r.scenario().name(), window, v));
                capacities.add(capacity(r, link.element()));
            }
            Double capacity = capacities.size() == 1 ? capacities.iterator().next() : null;
            String capacityNote = capacity != null ? " The link's capacity: " + Numbers.stated(capacity)
                    + " Mbit/s each way." : " The alternatives give the link different capacities ("
                            + capacities.stream().map(c -> c == null ? "none" : Numbers.stated(c))
                                    .collect(java.util.stream.Collectors.joining(", ")) + " Mbit/s): no single line.";
            charts.add(Charts.draw(folder, "link-" + link.element() + "-to-" + link.toward(), "Link " + link.element()
                    + " → " + link.toward(), "Mbit/s", perLink, capacity,
                    "All media on this link toward " + link.toward() + ", per alternative (mean per interval)."
                            + capacityNote, window, results.get(0).scenario().start()));
        }
        return charts;
    }

    /** @return the capacity of a link in Mbit/s (its rating), or null when the alternative has none */
    private static Double capacity(final RunResult run, final String link)
    {
        for (forkcast.sim.Rating rating : run.ratings())
        {
            if (rating.metric().is(LinkMetrics.MBPS_PEAK) && link.equals(rating.metric().element()))
            {
                return rating.limit();
            }
        }
        return null;
    }

    private static List<String> names(final List<RunResult> results)
    {
        return results.stream().map(r -> r.scenario().name()).toList();
    }

    private static List<forkcast.scenarios.Scenario> scenarios(final List<RunResult> results)
    {
        return results.stream().map(RunResult::scenario).toList();
    }

    private static void add(final double[] sum, final double[] values)
    {
        for (int i = 0; i < sum.length; i++)
        {
            sum[i] += values[i];
        }
    }

    private static void writeHtml(final List<RunResult> results, final List<Answer> answers, final Set<String> metrics,
            final List<Charts.Chart> charts, final List<Charts.Chart> links, final Reproduction reproduction,
            final Path file) throws IOException
    {
        RunResult base = results.get(0);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reproduce", reproduction.view(reproduction.replications() + " per alternative",
                "every alternative on the same random streams"));
        view.put("overrides", reproduction.overrides());
        view.put("hasOverrides", !reproduction.overrides().isEmpty());
        // the scenarios as loaded, with the overrides: one figure where every alternative has it
        Map<String, String> agents = new LinkedHashMap<>();
        results.forEach(r -> agents.put(r.scenario().name(), HtmlReport.agents(r.scenario())));
        view.put("agents", agents.values().stream().distinct().count() == 1 ? agents.get(base.scenario().name())
                + " agents" : "agents " + agents.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(java.util.stream.Collectors.joining(", ")));
        verdicts(results, view);
        bill(answers, view);
        view.put("links", links);
        view.put("hasLinks", !links.isEmpty());
        view.put("warmup", Numbers.human(base.scenario().window().warmup() / 60) + " min");
        view.put("duration", Numbers.human(base.scenario().window().duration() / 60) + " min");
        Map<String, String> texts = new LinkedHashMap<>();
        for (RunResult r : results)
        {
            texts.merge(r.scenario().text(), r.scenario().name(), (a, b) -> a + ", " + b);
        }
        List<Map<String, Object>> scenarios = new ArrayList<>();
        texts.forEach((text, names) -> scenarios.add(Map.of("names", names, "text", text)));
        view.put("scenarios", scenarios);
        view.put("baseline", base.scenario().name());
        view.put("seed", base.scenario().seed());
        view.put("replications", base.scenario().replications());
        List<Map<String, Object>> alternatives = new ArrayList<>();
        for (RunResult r : results)
        {
            alternatives.add(Map.of("name", r.scenario().name(), "source", r.scenario().source()));
        }
        view.put("alternatives", alternatives);
        // joined here: a separator after each name in the template left one dangling after the last
        view.put("title", String.join(" · ", alternatives.stream().map(a -> (String) a.get("name")).toList()));
        view.put("others", alternatives.subList(1, alternatives.size()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String name : metrics)
        {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", name);
            String unit = base.results().unit(name);
            boolean ratio = base.results().metric(name).descriptor().kind() == MetricKind.RATIO;
            row.put("unit", ratio ? "" : unit);
            List<Map<String, Object>> cells = new ArrayList<>();
            for (RunResult r : results)
            {
                MetricSummary s = r.results().summary(name);
                // the unit's fixed decimals, as the run report: one column reads alike (not 520.1 beside 2,903)
                cells.add(Map.of("value", Numbers.of(s.mean(), unit, ratio), "ci", Numbers.of(s.ci95low(), unit, ratio)
                        + " – " + Numbers.of(s.ci95high(), unit, ratio)));
            }
            row.put("cells", cells);
            List<Map<String, Object>> diffs = new ArrayList<>();
            for (RunResult r : results.subList(1, results.size()))
            {
                MetricSummary d = pairedDifference(base, r, name);
                boolean significant = d.ci95low() != null && (d.ci95low() > 0 || d.ci95high() < 0);
                diffs.add(Map.of("value", difference(d.mean(), ratio), "ci", difference(d.ci95low(), ratio) + " – "
                        + difference(d.ci95high(), ratio), "class", significant ? "near" : ""));
            }
            row.put("diffs", diffs);
            rows.add(row);
        }
        view.put("rows", rows);
        view.put("charts", charts);
        view.put("trafficWarning", TrafficDifference.warning(scenarios(results)));
        StringWriter html = new StringWriter();
        TEMPLATE.execute(html, view).flush();
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
    }

    /** @return the verdicts per alternative for the terminal: a tally and what changed from the baseline */
    public static List<String> verdictLines(final List<RunResult> results)
    {
        List<ComparisonVerdicts.Row> rows = ComparisonVerdicts.rows(results);
        List<String> lines = new ArrayList<>();
        lines.add("verdicts (rated elements and targets):");
        for (int i = 0; i < results.size(); i++)
        {
            String name = results.get(i).scenario().name();
            List<String> changes = i == 0 ? List.of() : ComparisonVerdicts.changes(rows, i);
            List<String> elsewhere = i == 0 ? List.of() : ComparisonVerdicts.onlyOneSide(rows, i, names(results));
            lines.add("  " + name + ": " + ComparisonVerdicts.tally(rows, i) + (i == 0 ? " (baseline)"
                    : !changes.isEmpty() ? "; changed: " + String.join(", ", changes)
                            : elsewhere.isEmpty() ? "; no change from the baseline"
                                    : "; no change in the elements both have"));
            elsewhere.forEach(l -> lines.add("      " + l));
        }
        return lines;
    }

    /** @return the bills of materials per alternative for the terminal ({@link ComparisonBill#lines}) */
    public static List<String> billLines(final List<RunResult> results)
    {
        return ComparisonBill.lines(names(results), results.stream().map(Answer::of).toList());
    }

    /** The bill table: one row per line, a column per alternative; a quantity that differs from the baseline's. */
    private static void bill(final List<Answer> answers, final Map<String, Object> view)
    {
        List<Map<String, Object>> table = new ArrayList<>();
        for (ComparisonBill.Row row : ComparisonBill.rows(answers))
        {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++)
            {
                cells.add(Map.of("quantity", row.quantities().get(i), "changed", i > 0 && row.changed(i)));
            }
            table.add(Map.of("element", row.element(), "unit", row.unit(), "cells", cells));
        }
        view.put("billRows", table);
        view.put("hasBill", !table.isEmpty());
        view.put("billConfirmed", ComparisonBill.confirmed(answers));
    }

    /** The verdict table: one row per rated element and target, a column per alternative; what changed. */
    private static void verdicts(final List<RunResult> results, final Map<String, Object> view)
    {
        List<ComparisonVerdicts.Row> rows = ComparisonVerdicts.rows(results);
        List<Map<String, Object>> table = new ArrayList<>();
        for (ComparisonVerdicts.Row row : rows)
        {
            List<Map<String, Object>> cells = new ArrayList<>();
            boolean anyChange = false;
            for (int i = 0; i < results.size(); i++)
            {
                String status = row.statuses().get(i);
                boolean changed = i > 0 && row.changed(i);
                anyChange |= changed;
                cells.add(Map.of("status", status == null ? "–" : status, "class", status == null ? ""
                        : status.toLowerCase(java.util.Locale.ROOT), "figure", row.figures().get(i) == null ? ""
                                : row.figures().get(i), "changed", changed));
            }
            table.add(Map.of("element", row.element(), "cells", cells, "rowClass", anyChange ? "changed" : ""));
        }
        view.put("verdictRows", table);
        List<Map<String, Object>> summaries = new ArrayList<>();
        for (int i = 0; i < results.size(); i++)
        {
            List<String> changes = new ArrayList<>();
            if (i > 0)
            {
                changes.addAll(ComparisonVerdicts.changes(rows, i));
                changes.addAll(ComparisonVerdicts.onlyOneSide(rows, i, names(results)));
            }
            summaries.add(Map.of("name", results.get(i).scenario().name(), "tally", ComparisonVerdicts.tally(rows, i),
                    "changes", changes, "unchanged", i > 0 && changes.isEmpty(), "baseline", i == 0));
        }
        view.put("verdictSummaries", summaries);
    }

    /**
     * @return a difference: of shares in percentage points, as the terminal gives it (a "%" read as a relative change),
     *         of others rounded for reading; "–" where undefined
     */
    private static String difference(final Double v, final boolean ratio)
    {
        if (v == null)
        {
            return "–";
        }
        return ratio ? String.format(java.util.Locale.ROOT, "%+.1f pp", v * 100) : Numbers.human(v);
    }
}
