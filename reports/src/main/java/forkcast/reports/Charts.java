package forkcast.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import forkcast.models.metrics.ClusterMetrics;
import forkcast.models.metrics.ElementMetrics;
import forkcast.models.metrics.LinkMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.scenarios.RunResult;
import forkcast.sim.ExperimentResults;
import forkcast.sim.Rating;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.metrics.CounterMetric;
import forkcast.sim.metrics.LevelMetric;
import forkcast.sim.metrics.Metric;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.stats.MeasurementWindow;

/**
 * The run's charts, drawn with JFreeChart from the interval series (mean over replications), each written as PNG and
 * SVG under {@code charts/}: BHCC per interval, CTI messages per second, bandwidth per link and direction (all media
 * and the forked part), recorder occupancy, sessions by media source, and failed sessions by reason. Rendering depends only on the data, so the
 * files are byte-identical for identical results.
 */
public final class Charts
{
    /** One chart as written. */
    public record Chart(String name, String title, String caption, String svg)
    {
    }

    /** The most points a chart's series has: more intervals are drawn in groups (see {@link #line}). */
    static final int MAX_POINTS = 200;

    private static final int WIDTH = 900;
    private static final int HEIGHT = 380;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};

    private Charts()
    {
    }

    /** Draw every chart of a run into {@code folder}'s {@code charts/} and return them for the HTML report. */
    public static List<Chart> write(final RunResult run, final OutputFolder folder) throws IOException
    {
        ExperimentResults results = run.results();
        MeasurementWindow window = results.window();
        List<Metric> series = results.series().values().stream().map(ReplicationOutput.Series::metric).toList();
        List<Chart> charts = new ArrayList<>();

        XYSeriesCollection bhcc = lines(results, List.of(Map.entry("all calls", ClusterMetrics.BHCC_SERIES),
                Map.entry("agent calls", ClusterMetrics.AGENT_CALLS_SERIES),
                Map.entry("recording calls (2 per session, R6)", ClusterMetrics.RECORDING_CALLS_SERIES),
                Map.entry("consult calls (F3)", ClusterMetrics.CONSULT_CALLS_SERIES)));
        charts.add(draw(folder, "bhcc", "Call completions per interval", "calls per " + minutes(window.interval()),
                bhcc, null, "CUCM counts each connected call and consult call once and each recording session twice (R6). Mean over "
                        + results.replications().size() + " replications."));

        XYSeriesCollection cti = lines(results, List.of(Map.entry("all CTI messages", ClusterMetrics.CTI_SERIES),
                Map.entry("call events", ClusterMetrics.CTI_CALL_EVENTS),
                Map.entry("recording requests and events (F4)", ClusterMetrics.CTI_RECORDING_EVENTS),
                Map.entry("monitoring requests", ClusterMetrics.CTI_MONITORING_EVENTS)));
        charts.add(draw(folder, "cti", "CTI load", "messages per second", cti, null,
                "Weighted CTI messages per second in each interval, by cause: a load indicator. CTI is sized by the"
                        + " devices and lines CTI applications open per CTI Manager (see the verdicts)."));

        XYSeriesCollection nodes = new XYSeriesCollection();
        for (Metric m : series)
        {
            if (m.is(ClusterMetrics.NODE_BHCC_SERIES))
            {
                nodes.addSeries(line("node " + m.element(), window, results.meanSeries(m)));
            }
        }
        if (nodes.getSeriesCount() > 0)
        {
            charts.add(draw(folder, "nodes", "Call completions per node", "calls per " + minutes(window.interval()),
                    nodes, null, "Each call counts on the node its phone is registered to (the backup node while the"
                            + " primary is down). Mean over " + results.replications().size() + " replications."));
        }

        XYSeriesCollection links = new XYSeriesCollection();
        for (Metric m : series)
        {
            if (m.is(LinkMetrics.TOWARD_MBPS) || m.is(LinkMetrics.TOWARD_FORK_MBPS))
            {
                String label = m.element() + " → " + m.toward() + (m.is(LinkMetrics.TOWARD_MBPS) ? " (all)" : " (forked)");
                links.addSeries(line(label, window, results.meanSeries(m)));
            }
        }
        if (links.getSeriesCount() > 0)
        {
            charts.add(draw(folder, "link-bandwidth", "Bandwidth per link and direction", "Mbit/s", links, null,
                    "Time-weighted mean per interval, including layer-2 overhead (F1). 'All' is the call media plus the"
                            + " forked recording streams; 'forked' is the recording streams alone."));
        }

        occupancy(charts, run, folder, series, ElementMetrics.RECORDER_STREAMS, true, "recorder-occupancy",
                "Recorder occupancy", "concurrent streams", "Mean concurrent recording streams per interval (two per"
                        + " session, R5); the dashed line is the recorder's stream limit.");
        occupancy(charts, run, folder, series, ElementMetrics.TRUNK_DIALOGS, false, "trunk-dialogs",
                "SIP trunk dialogs", "dialogs",
                "Mean SIP dialogs per recording trunk and interval: two per recording session (R5).");
        occupancy(charts, run, folder, series, ElementMetrics.CUBE_SESSIONS, true, "cube-sessions",
                "CUBE media proxy sessions", "dialogs", "Mean SIP dialogs each CUBE holds per interval: two inbound"
                        + " per recording session and two per forked copy (R10).");

        XYSeriesCollection sources = lines(results, List.of(
                Map.entry("phone (built-in bridge, R7)", RecordingMetrics.PHONE_SOURCED.perInterval()),
                Map.entry("gateway (R8)", RecordingMetrics.GATEWAY_SOURCED.perInterval())));
        charts.add(draw(folder, "media-source", "Recording sessions by media source", "sessions per "
                + minutes(window.interval()), sources, null, "Established sessions per interval by the device that"
                        + " forks the media (R14, R15)."));

        XYSeriesCollection failures = new XYSeriesCollection();
        for (Metric m : series)
        {
            if (m.is(RecordingMetrics.FAILED_FOR.perInterval()))
            {
                double[] values = results.meanSeries(m);
                if (sum(values) > 0)
                {
                    failures.addSeries(line(m.part("reason"), window, values));
                }
            }
        }
        Map<String, CounterMetric> copies = new LinkedHashMap<>();
        copies.put("copies refused", RecordingMetrics.COPIES_FAILED);
        copies.put("copies cut by failures", RecordingMetrics.COPIES_CUT);
        for (Map.Entry<String, CounterMetric> c : copies.entrySet())
        {
            double[] values = results.meanSeries(c.getValue().perInterval().of());
            if (sum(values) > 0)
            {
                failures.addSeries(line(c.getKey(), window, values));
            }
        }
        if (failures.getSeriesCount() == 0)
        {
            failures.addSeries(line("no failed sessions", window,
                    results.meanSeries(RecordingMetrics.FAILED.perInterval().of())));
        }
        charts.add(draw(folder, "failures", "Failed recording sessions by reason", "sessions per "
                + minutes(window.interval()), failures, null, "Sessions refused per interval, by the reason of the last trunk"
                        + " tried (after route advance), and copies of standing sessions refused or cut."));
        return charts;
    }

    /** @return one line per labelled series of the whole model (no element), mean over replications */
    private static XYSeriesCollection lines(final ExperimentResults results,
            final List<Map.Entry<String, MetricDescriptor>> labelled)
    {
        XYSeriesCollection lines = new XYSeriesCollection();
        for (Map.Entry<String, MetricDescriptor> e : labelled)
        {
            lines.addSeries(line(e.getKey(), results.window(), results.meanSeries(e.getValue().of())));
        }
        return lines;
    }

    /**
     * A chart of one line per element of a level's interval series, keyed by the element's id, when there is any;
     * with {@code showLimit}, a lone element's rated limit is drawn as a dashed line.
     */
    private static void occupancy(final List<Chart> charts, final RunResult run, final OutputFolder folder,
            final List<Metric> series, final LevelMetric level, final boolean showLimit, final String name,
            final String title, final String yLabel, final String caption) throws IOException
    {
        ExperimentResults results = run.results();
        XYSeriesCollection lines = new XYSeriesCollection();
        for (Metric m : series)
        {
            if (m.is(level.perInterval()))
            {
                lines.addSeries(line(m.element(), results.window(), results.meanSeries(m)));
            }
        }
        if (lines.getSeriesCount() > 0)
        {
            Double limit = showLimit && lines.getSeriesCount() == 1
                    ? rating(run, level.peak().of((String) lines.getSeries(0).getKey())) : null;
            charts.add(draw(folder, name, title, yLabel, lines, limit, caption));
        }
    }

    private static Double rating(final RunResult run, final Metric metric)
    {
        for (Rating rating : run.ratings())
        {
            if (rating.metric().equals(metric))
            {
                return rating.limit();
            }
        }
        return null;
    }

    /**
     * A series as a step line. A run with more than {@link #MAX_POINTS} intervals is drawn in groups of
     * {@link #groupSize} consecutive intervals, each at the group's largest value (its busiest interval, which is
     * what a capacity chart must not hide), so that charts and report stay small however long the run;
     * {@code timeseries.csv} keeps every interval.
     */
    static XYSeries line(final String key, final MeasurementWindow window, final double[] values)
    {
        XYSeries s = new XYSeries(key, false, true);
        int group = groupSize(window);
        double last = 0;
        for (int i = 0; i < values.length; i += group)
        {
            last = values[i];
            for (int j = i + 1; j < Math.min(values.length, i + group); j++)
            {
                last = Math.max(last, values[j]);
            }
            s.add(window.intervalStart(i) / 60.0, last);
        }
        s.add(window.end() / 60.0, last); // the step of the last interval (or group) runs to the end
        return s;
    }

    /** @return how many consecutive intervals each point of a chart stands for (1 up to {@link #MAX_POINTS}) */
    static int groupSize(final MeasurementWindow window)
    {
        return (window.intervals() + MAX_POINTS - 1) / MAX_POINTS;
    }

    /** @return the sentence the report shows above condensed charts, or null when every interval is drawn */
    static String condensedNote(final MeasurementWindow window)
    {
        int group = groupSize(window);
        if (group == 1)
        {
            return null;
        }
        return String.format(Locale.ROOT, "The run has %d intervals; to keep this report small, each point of these"
                + " charts stands for %d consecutive intervals and shows the largest of their values (the busiest"
                + " interval of the group). timeseries.csv holds every interval.", window.intervals(), group);
    }

    static Chart draw(final OutputFolder folder, final String name, final String title, final String yLabel,
            final XYSeriesCollection data, final Double limit, final String caption) throws IOException
    {
        JFreeChart chart = org.jfree.chart.ChartFactory.createXYLineChart(null, "simulated time (minutes)", yLabel,
                data);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 16)));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        XYStepRenderer renderer = new XYStepRenderer();
        for (int i = 0; i < data.getSeriesCount(); i++)
        {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2.0f));
        }
        plot.setRenderer(renderer);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAutoRangeIncludesZero(true);
        if (limit != null)
        {
            double top = maxY(data);
            if (limit <= 1.5 * Math.max(top, 1e-9))
            {
                ValueMarker marker = new ValueMarker(limit, new Color(0x444444), new BasicStroke(1.5f,
                        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                marker.setLabel("limit " + Numbers.human(limit));
                marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
                marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
                plot.addRangeMarker(marker);
                range.setUpperBound(Math.max(range.getUpperBound(), limit * 1.1));
            }
        }
        ChartUtils.saveChartAsPNG(folder.file("charts/" + name + ".png").toFile(), chart, WIDTH, HEIGHT);
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        svg.setDefsKeyPrefix("fc-" + name + "-"); // the default prefix holds System.nanoTime(): not reproducible
        chart.draw(svg, new java.awt.Rectangle(0, 0, WIDTH, HEIGHT));
        String element = svg.getSVGElement(null, true, new org.jfree.svg.ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        Files.writeString(folder.file("charts/" + name + ".svg"), svg.getSVGDocument(), StandardCharsets.UTF_8);
        return new Chart(name, title, caption, element);
    }

    private static double maxY(final XYSeriesCollection data)
    {
        double max = 0;
        for (int i = 0; i < data.getSeriesCount(); i++)
        {
            max = Math.max(max, data.getSeries(i).getMaxY());
        }
        return max;
    }

    private static double sum(final double[] values)
    {
        double s = 0;
        for (double v : values)
        {
            s += v;
        }
        return s;
    }

    private static String minutes(final double seconds)
    {
        return seconds % 60 == 0 ? String.format(Locale.ROOT, "%d min", (long) (seconds / 60))
                : String.format(Locale.ROOT, "%s s", Numbers.exact(seconds));
    }
}
