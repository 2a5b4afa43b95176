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

import forkcast.scenarios.RunResult;
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

    public static void write(final List<RunResult> results, final OutputFolder output, final List<String> commandLine,
            final java.time.Instant started) throws IOException
    {
        Set<String> metrics = new LinkedHashSet<>(results.get(0).results().summaries().keySet());
        for (RunResult r : results)
        {
            metrics.retainAll(r.results().summaries().keySet());
        }
        output.publish(folder ->
        {
            writeCsv(results, metrics, folder.file("comparison.csv"));
            List<Charts.Chart> charts = charts(results, folder);
            writeHtml(results, metrics, charts, folder.file("report.html"));
            writeJson(results, metrics, folder.file("comparison.json"));
            Manifest.writeBatch("compare", results, commandLine, started, folder);
        });
    }

    private static void writeJson(final List<RunResult> results, final Set<String> metrics, final Path file)
            throws IOException
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
            g.writeEndObject();
        }
    }

    private static void summary(final JsonGenerator g, final MetricSummary s)
    {
        g.writeStartObject();
        number(g, "mean", s.mean());
        number(g, "stddev", s.stddev());
        number(g, "ci95low", s.ci95low());
        number(g, "ci95high", s.ci95high());
        g.writeNumberProperty("n", s.n());
        g.writeEndObject();
    }

    private static void number(final JsonGenerator g, final String name, final Double v)
    {
        if (v == null || v.isNaN() || v.isInfinite())
        {
            g.writeNullProperty(name);
        }
        else
        {
            g.writeNumberProperty(name, v);
        }
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
            for (String name : r.results().replications().get(0).series().keySet())
            {
                if (name.startsWith("bandwidth.link.") && name.endsWith(".mbps"))
                {
                    add(links, r.results().meanSeries(name));
                }
                if (name.startsWith("recorder.") && name.endsWith(".streams"))
                {
                    add(streams, r.results().meanSeries(name));
                }
            }
            wan.addSeries(Charts.line(r.scenario().name(), window, links));
            recorders.addSeries(Charts.line(r.scenario().name(), window, streams));
        }
        List<Charts.Chart> charts = new ArrayList<>();
        Set<String> linkSeries = new LinkedHashSet<>();
        for (String name : results.get(0).results().replications().get(0).series().keySet())
        {
            if (name.startsWith("bandwidth.link.") && name.endsWith(".mbps"))
            {
                linkSeries.add(name);
            }
        }
        for (String name : linkSeries)
        {
            XYSeriesCollection perLink = new XYSeriesCollection();
            for (RunResult r : results)
            {
                perLink.addSeries(Charts.line(r.scenario().name(), window, r.results().meanSeries(name)));
            }
            String label = name.substring("bandwidth.link.".length(), name.length() - ".mbps".length())
                    .replace(".to-", " → ");
            charts.add(Charts.draw(folder, "link-" + label.replace(" → ", "-to-"), "Link " + label, "Mbit/s", perLink,
                    null, "All media on this link in this direction, per alternative (mean per interval)."));
        }
        charts.add(0, Charts.draw(folder, "wan-bandwidth", "WAN bandwidth by alternative", "Mbit/s, all links and directions",
                wan, null, "Sum over every link and both directions of the time-weighted mean per interval, all media"
                        + " (call and forked streams), on the same traffic."));
        charts.add(1, Charts.draw(folder, "recorder-load", "Recorder load by alternative", "concurrent streams, all recorders",
                recorders, null, "Sum over every recorder of the mean concurrent recording streams per interval."));
        return charts;
    }

    private static void add(final double[] sum, final double[] values)
    {
        for (int i = 0; i < sum.length; i++)
        {
            sum[i] += values[i];
        }
    }

    private static void writeHtml(final List<RunResult> results, final Set<String> metrics,
            final List<Charts.Chart> charts, final Path file) throws IOException
    {
        RunResult base = results.get(0);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("baseline", base.scenario().name());
        view.put("seed", base.scenario().seed());
        view.put("replications", base.scenario().replications());
        List<Map<String, Object>> alternatives = new ArrayList<>();
        for (RunResult r : results)
        {
            alternatives.add(Map.of("name", r.scenario().name(), "source", r.scenario().source()));
        }
        view.put("alternatives", alternatives);
        view.put("others", alternatives.subList(1, alternatives.size()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String name : metrics)
        {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", name);
            String unit = base.results().unit(name);
            boolean ratio = "ratio".equals(unit);
            row.put("unit", ratio ? "" : unit);
            List<Map<String, Object>> cells = new ArrayList<>();
            for (RunResult r : results)
            {
                MetricSummary s = r.results().summary(name);
                cells.add(Map.of("value", format(s.mean(), ratio), "ci", format(s.ci95low(), ratio) + " – "
                        + format(s.ci95high(), ratio)));
            }
            row.put("cells", cells);
            List<Map<String, Object>> diffs = new ArrayList<>();
            for (RunResult r : results.subList(1, results.size()))
            {
                MetricSummary d = pairedDifference(base, r, name);
                boolean significant = d.ci95low() != null && (d.ci95low() > 0 || d.ci95high() < 0);
                diffs.add(Map.of("value", format(d.mean(), ratio), "ci", format(d.ci95low(), ratio) + " – "
                        + format(d.ci95high(), ratio), "class", significant ? "near" : ""));
            }
            row.put("diffs", diffs);
            rows.add(row);
        }
        view.put("rows", rows);
        view.put("charts", charts);
        StringWriter html = new StringWriter();
        TEMPLATE.execute(html, view).flush();
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
    }

    private static String format(final Double v, final boolean ratio)
    {
        if (v == null)
        {
            return "–";
        }
        return ratio ? Numbers.percent(v) : Numbers.human(v);
    }
}
