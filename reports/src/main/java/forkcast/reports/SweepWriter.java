package forkcast.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import com.github.mustachejava.Mustache;

import forkcast.models.metrics.LinkMetrics;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.Sweep;
import forkcast.scenarios.SweepAxis;
import forkcast.sim.ExperimentResults;
import forkcast.sim.metrics.Metric;
import forkcast.sim.stats.MetricSummary;

/**
 * A sweep's outputs: {@code sweep.csv} (one row per point and metric: the point's values, mean, 95% CI bounds, n,
 * and the run's attributes: scenario hash, seed, replications, warm-up, run length, version) and {@code report.html}:
 * for the varied values, curves of the metrics that depend on them ({@link DependentMetrics}, plus any
 * {@code --metric}) with their confidence bands and planning targets ({@link PlanningTargets}), against the first
 * varied value; a table of the points sorted by the varied values with a verdict for each, overall and of the targets
 * the varied values move ({@link SweepTargets}); and how to reproduce it.
 */
public final class SweepWriter
{
    /** The value axis's top over the highest value, band or target: room for the target's label. */
    private static final double HEADROOM = 1.12;

    private static final Mustache TEMPLATE = ReportTemplates.template("sweep.mustache");

    private static final int WIDTH = 800;
    private static final int HEIGHT = 360;

    /** Colour-blind-safe (Okabe-Ito) for the curves of the other axes' values. */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};

    private static final int MAX_VERDICT_ITEMS = 4;

    private SweepWriter()
    {
    }

    /**
     * @param members per axis, the concrete paths it sets (one per element of a group)
     * @param asked metrics asked for with {@code --metric}, charted too
     * @param reproduction how to run it again
     */
    public static void write(final List<Sweep.Point> points, final List<SweepAxis> axes,
            final List<List<String>> members, final List<String> asked, final Reproduction reproduction,
            final OutputFolder output, final String batch, final List<String> commandLine,
            final java.time.Instant started) throws IOException
    {
        List<Sweep.Point> sorted = sorted(points, axes);
        List<String> metrics = metrics(points, members, asked);
        output.publish(folder ->
        {
            Files.writeString(folder.file(Batch.FILE), batch, StandardCharsets.UTF_8);
            writeCsv(points, axes, folder.file("sweep.csv"));
            String why = whyNoCurves(sorted, axes, metrics);
            List<Charts.Chart> charts = new ArrayList<>();
            if (why == null)
            {
                for (String metric : metrics)
                {
                    charts.add(curve(sorted, axes, metric, folder));
                }
            }
            writeHtml(sorted, axes, members, metrics, charts, why, reproduction, folder.file("report.html"));
            Manifest.writeBatch("sweep", points.stream().map(Sweep.Point::result).toList(), commandLine, started,
                    folder);
        });
    }

    /** @return the metrics that depend on the varied values, then those asked for, each once */
    public static List<String> metrics(final List<Sweep.Point> points, final List<List<String>> members,
            final List<String> asked)
    {
        LinkedHashSet<String> metrics = new LinkedHashSet<>();
        ExperimentResults first = points.get(0).result().results();
        for (List<String> axisMembers : members)
        {
            metrics.addAll(DependentMetrics.of(axisMembers, first));
        }
        metrics.addAll(asked);
        return List.copyOf(metrics);
    }

    /** @return why no curve can be drawn, or null when they can */
    private static String whyNoCurves(final List<Sweep.Point> points, final List<SweepAxis> axes,
            final List<String> metrics)
    {
        SweepAxis first = axes.get(0);
        if (first.values().size() < 2)
        {
            return "No curve: " + first.path() + " takes a single value, so there is nothing to draw against it;"
                    + " the point is in the table below.";
        }
        for (String v : first.values())
        {
            if (number(v) == null)
            {
                return "No curve: the values of " + first.path() + " are not numbers (" + String.join(", ",
                        first.values()) + "), so they have no axis; the points are compared in the table below.";
            }
        }
        if (metrics.isEmpty())
        {
            return "No curve: this scenario has none of the metrics that depend on " + first.path()
                    + "; ask for one with --metric (summary.json of a run lists them).";
        }
        return null;
    }

    /** @return the points ordered by each axis's value: numerically where the values are numbers, else as given */
    static List<Sweep.Point> sorted(final List<Sweep.Point> points, final List<SweepAxis> axes)
    {
        Comparator<Sweep.Point> order = null;
        for (int a = 0; a < axes.size(); a++)
        {
            int axis = a;
            SweepAxis x = axes.get(a);
            boolean numeric = x.values().stream().allMatch(v -> number(v) != null);
            Comparator<Sweep.Point> by = numeric
                    ? Comparator.comparing((Sweep.Point p) -> number(p.values().get(axis)))
                    : Comparator.comparingInt((Sweep.Point p) -> x.values().indexOf(p.values().get(axis)));
            order = order == null ? by : order.thenComparing(by);
        }
        List<Sweep.Point> sorted = new ArrayList<>(points);
        sorted.sort(order);
        return sorted;
    }

    private static BigDecimal number(final String text)
    {
        try
        {
            return new BigDecimal(text.trim());
        }
        catch (NumberFormatException e)
        {
            return null;
        }
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

    private static Charts.Chart curve(final List<Sweep.Point> points, final List<SweepAxis> axes, final String metric,
            final OutputFolder folder) throws IOException
    {
        Metric m = points.get(0).result().results().metric(metric);
        Map<String, YIntervalSeries> series = new LinkedHashMap<>();
        for (Sweep.Point point : points)
        {
            StringBuilder key = new StringBuilder(point.values().size() == 1 ? MetricLabels.label(m) : "");
            for (int a = 1; a < point.values().size(); a++)
            {
                key.append(a == 1 ? "" : ", ").append(axes.get(a).path()).append(" = ").append(point.values().get(a));
            }
            YIntervalSeries s = series.computeIfAbsent(key.toString(), k -> new YIntervalSeries(k));
            MetricSummary summary = point.result().results().summary(metric);
            if (summary.mean() != null)
            {
                double low = summary.ci95low() == null ? summary.mean() : summary.ci95low();
                double high = summary.ci95high() == null ? summary.mean() : summary.ci95high();
                s.add(number(point.values().get(0)).doubleValue(), MetricLabels.shown(m, summary.mean()),
                        MetricLabels.shown(m, low), MetricLabels.shown(m, high));
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        String unit = MetricLabels.unit(m);
        JFreeChart chart = ChartFactory.createXYLineChart(null, axes.get(0).path(), unit, data);
        chart.setTitle(new TextTitle(MetricLabels.label(m), new Font(Font.SANS_SERIF, Font.BOLD, 14)));
        chart.setBackgroundPaint(Color.WHITE);
        if (data.getSeriesCount() == 1)
        {
            chart.removeLegend();
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++)
        {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesFillPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        renderer.setAlpha(0.2f);
        plot.setRenderer(renderer);
        // a share's axis stops just above 100% (ShareAxis); other values get the headroom as they are
        NumberAxis range = MetricLabels.ratio(m) ? new ShareAxis(unit) : (NumberAxis) plot.getRangeAxis();
        plot.setRangeAxis(range);
        range.setAutoRangeIncludesZero(true);
        double top = 0;
        for (int i = 0; i < data.getSeriesCount(); i++)
        {
            for (int j = 0; j < data.getSeries(i).getItemCount(); j++)
            {
                top = Math.max(top, data.getSeries(i).getYHighValue(j));
            }
        }
        PlanningTargets target = PlanningTargets.of(points.get(0).result(), m);
        String targetText = "";
        ValueMarker marker = null;
        if (target != null)
        {
            double line = MetricLabels.shown(m, target.limit());
            marker = new ValueMarker(line, new Color(0x444444), new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel("target " + target.text(MetricLabels.ratio(m)));
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(marker);
            top = Math.max(top, line);
            targetText = " The dashed line is the planning target (" + target.text(MetricLabels.ratio(m)) + ").";
        }
        // the target line always inside the axis, and never a degenerate axis when every value is 0
        range.setRange(0, top <= 0 ? 1 : MetricLabels.ratio(m) ? ShareAxis.upper(top, HEADROOM) : top * HEADROOM);
        if (marker != null && range.getUpperBound() < top * HEADROOM)
        {
            // the axis stops just above 100%: no room above the target's line for its label, so it goes below
            marker.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        }
        String name = "sweep-" + metric.replace('.', '-');
        ChartUtils.saveChartAsPNG(folder.file("charts/" + name + ".png").toFile(), chart, WIDTH, HEIGHT);
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        svg.setDefsKeyPrefix("fc-" + name + "-");
        chart.draw(svg, new java.awt.Rectangle(0, 0, WIDTH, HEIGHT));
        Files.writeString(folder.file("charts/" + name + ".svg"), svg.getSVGDocument(), StandardCharsets.UTF_8);
        return new Charts.Chart(name, MetricLabels.label(m), "Mean over replications (" + unit + ") with its 95%"
                + " confidence band, against " + axes.get(0).path() + (axes.size() > 1
                        ? "; one curve per value of the other varied paths." : ".") + targetText + " Metric: "
                + metric + ".", svg.getSVGElement(null, true, new org.jfree.svg.ViewBox(0, 0, WIDTH, HEIGHT), null,
                        null));
    }

    /**
     * @return OK, or what is not OK at this point (ratings, Verdict, and planning targets), grouped by status with the
     *     worst first, "OVER: a; b. NEAR: c", so that its first word is the point's status and every item stands under
     *     its own (a NEAR item listed after "OVER:" read as over)
     */
    static String verdict(final Sweep.Point point)
    {
        List<String> groups = new ArrayList<>();
        int shown = 0;
        int hidden = 0;
        for (Map.Entry<String, List<String>> group : notOk(point.result()).entrySet())
        {
            List<String> list = group.getValue();
            int room = Math.max(0, Math.min(list.size(), MAX_VERDICT_ITEMS - shown));
            hidden += list.size() - room;
            if (room > 0)
            {
                groups.add(group.getKey() + ": " + String.join("; ", list.subList(0, room)));
                shown += room;
            }
        }
        if (groups.isEmpty())
        {
            return "OK";
        }
        return String.join(". ", groups) + (hidden > 0 ? "; " + hidden + " more" : "");
    }

    /** @return what is not OK at a point, per status (OVER, FULL, NEAR, in that order): ratings, then targets */
    private static Map<String, List<String>> notOk(final RunResult run)
    {
        Map<String, List<String>> items = new LinkedHashMap<>();
        for (String status : List.of("OVER", "FULL", "NEAR")) // worst first, as Verdict.worse orders them
        {
            items.put(status, new ArrayList<>());
        }
        List<Verdict> links = new ArrayList<>();
        for (Verdict v : Verdict.judge(run.results(), run.ratings()))
        {
            if (v.status().equals("OK"))
            {
                continue;
            }
            if (v.metric().is(LinkMetrics.MBPS_PEAK))
            {
                links.add(v); // said by its utilisation target below, unless the rating is the worse
            }
            else
            {
                items.get(v.status()).add(v.label() + " (" + Numbers.percent(v.utilization()) + ")");
            }
        }
        Map<String, String> linkTargets = new HashMap<>();
        for (Metric m : run.results().metrics().values())
        {
            PlanningTargets target = PlanningTargets.of(run, m);
            if (target != null && run.results().summaries().containsKey(m.name()))
            {
                MetricSummary s = run.results().summary(m.name());
                String status = target.status(s);
                if (m.is(LinkMetrics.UTILIZATION))
                {
                    linkTargets.put(m.element(), status);
                }
                if (!status.equals("OK"))
                {
                    String what = m.element() == null ? m.name() : m.descriptor().element() + " " + m.element();
                    items.get(status).add(what + " " + MetricLabels.format(m, s.mean()) + " (target "
                            + target.text(MetricLabels.ratio(m)) + ")");
                }
            }
        }
        for (Verdict v : links)
        {
            String target = linkTargets.getOrDefault(v.metric().element(), "OK");
            if (!Verdict.worse(target, v.status()).equals(target))
            {
                items.get(v.status()).add(v.label() + " (" + Numbers.percent(v.utilization()) + ")");
            }
        }
        return items;
    }

    /** @return the point's worst status (OK, NEAR, FULL or OVER) over its ratings and targets, as its report row shows */
    public static String status(final Sweep.Point point)
    {
        return status(verdict(point));
    }

    private static String status(final String verdict)
    {
        return verdict.contains(":") ? verdict.substring(0, verdict.indexOf(':')) : verdict;
    }

    private static void writeHtml(final List<Sweep.Point> points, final List<SweepAxis> axes,
            final List<List<String>> members, final List<String> metrics, final List<Charts.Chart> charts,
            final String why, final Reproduction reproduction, final Path file) throws IOException
    {
        var first = points.get(0).result();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", first.scenario().name());
        view.put("seed", first.scenario().seed());
        view.put("replications", first.scenario().replications());
        view.put("axes", axes.stream().map(SweepAxis::path).toList());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++)
        {
            if (members.get(a).size() > 1 || !members.get(a).get(0).equals(axes.get(a).path()))
            {
                groups.add(Map.of("path", axes.get(a).path(), "members", members.get(a)));
            }
        }
        view.put("groups", groups);
        List<Map<String, Object>> headers = new ArrayList<>();
        for (String m : metrics)
        {
            Metric metric = first.results().metric(m);
            headers.add(Map.of("label", MetricLabels.label(metric), "unit", MetricLabels.unit(metric), "name", m));
        }
        view.put("metrics", headers);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Sweep.Point point : points)
        {
            List<String> cells = new ArrayList<>();
            for (String m : metrics)
            {
                MetricSummary s = point.result().results().summary(m);
                Metric metric = point.result().results().metric(m);
                cells.add(MetricLabels.format(metric, s.mean()) + (s.ci95low() == null ? "" : " ["
                        + MetricLabels.format(metric, s.ci95low()) + ", " + MetricLabels.format(metric, s.ci95high())
                        + "]"));
            }
            String verdict = verdict(point);
            String status = status(verdict);
            String dependent = SweepTargets.status(point, members);
            rows.add(Map.of("values", point.values(), "cells", cells, "dependent", dependent, "dependentClass",
                    dependent.equals(SweepTargets.NONE) ? "none" : dependent.toLowerCase(java.util.Locale.ROOT),
                    "verdict", verdict, "class", status.toLowerCase(java.util.Locale.ROOT)));
        }
        view.put("rows", rows);
        List<String> dependent = SweepTargets.usedDependent(points, members);
        view.put("dependentTargets", dependent.isEmpty() ? "none of the targets depends on them"
                : String.join(", ", dependent));
        view.put("targetsUsed", String.join(", ", SweepTargets.used(points)));
        view.put("charts", charts);
        view.put("why", why == null ? List.of() : List.of(why));
        view.put("reproduce", reproduction.pointsView(reproduction.replications() + " per point"));
        StringWriter html = new StringWriter();
        TEMPLATE.execute(html, view).flush();
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
    }
}
