package forkcast.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
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

import forkcast.scenarios.RunResult;
import forkcast.sim.ExperimentResults;
import forkcast.sim.Rating;
import forkcast.sim.ReplicationOutput;
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
        Map<String, ReplicationOutput.Series> series = results.replications().get(0).series();
        List<Chart> charts = new ArrayList<>();

        XYSeriesCollection bhcc = new XYSeriesCollection();
        bhcc.addSeries(line("all calls", window, results.meanSeries("bhcc.total")));
        bhcc.addSeries(line("agent calls", window, results.meanSeries("bhcc.agentCalls")));
        bhcc.addSeries(line("recording calls (2 per session, R6)", window, results.meanSeries("bhcc.recordingCalls")));
        bhcc.addSeries(line("consult calls (F3)", window, results.meanSeries("bhcc.consultCalls")));
        charts.add(draw(folder, "bhcc", "Call completions per interval", "calls per " + minutes(window.interval()),
                bhcc, null, "CUCM counts each connected call and consult call once and each recording session twice (R6). Mean over "
                        + results.replications().size() + " replications."));

        XYSeriesCollection cti = new XYSeriesCollection();
        cti.addSeries(line("all CTI messages", window, results.meanSeries("cti.messagesPerSecond")));
        cti.addSeries(line("call events", window, results.meanSeries("cti.callEvents.perSecond")));
        cti.addSeries(line("recording requests and events (F4)", window,
                results.meanSeries("cti.recordingEvents.perSecond")));
        cti.addSeries(line("monitoring requests", window, results.meanSeries("cti.monitoringEvents.perSecond")));
        charts.add(draw(folder, "cti", "CTI load", "messages per second", cti, rating(run, "cti.messagesPerSecond.peak"),
                "Weighted CTI messages per second in each interval, by cause; the dashed line is the CTI Manager's"
                        + " rating when it is within the chart's range."));

        XYSeriesCollection links = new XYSeriesCollection();
        for (String name : series.keySet())
        {
            if (name.startsWith("bandwidth.link.") && (name.endsWith(".mbps") || name.endsWith(".forkMbps")))
            {
                String rest = name.substring("bandwidth.link.".length());
                String label = rest.replace(".to-", " → ").replace(".forkMbps", " (forked)").replace(".mbps", " (all)");
                links.addSeries(line(label, window, results.meanSeries(name)));
            }
        }
        if (links.getSeriesCount() > 0)
        {
            charts.add(draw(folder, "link-bandwidth", "Bandwidth per link and direction", "Mbit/s", links, null,
                    "Time-weighted mean per interval, including layer-2 overhead (F1). 'All' is the call media plus the"
                            + " forked recording streams; 'forked' is the recording streams alone."));
        }

        XYSeriesCollection recorders = new XYSeriesCollection();
        for (String name : series.keySet())
        {
            if (name.startsWith("recorder.") && name.endsWith(".streams"))
            {
                recorders.addSeries(line(name.substring("recorder.".length(), name.length() - ".streams".length()),
                        window, results.meanSeries(name)));
            }
        }
        if (recorders.getSeriesCount() > 0)
        {
            Double limit = recorders.getSeriesCount() == 1
                    ? rating(run, "recorder." + recorders.getSeries(0).getKey() + ".streams.peak") : null;
            charts.add(draw(folder, "recorder-occupancy", "Recorder occupancy", "concurrent streams", recorders, limit,
                    "Mean concurrent recording streams per interval (two per session, R5); the dashed line is the"
                            + " recorder's stream limit."));
        }

        XYSeriesCollection trunks = new XYSeriesCollection();
        for (String name : series.keySet())
        {
            if (name.startsWith("trunk.") && name.endsWith(".dialogs"))
            {
                trunks.addSeries(line(name.substring("trunk.".length(), name.length() - ".dialogs".length()), window,
                        results.meanSeries(name)));
            }
        }
        if (trunks.getSeriesCount() > 0)
        {
            charts.add(draw(folder, "trunk-dialogs", "SIP trunk dialogs", "dialogs", trunks, null,
                    "Mean SIP dialogs per recording trunk and interval: two per recording session (R5)."));
        }

        XYSeriesCollection cubes = new XYSeriesCollection();
        for (String name : series.keySet())
        {
            if (name.startsWith("cube.") && name.endsWith(".sessions"))
            {
                cubes.addSeries(line(name.substring("cube.".length(), name.length() - ".sessions".length()), window,
                        results.meanSeries(name)));
            }
        }
        if (cubes.getSeriesCount() > 0)
        {
            Double limit = cubes.getSeriesCount() == 1
                    ? rating(run, "cube." + cubes.getSeries(0).getKey() + ".sessions.peak") : null;
            charts.add(draw(folder, "cube-sessions", "CUBE media proxy sessions", "dialogs", cubes, limit,
                    "Mean SIP dialogs each CUBE holds per interval: two inbound per recording session and two per"
                            + " forked copy (R10)."));
        }

        XYSeriesCollection sources = new XYSeriesCollection();
        sources.addSeries(line("phone (built-in bridge, R7)", window, results.meanSeries("recording.mediaSource.phone")));
        sources.addSeries(line("gateway (R8)", window, results.meanSeries("recording.mediaSource.gateway")));
        charts.add(draw(folder, "media-source", "Recording sessions by media source", "sessions per "
                + minutes(window.interval()), sources, null, "Established sessions per interval by the device that"
                        + " forks the media (R14, R15)."));

        XYSeriesCollection failures = new XYSeriesCollection();
        for (String name : series.keySet())
        {
            if (name.startsWith("recording.failed."))
            {
                double[] values = results.meanSeries(name);
                if (sum(values) > 0)
                {
                    failures.addSeries(line(name.substring("recording.failed.".length()), window, values));
                }
            }
        }
        for (String copies : new String[] {"recording.copies.failed", "recording.copies.cut"})
        {
            double[] values = results.meanSeries(copies);
            if (sum(values) > 0)
            {
                failures.addSeries(line(copies.endsWith("cut") ? "copies cut by failures" : "copies refused", window,
                        values));
            }
        }
        if (failures.getSeriesCount() == 0)
        {
            failures.addSeries(line("no failed sessions", window, results.meanSeries("recording.sessions.failed")));
        }
        charts.add(draw(folder, "failures", "Failed recording sessions by reason", "sessions per "
                + minutes(window.interval()), failures, null, "Sessions refused per interval, by the reason of the last trunk"
                        + " tried (after route advance), and copies of standing sessions refused or cut."));
        return charts;
    }

    private static Double rating(final RunResult run, final String metric)
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
