package forkcast.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import com.github.mustachejava.Mustache;

import forkcast.scenarios.Sweep;
import forkcast.scenarios.SweepAxis;
import forkcast.sim.stats.MetricSummary;

/**
 * A sweep's outputs: {@code sweep.csv} (one row per point and metric: the point's values, mean, 95% CI bounds, n,
 * and the run's attributes: scenario hash, seed, replications, warm-up, run length, version), curves with their
 * confidence bands against the first varied value, and {@code report.html}.
 */
public final class SweepWriter
{
    /** The metrics drawn as curves, when present. */
    static final List<String> CURVES = List.of("recording.blockingProbability", "recording.coverage",
            "recording.redundantShare", "bhcc.busyHour.total", "cti.messagesPerSecond.peak", "bandwidth.fork.mbps.peak");

    private static final Mustache TEMPLATE = ReportTemplates.template("sweep.mustache");

    private SweepWriter()
    {
    }

    public static void write(final List<Sweep.Point> points, final List<SweepAxis> axes, final OutputFolder output,
            final String batch, final List<String> commandLine, final java.time.Instant started) throws IOException
    {
        output.publish(folder ->
        {
            Files.writeString(folder.file(Batch.FILE), batch, StandardCharsets.UTF_8);
            writeCsv(points, axes, folder.file("sweep.csv"));
            List<Charts.Chart> charts = new ArrayList<>();
            for (String metric : CURVES)
            {
                if (points.get(0).result().results().summaries().containsKey(metric) && varies(points, metric))
                {
                    charts.add(curve(points, axes, metric, folder));
                }
            }
            writeHtml(points, axes, charts, folder.file("report.html"));
            Manifest.writeBatch("sweep", points.stream().map(Sweep.Point::result).toList(), commandLine, started,
                    folder);
        });
    }

    private static void writeCsv(final List<Sweep.Point> points, final List<SweepAxis> axes, final Path file)
            throws IOException
    {
        try (CsvFile csv = CsvFile.create(file))
        {
            for (SweepAxis axis : axes)
            {
                csv.text(axis.path());
            }
            for (String column : List.of("metric", "unit", "mean", "ci95low", "ci95high", "n", "scenarioSha256", "seed",
                    "replications", "warmupSeconds", "durationSeconds", "version"))
            {
                csv.text(column);
            }
            csv.endRow();
            for (Sweep.Point point : points)
            {
                var run = point.result();
                for (Map.Entry<String, MetricSummary> e : run.results().summaries().entrySet())
                {
                    for (String v : point.values())
                    {
                        csv.text(v); // as given with --vary: a number stays a plain number, a formula is neutralised
                    }
                    MetricSummary s = e.getValue();
                    csv.text(e.getKey()).text(run.results().unit(e.getKey()));
                    cell(csv, s.mean());
                    cell(csv, s.ci95low());
                    cell(csv, s.ci95high());
                    csv.number(s.n()).text(Manifest.sha256(run.scenario().text())).number(run.scenario().seed())
                            .number(run.scenario().replications()).number(run.scenario().window().warmup())
                            .number(run.scenario().window().duration()).text(Version.get()).endRow();
                }
            }
        }
    }

    /** @return whether the metric's mean differs between points (a flat line has nothing to show) */
    private static boolean varies(final List<Sweep.Point> points, final String metric)
    {
        return points.stream().map(p -> p.result().results().summary(metric).mean()).distinct().count() > 1;
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

    /** @return x of a point: the first axis's value when numeric, else its position */
    private static double x(final List<String> values, final SweepAxis first)
    {
        try
        {
            return Double.parseDouble(values.get(0));
        }
        catch (NumberFormatException e)
        {
            return first.values().indexOf(values.get(0));
        }
    }

    private static Charts.Chart curve(final List<Sweep.Point> points, final List<SweepAxis> axes, final String metric,
            final OutputFolder folder) throws IOException
    {
        Map<String, YIntervalSeries> series = new LinkedHashMap<>();
        for (Sweep.Point point : points)
        {
            StringBuilder key = new StringBuilder(point.values().size() == 1 ? metric : "");
            for (int a = 1; a < point.values().size(); a++)
            {
                key.append(a == 1 ? "" : ", ").append(axes.get(a).path()).append('=').append(point.values().get(a));
            }
            YIntervalSeries s = series.computeIfAbsent(key.toString(), k -> new YIntervalSeries(k));
            MetricSummary m = point.result().results().summary(metric);
            if (m.mean() != null)
            {
                double low = m.ci95low() == null ? m.mean() : m.ci95low();
                double high = m.ci95high() == null ? m.mean() : m.ci95high();
                s.add(x(point.values(), axes.get(0)), m.mean(), low, high);
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(metric, axes.get(0).path(), metric, data);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        Color[] palette = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e)};
        for (int i = 0; i < data.getSeriesCount(); i++)
        {
            renderer.setSeriesPaint(i, palette[i % palette.length]);
            renderer.setSeriesFillPaint(i, palette[i % palette.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        renderer.setAlpha(0.2f);
        plot.setRenderer(renderer);
        String name = "sweep-" + metric.replace('.', '-');
        ChartUtils.saveChartAsPNG(folder.file("charts/" + name + ".png").toFile(), chart, 800, 360);
        SVGGraphics2D svg = new SVGGraphics2D(800, 360);
        svg.setDefsKeyPrefix("fc-" + name + "-");
        chart.draw(svg, new java.awt.Rectangle(0, 0, 800, 360));
        Files.writeString(folder.file("charts/" + name + ".svg"), svg.getSVGDocument(), StandardCharsets.UTF_8);
        return new Charts.Chart(name, metric, "Mean over replications with its 95% confidence band, against "
                + axes.get(0).path() + (axes.size() > 1 ? "; one curve per value of the other varied paths." : "."),
                svg.getSVGElement(null, true, new org.jfree.svg.ViewBox(0, 0, 800, 360), null, null));
    }

    private static void writeHtml(final List<Sweep.Point> points, final List<SweepAxis> axes,
            final List<Charts.Chart> charts, final Path file) throws IOException
    {
        var first = points.get(0).result().scenario();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", first.name());
        view.put("seed", first.seed());
        view.put("replications", first.replications());
        view.put("axes", axes.stream().map(SweepAxis::path).toList());
        List<String> metrics = CURVES.stream()
                .filter(m -> points.get(0).result().results().summaries().containsKey(m)).toList();
        view.put("metrics", metrics);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Sweep.Point point : points)
        {
            List<String> cells = new ArrayList<>();
            for (String m : metrics)
            {
                MetricSummary s = point.result().results().summary(m);
                boolean ratio = "ratio".equals(point.result().results().unit(m));
                cells.add(s.mean() == null ? "–" : (ratio ? Numbers.percent(s.mean()) : Numbers.human(s.mean()))
                        + (s.ci95low() == null ? "" : " [" + (ratio ? Numbers.percent(s.ci95low())
                                : Numbers.human(s.ci95low())) + ", " + (ratio ? Numbers.percent(s.ci95high())
                                        : Numbers.human(s.ci95high())) + "]"));
            }
            rows.add(Map.of("values", point.values(), "cells", cells));
        }
        view.put("rows", rows);
        view.put("charts", charts);
        StringWriter html = new StringWriter();
        TEMPLATE.execute(html, view).flush();
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
    }
}
