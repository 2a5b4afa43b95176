package forkcast.reports;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
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
import forkcast.sim.stats.MetricSummary;
import forkcast.sim.stats.PhysicalRange;

/**
 * The run's charts, drawn with JFreeChart from the interval series, each written as PNG and SVG under {@code charts/}:
 * BHCC per interval, CTI messages per second, one small panel per link (both directions, all media and the forked
 * part, with the link's capacity), recorder occupancy with the stream limit, trunk dialogs (unless they repeat the
 * recorders' streams), CUBE sessions, sessions by media source, and failed sessions by reason. Each line is the mean
 * over replications, drawn as steps, inside its 95% confidence band (Student t over replications, interval by
 * interval, clamped to the metric's physical range). Every limit is shown: as a dashed line inside the value axis or,
 * when it is more than ten times the highest value (a line there would flatten the data), stated above the plot. An
 * all-zero chart has a unit axis rather than a degenerate one, and the time axis shows the time of day when the scenario gives
 * {@code run.start}. Rendering depends only on the data, so the files are byte-identical for identical results.
 */
public final class Charts
{
    /**
     * One chart as written.
     * @param panel whether it is one of a set of small panels (small multiples) drawn side by side
     */
    public record Chart(String name, String title, String caption, String svg, boolean panel)
    {
        /** A full-width chart. */
        public Chart(final String name, final String title, final String caption, final String svg)
        {
            this(name, title, caption, svg, false);
        }
    }

    /** A dashed horizontal line at a rated limit, always inside the value axis. */
    record Limit(double value, String label)
    {
    }

    /** The most points a chart's series has: more intervals are drawn in groups (see {@link #line}). */
    static final int MAX_POINTS = 200;

    private static final int WIDTH = 900;
    private static final int HEIGHT = 380;
    private static final int PANEL_WIDTH = 560;
    private static final int PANEL_HEIGHT = 300;
    /** Room above the highest value or limit, so that a limit's label stays inside the plot. */
    private static final double HEADROOM = 0.08;
    /** A limit this many times above the data is stated, not drawn (see {@link #offScale}). */
    static final double OFF_SCALE = 10;

    private Charts()
    {
    }

    /** Draw every chart of a run into {@code folder}'s {@code charts/} and return them for the HTML report. */
    public static List<Chart> write(final RunResult run, final OutputFolder folder) throws IOException
    {
        ExperimentResults results = run.results();
        MeasurementWindow window = results.window();
        Supplier<NumberAxis> time = () -> TimeAxis.of(window, run.scenario().start()); // an axis belongs to one chart
        List<Metric> series = results.series().values().stream().map(ReplicationOutput.Series::metric).toList();
        List<Chart> charts = new ArrayList<>();
        int n = results.replications().size();
        String mean = n > 1 ? " Mean over " + n + " replications; the shaded band is its 95% confidence interval."
                : " One replication: no confidence band.";

        YIntervalSeriesCollection bhcc = bands(results, List.of(Map.entry("all calls", ClusterMetrics.BHCC_SERIES),
                Map.entry("agent calls", ClusterMetrics.AGENT_CALLS_SERIES),
                Map.entry("recording calls (2 per session, R6)", ClusterMetrics.RECORDING_CALLS_SERIES),
                Map.entry("consult calls (F3)", ClusterMetrics.CONSULT_CALLS_SERIES)));
        charts.add(render(folder, "bhcc", "Call completions per interval", time, "calls per "
                + Numbers.duration(window.interval()), bhcc, List.of(), null, "CUCM counts each connected call and consult call"
                        + " once and each recording session twice (R6)." + mean, false));

        YIntervalSeriesCollection cti = bands(results, List.of(Map.entry("all CTI messages", ClusterMetrics.CTI_SERIES),
                Map.entry("call events", ClusterMetrics.CTI_CALL_EVENTS),
                Map.entry("recording requests and events (F4)", ClusterMetrics.CTI_RECORDING_EVENTS),
                Map.entry("monitoring requests", ClusterMetrics.CTI_MONITORING_EVENTS)));
        charts.add(render(folder, "cti", "CTI load", time, "messages per second", cti, List.of(), null,
                "Weighted CTI messages per second in each interval, by cause: a load indicator. CTI is sized by the"
                        + " devices and lines CTI applications open per CTI Manager (see the verdicts)." + mean, false));

        YIntervalSeriesCollection nodes = new YIntervalSeriesCollection();
        for (Metric m : series)
        {
            if (m.is(ClusterMetrics.NODE_BHCC_SERIES))
            {
                nodes.addSeries(band("node " + m.element(), results, m));
            }
        }
        if (nodes.getSeriesCount() > 0)
        {
            charts.add(render(folder, "nodes", "Call completions per node", time, "calls per "
                    + Numbers.duration(window.interval()), nodes, List.of(), null, "Each call counts on the node its"
                            + " phone is registered to (the backup node while the primary is down)." + mean, false));
        }

        linkPanels(charts, run, folder, time, series, mean);

        List<Metric> recorders = elements(series, ElementMetrics.RECORDER_STREAMS);
        List<Metric> trunks = elements(series, ElementMetrics.TRUNK_DIALOGS);
        boolean trunksRepeatRecorders = repeats(results, trunks, recorders);
        occupancy(charts, run, folder, time, recorders, ElementMetrics.RECORDER_STREAMS, "recorder-occupancy",
                "Recorder occupancy", "concurrent streams", "Mean concurrent recording streams per interval (two per"
                        + " session, R5)", "the dashed line is the recorder's stream limit",
                (trunksRepeatRecorders ? " Each recorder is reached by exactly one trunk, whose dialogs are its"
                        + " streams (two per session), so no separate trunk chart is drawn." : "") + mean);
        if (!trunksRepeatRecorders)
        {
            occupancy(charts, run, folder, time, trunks, ElementMetrics.TRUNK_DIALOGS, "trunk-dialogs",
                    "SIP trunk dialogs", "dialogs", "Mean SIP dialogs per recording trunk and interval: two per"
                            + " recording session (R5)", "the dashed line is the trunk's dialog limit (maxDialogs)",
                    mean);
        }
        occupancy(charts, run, folder, time, elements(series, ElementMetrics.CUBE_SESSIONS),
                ElementMetrics.CUBE_SESSIONS, "cube-sessions", "CUBE media proxy sessions", "dialogs", "Mean SIP dialogs"
                        + " each CUBE holds per interval: two inbound per recording session and two per forked copy"
                        + " (R10)", "the dashed line is its session limit", mean);

        YIntervalSeriesCollection sources = bands(results, List.of(
                Map.entry("phone (built-in bridge, R7)", RecordingMetrics.PHONE_SOURCED.perInterval()),
                Map.entry("gateway (R8)", RecordingMetrics.GATEWAY_SOURCED.perInterval())));
        charts.add(render(folder, "media-source", "Recording sessions by media source", time, "sessions per "
                + Numbers.duration(window.interval()), sources, List.of(), null, "Established sessions per interval by the"
                        + " device that forks the media (R14, R15)." + mean, false));

        YIntervalSeriesCollection failures = new YIntervalSeriesCollection();
        for (Metric m : series)
        {
            if (m.is(RecordingMetrics.FAILED_FOR.perInterval()) && sum(results.meanSeries(m)) > 0)
            {
                failures.addSeries(band(m.part("reason"), results, m));
            }
        }
        Map<String, CounterMetric> copies = new LinkedHashMap<>();
        copies.put("copies refused", RecordingMetrics.COPIES_FAILED);
        copies.put("copies cut by failures", RecordingMetrics.COPIES_CUT);
        for (Map.Entry<String, CounterMetric> c : copies.entrySet())
        {
            Metric m = c.getValue().perInterval().of();
            if (sum(results.meanSeries(m)) > 0)
            {
                failures.addSeries(band(c.getKey(), results, m));
            }
        }
        if (failures.getSeriesCount() == 0)
        {
            failures.addSeries(band("no failed sessions", results, RecordingMetrics.FAILED.perInterval().of()));
        }
        charts.add(render(folder, "failures", "Failed recording sessions by reason", time, "sessions per "
                + Numbers.duration(window.interval()), failures, List.of(), null, "Sessions refused per interval, by the reason"
                        + " of the last trunk tried (after route advance), and copies of standing sessions refused or"
                        + " cut." + mean, false));
        return charts;
    }

    /**
     * One small panel per link (small multiples, on a common time axis): both directions, all media (solid) and the
     * forked recording streams alone (dashed), the direction's colour shared by its two lines, and the link's
     * capacity as a dashed line.
     */
    private static void linkPanels(final List<Chart> charts, final RunResult run, final OutputFolder folder,
            final Supplier<NumberAxis> time, final List<Metric> series, final String mean) throws IOException
    {
        ExperimentResults results = run.results();
        Map<String, List<Metric>> byLink = new LinkedHashMap<>();
        for (Metric m : series)
        {
            if (m.is(LinkMetrics.TOWARD_MBPS) || m.is(LinkMetrics.TOWARD_FORK_MBPS))
            {
                byLink.computeIfAbsent(m.element(), k -> new ArrayList<>()).add(m);
            }
        }
        for (Map.Entry<String, List<Metric>> link : byLink.entrySet())
        {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            List<String> directions = new ArrayList<>();
            List<Integer> looks = new ArrayList<>();
            for (Metric m : link.getValue())
            {
                if (!directions.contains(m.toward()))
                {
                    directions.add(m.toward());
                }
            }
            for (String toward : directions)
            {
                for (Metric m : link.getValue())
                {
                    if (m.toward().equals(toward))
                    {
                        boolean all = m.is(LinkMetrics.TOWARD_MBPS);
                        data.addSeries(band("→ " + toward + (all ? " (all)" : " (forked)"), results, m));
                        // the direction's colour; the forked part dashed (the palette's second round of colours)
                        looks.add(directions.indexOf(toward) + (all ? 0 : Palette.distinct() / 4));
                    }
                }
            }
            Double capacity = null;
            for (Rating r : run.ratings())
            {
                if (r.metric().is(LinkMetrics.MBPS_PEAK) && r.metric().element().equals(link.getKey()))
                {
                    capacity = r.limit();
                }
            }
            List<Limit> limits = capacity == null ? List.of()
                    : List.of(new Limit(capacity, "capacity " + Numbers.stated(capacity) + " Mbit/s"));
            charts.add(render(folder, "link-" + link.getKey(), "Link " + link.getKey(), time, "Mbit/s", data, limits,
                    looks.stream().mapToInt(Integer::intValue).toArray(), "Link " + link.getKey() + ", each direction:"
                            + " all media (solid: the calls' own media and the forked recording streams) and the"
                            + " forked streams alone (dashed), time-weighted per interval, layer-2 overhead included"
                            + " (F1); the dashed grey line is the link's capacity." + mean, true));
        }
    }

    /** @return the per-interval series of one level, one per element, in the order the model wrote them */
    private static List<Metric> elements(final List<Metric> series, final LevelMetric level)
    {
        return series.stream().filter(m -> m.is(level.perInterval())).toList();
    }

    /**
     * @return whether each trunk's series is, interval by interval, the series of a recorder of its own (each recorder
     *         reached by exactly one trunk carrying nothing else), so that a trunk chart would repeat the recorder chart
     */
    static boolean repeats(final ExperimentResults results, final List<Metric> trunks, final List<Metric> recorders)
    {
        if (trunks.isEmpty() || trunks.size() != recorders.size())
        {
            return false;
        }
        List<double[]> left = new ArrayList<>();
        for (Metric r : recorders)
        {
            left.add(results.meanSeries(r));
        }
        for (Metric t : trunks)
        {
            double[] dialogs = results.meanSeries(t);
            int match = -1;
            for (int i = 0; i < left.size() && match < 0; i++)
            {
                if (same(left.get(i), dialogs))
                {
                    match = i;
                }
            }
            if (match < 0)
            {
                return false;
            }
            left.remove(match);
        }
        return true;
    }

    /** @return whether two series are equal up to rounding (the trunk's and recorder's levels are summed apart) */
    private static boolean same(final double[] a, final double[] b)
    {
        if (a.length != b.length)
        {
            return false;
        }
        for (int i = 0; i < a.length; i++)
        {
            if (Math.abs(a[i] - b[i]) > 1e-9 * Math.max(1, Math.abs(a[i])))
            {
                return false;
            }
        }
        return true;
    }

    /** @return one band per labelled series of the whole model (no element) */
    private static YIntervalSeriesCollection bands(final ExperimentResults results,
            final List<Map.Entry<String, MetricDescriptor>> labelled)
    {
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        for (Map.Entry<String, MetricDescriptor> e : labelled)
        {
            bands.addSeries(band(e.getKey(), results, e.getValue().of()));
        }
        return bands;
    }

    /**
     * A chart of one line per element of a level's interval series, keyed by the element's id, when there is any,
     * with each distinct rated limit of those elements as a dashed line.
     */
    /**
     * @param caption what the chart shows, without a full stop
     * @param limitLine what the dashed line is, said only where one is drawn: a trunk without maxDialogs has none
     * @param after the caption's further sentences, each with its leading space
     */
    private static void occupancy(final List<Chart> charts, final RunResult run, final OutputFolder folder,
            final Supplier<NumberAxis> time, final List<Metric> elements, final LevelMetric level, final String name,
            final String title, final String yLabel, final String caption, final String limitLine, final String after)
            throws IOException
    {
        if (elements.isEmpty())
        {
            return;
        }
        YIntervalSeriesCollection lines = new YIntervalSeriesCollection();
        Map<Double, List<String>> limits = new TreeMap<>();
        for (Metric m : elements)
        {
            lines.addSeries(band(m.element(), run.results(), m));
            Double limit = rating(run, level.peak().of(m.element()));
            if (limit != null)
            {
                limits.computeIfAbsent(limit, k -> new ArrayList<>()).add(m.element());
            }
        }
        List<Limit> drawn = new ArrayList<>();
        limits.forEach((limit, ids) -> drawn.add(new Limit(limit, "limit " + Numbers.stated(limit) + " " + level.peak().unit()
                + (elements.size() == 1 ? "" : ids.size() == elements.size() ? " (each)" : " (" + String.join(", ", ids)
                        + ")"))));
        String limitText = drawn.isEmpty() ? "" : "; " + limitLine + (limits.values().stream().mapToInt(List::size)
                .sum() < elements.size() ? ", where it has one" : "");
        charts.add(render(folder, name, title, time, yLabel, lines, drawn, null, caption + limitText + "." + after,
                false));
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
            last = values[busiest(values, i, group)];
            s.add(window.intervalStart(i) / 60.0, last);
        }
        s.add(window.end() / 60.0, last); // the step of the last interval (or group) runs to the end
        return s;
    }

    /** @return the mean over replications of a series, as {@link #band(String, MeasurementWindow, double[][], PhysicalRange)} */
    private static YIntervalSeries band(final String key, final ExperimentResults results, final Metric metric)
    {
        List<ReplicationOutput> replications = results.replications();
        double[][] values = new double[replications.size()][];
        for (int r = 0; r < values.length; r++)
        {
            values[r] = replications.get(r).series().get(metric.name()).values();
        }
        return band(key, results.window(), values, metric.descriptor().range());
    }

    /**
     * A series as a step line of its mean over replications inside its 95% confidence band (Student t over the
     * replications' values of each interval, clamped to the metric's physical range as in {@link MetricSummary}); the
     * band is the line itself with one replication. Grouped as {@link #line}: each group shows its busiest interval
     * (by the mean) with that interval's band.
     * @param values {@code values[replication][interval]}
     */
    static YIntervalSeries band(final String key, final MeasurementWindow window, final double[][] values,
            final PhysicalRange range)
    {
        int intervals = values[0].length;
        double[] mean = new double[intervals];
        for (double[] replication : values)
        {
            for (int i = 0; i < intervals; i++)
            {
                mean[i] += replication[i] / values.length;
            }
        }
        YIntervalSeries s = new YIntervalSeries(key, false, true);
        int group = groupSize(window);
        double[] last = {0, 0, 0};
        double[] across = new double[values.length];
        for (int i = 0; i < intervals; i += group)
        {
            int busiest = busiest(mean, i, group);
            for (int r = 0; r < values.length; r++)
            {
                across[r] = values[r][busiest];
            }
            MetricSummary summary = MetricSummary.of(across, range);
            last = new double[] {mean[busiest], summary.ci95low() == null ? mean[busiest] : summary.ci95low(),
                    summary.ci95high() == null ? mean[busiest] : summary.ci95high()};
            s.add(window.intervalStart(i) / 60.0, last[0], last[1], last[2]);
        }
        s.add(window.end() / 60.0, last[0], last[1], last[2]);
        return s;
    }

    /** @return the index of the largest value among {@code group} values from {@code from} (the first on ties) */
    private static int busiest(final double[] values, final int from, final int group)
    {
        int best = from;
        for (int j = from + 1; j < Math.min(values.length, from + group); j++)
        {
            if (values[j] > values[best])
            {
                best = j;
            }
        }
        return best;
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

    /**
     * A full-width chart of lines without bands (a comparison's), on the run report's time axis ({@link TimeAxis}:
     * the measured window, ticks on interval boundaries and whole clock units, not JFreeChart's automatic 2 minutes),
     * with {@code limit} (when not null) as a dashed line inside the value axis.
     */
    static Chart draw(final OutputFolder folder, final String name, final String title, final String yLabel,
            final XYSeriesCollection data, final Double limit, final String caption, final MeasurementWindow window,
            final LocalTime start) throws IOException
    {
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        for (int i = 0; i < data.getSeriesCount(); i++)
        {
            XYSeries line = data.getSeries(i);
            YIntervalSeries band = new YIntervalSeries(line.getKey(), false, true);
            for (int j = 0; j < line.getItemCount(); j++)
            {
                double y = line.getY(j).doubleValue();
                band.add(line.getX(j).doubleValue(), y, y, y);
            }
            bands.addSeries(band);
        }
        Supplier<NumberAxis> time = () -> TimeAxis.of(window, start);
        return render(folder, name, title, time, yLabel, bands, limit == null ? List.of()
                : List.of(new Limit(limit, "limit " + Numbers.stated(limit))), null, caption, false);
    }

    /**
     * Draws and writes one chart.
     * @param looks the palette index of each series (null: the series' own index), so that related lines can share a
     *            colour and differ by stroke
     */
    private static Chart render(final OutputFolder folder, final String name, final String title, final Supplier<NumberAxis> time,
            final String yLabel, final YIntervalSeriesCollection data, final List<Limit> limits, final int[] looks,
            final String caption, final boolean panel) throws IOException
    {
        NumberAxis value = new NumberAxis(yLabel);
        List<Limit> offScale = offScale(data, limits);
        List<Limit> drawn = limits.stream().filter(l -> !offScale.contains(l)).toList();
        double[] bounds = valueBounds(data, drawn);
        value.setRange(bounds[0], bounds[1]);
        DeviationStepRenderer renderer = new DeviationStepRenderer();
        XYPlot plot = new XYPlot(data, time.get(), value, renderer);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartFactory.getChartTheme().apply(chart); // the fonts the chart factory gives every chart; styles follow
        renderer.setDefaultShapesVisible(false);
        renderer.setAlpha(0.15f);
        for (int i = 0; i < data.getSeriesCount(); i++)
        {
            int look = looks == null ? i : looks[i];
            renderer.setSeriesPaint(i, Palette.colour(look));
            renderer.setSeriesFillPaint(i, Palette.colour(look));
            renderer.setSeriesStroke(i, Palette.stroke(look));
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (Limit limit : drawn)
        {
            ValueMarker marker = new ValueMarker(limit.value(), new Color(0x444444), Palette.stroke(1, 1.5f));
            marker.setLabel(limit.label());
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(marker);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(2, 2, 2, 14)); // room for the time axis's last label
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, panel ? 14 : 16)));
        for (Limit limit : offScale)
        {
            chart.addSubtitle(new TextTitle(limit.label() + ": off this scale, " + Numbers.of(limit.value()
                    / dataHigh(data), "×", false) + "× the highest value", new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        }
        int width = panel ? PANEL_WIDTH : WIDTH;
        int height = panel ? PANEL_HEIGHT : HEIGHT;
        ChartUtils.saveChartAsPNG(folder.file("charts/" + name + ".png").toFile(), chart, width, height);
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setDefsKeyPrefix("fc-" + name + "-"); // the default prefix holds System.nanoTime(): not reproducible
        chart.draw(svg, new java.awt.Rectangle(0, 0, width, height));
        String element = svg.getSVGElement(null, true, new org.jfree.svg.ViewBox(0, 0, width, height), null, null);
        Files.writeString(folder.file("charts/" + name + ".svg"), svg.getSVGDocument(), StandardCharsets.UTF_8);
        // one pixel of the value axis: closer lines are drawn as one
        return new Chart(name, title, caption + coinciding(data, (bounds[1] - bounds[0]) / height), element, panel);
    }

    /**
     * @param tolerance the difference a chart cannot show (a pixel of its value axis): lines closer than that in every
     *            interval lie on one another, though their values are not equal (a multi-fork alternative's WAN
     *            bandwidth a few kbit/s from the baseline's, on an axis of 60 Mbit/s)
     * @return a sentence naming the lines that coincide, which the last one drawn hides; empty when none do
     */
    static String coinciding(final YIntervalSeriesCollection data, final double tolerance)
    {
        List<String> groups = new ArrayList<>();
        boolean[] placed = new boolean[data.getSeriesCount()];
        for (int i = 0; i < placed.length; i++)
        {
            List<String> same = new ArrayList<>(List.of(String.valueOf(data.getSeriesKey(i))));
            for (int j = i + 1; j < placed.length; j++)
            {
                if (!placed[j] && !placed[i] && within(values(data, i), values(data, j), tolerance))
                {
                    placed[j] = true;
                    same.add(String.valueOf(data.getSeriesKey(j)));
                }
            }
            if (same.size() > 1)
            {
                groups.add(String.join(" = ", same));
            }
        }
        return groups.isEmpty() ? "" : " Lines that coincide (one hides the others): " + String.join("; ", groups) + ".";
    }

    private static boolean within(final double[] a, final double[] b, final double tolerance)
    {
        if (a.length != b.length)
        {
            return false;
        }
        for (int i = 0; i < a.length; i++)
        {
            // rounding apart when the axis is flat (all zero: tolerance 0)
            if (Math.abs(a[i] - b[i]) > Math.max(tolerance, 1e-9 * Math.max(1, Math.abs(a[i]))))
            {
                return false;
            }
        }
        return true;
    }

    private static double[] values(final YIntervalSeriesCollection data, final int series)
    {
        double[] values = new double[data.getItemCount(series)];
        for (int i = 0; i < values.length; i++)
        {
            values[i] = data.getYValue(series, i);
        }
        return values;
    }

    /**
     * @return the value axis's {lower, upper} bounds: from 0 (or the lowest value, when below 0) to the highest value,
     *         band or limit plus some headroom, so that every limit line is inside the plot; an axis with nothing
     *         above 0 (an all-zero chart) spans 0 to 1 instead of collapsing to a point
     */
    /**
     * @return the limits more than {@link #OFF_SCALE} times the highest value (band included): drawn as lines they
     *         would flatten the data against the axis, so the chart states them above the plot instead
     */
    static List<Limit> offScale(final YIntervalSeriesCollection data, final List<Limit> limits)
    {
        double high = dataHigh(data);
        return limits.stream().filter(l -> high > 0 && l.value() > OFF_SCALE * high).toList();
    }

    private static double dataHigh(final YIntervalSeriesCollection data)
    {
        double high = 0;
        for (int i = 0; i < data.getSeriesCount(); i++)
        {
            for (int j = 0; j < data.getItemCount(i); j++)
            {
                high = Math.max(high, data.getEndYValue(i, j));
            }
        }
        return high;
    }

    static double[] valueBounds(final YIntervalSeriesCollection data, final List<Limit> limits)
    {
        double low = 0;
        double high = 0;
        for (int i = 0; i < data.getSeriesCount(); i++)
        {
            for (int j = 0; j < data.getItemCount(i); j++)
            {
                low = Math.min(low, data.getStartYValue(i, j));
                high = Math.max(high, data.getEndYValue(i, j));
            }
        }
        for (Limit limit : limits)
        {
            low = Math.min(low, limit.value());
            high = Math.max(high, limit.value());
        }
        if (!(high - low > 1e-9 * Math.max(1, Math.abs(high))))
        {
            high = low + 1;
        }
        return new double[] {low, high + HEADROOM * (high - low)};
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
}
