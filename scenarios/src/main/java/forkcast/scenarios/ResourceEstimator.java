package forkcast.scenarios;

import java.util.List;

import forkcast.models.Deployment;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.metrics.ElementTypes;
import forkcast.models.network.LinkConfig;
import forkcast.models.metrics.MetricCatalogue;
import forkcast.models.recording.RejectReason;
import forkcast.sim.RunWindow;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.metrics.MetricKind;

/**
 * Estimates, from a scenario alone, the events, memory and output a run will take, so that a run that would not end
 * or not fit is refused before it starts (see {@link ResourceLimits}). Every figure is an upper estimate: arrival
 * rates are taken at their profile's largest multiplier for the whole run. The constants are calibrated on the
 * examples (docs/resources.md); a test keeps the estimate above what the examples actually take.
 */
public final class ResourceEstimator
{
    /**
     * Model events per offered call, over its whole life (arrival, connect, release, recording set-up and media
     * start, hold, transfer). The examples take 2.5 to 3.7 {@code sim.events} per measured call; 6 leaves room for
     * calls with every feature.
     */
    static final double EVENTS_PER_CALL = 6;

    /**
     * Heap per call in progress: the call, its recording session and copies, their pending events and the queue
     * entries. An assumption (a few hundred bytes per object, a dozen objects), on the high side.
     */
    static final double BYTES_PER_CALL = 4096;

    /** Heap per value of an interval series: one double, held once by the model and once in its output. */
    static final double BYTES_PER_SERIES_VALUE = 16;

    /** Bytes per {@code timeseries.csv} row; the examples write 31 to 38. */
    static final double BYTES_PER_ROW = 40;

    /** Bytes of {@code report.html} and {@code charts/} besides the chart lines; the examples write 0.9 to 1.5 MB. */
    static final double REPORT_BYTES = 2e6;

    /**
     * Bytes of a run's {@code report.html}, {@code charts/}, {@code summary.json} and {@code replications.json} besides
     * the chart lines; the examples write 0.6 to 1.1 MB (one small panel per link, no trunk chart that repeats the
     * recorders'), so that the estimate stays within three times what is written.
     */
    static final double RUN_REPORT_BYTES = 1.5e6;

    /**
     * Bytes per interval series and chart point: each step is an SVG element written twice (the SVG file and the
     * report), plus the PNG. A 4-day quickstart (384 points per line) writes about 26 kB per point.
     */
    static final double BYTES_PER_CHART_POINT = 500;

    /** The most points a chart line has (reports' {@code Charts.MAX_POINTS}). */
    static final int MAX_CHART_POINTS = 200;

    /** Bytes per metric and point in a batch's table ({@code sweep.csv}, {@code comparison.csv}). */
    static final double BYTES_PER_BATCH_ROW = 200;

    /** Scalar metrics per interval series, roughly (mean, peak, p95...): for the batch tables. */
    static final double SCALARS_PER_SERIES = 3;

    private ResourceEstimator()
    {
    }

    /** @return the estimate for {@code forkcast run} of the scenario (its own replications) on {@code threads} */
    public static ResourceEstimate run(final Scenario scenario, final int threads)
    {
        int replications = scenario.replications();
        double series = series(scenario.deployment());
        double intervals = intervals(scenario.window());
        double rows = intervals * series * replications;
        double output = rows * BYTES_PER_ROW + RUN_REPORT_BYTES
                + Math.min(intervals, MAX_CHART_POINTS) * series * BYTES_PER_CHART_POINT;
        return new ResourceEstimate(events(scenario) * replications, working(scenario, threads) + held(scenario), output,
                rows);
    }

    /**
     * @return the estimate for a batch that runs every scenario in turn and keeps all their results until it writes
     *         its tables (compare, sweep; size with the points it may evaluate)
     */
    public static ResourceEstimate batch(final List<Scenario> points, final int threads)
    {
        double events = 0;
        double working = 0;
        double held = 0;
        double output = REPORT_BYTES;
        for (Scenario s : points)
        {
            events += events(s) * s.replications();
            working = Math.max(working, working(s, threads));
            held += held(s);
            output += series(s.deployment()) * SCALARS_PER_SERIES * BYTES_PER_BATCH_ROW;
        }
        return new ResourceEstimate(events, working + held, output, 0);
    }

    /**
     * @param largest the scenario at its heaviest value, with the most replications one evaluation may reach
     * @param evaluations how many values the sizing may evaluate
     * @param replicationsPerEvaluation replications one evaluation may run in all (escalations included)
     * @return the estimate for {@code forkcast size}: evaluations run one after another, each result dropped once
     *         judged
     */
    public static ResourceEstimate sizing(final Scenario largest, final int evaluations,
            final int replicationsPerEvaluation, final int threads)
    {
        double events = events(largest) * replicationsPerEvaluation * evaluations;
        double output = REPORT_BYTES + evaluations * series(largest.deployment()) * BYTES_PER_BATCH_ROW;
        return new ResourceEstimate(events, working(largest, threads) + held(largest), output, 0);
    }

    /** @return model events of one replication */
    static double events(final Scenario scenario)
    {
        return peakArrivalRate(scenario.deployment()) * scenario.window().end() * EVENTS_PER_CALL;
    }

    /** @return calls per second, all traffic at its profile's largest multiplier */
    static double peakArrivalRate(final Deployment deployment)
    {
        double rate = 0;
        for (TrafficConfig t : deployment.traffic())
        {
            rate += t.callsPerSecond() * maxMultiplier(t);
        }
        return rate;
    }

    private static double maxMultiplier(final TrafficConfig t)
    {
        double max = t.profile().length == 0 ? 1 : 0;
        for (double m : t.profile())
        {
            max = Math.max(max, m);
        }
        return max;
    }

    /** Heap of the replications running at once: calls in progress by Little's law, and the model's series. */
    private static double working(final Scenario scenario, final int threads)
    {
        double inProgress = 0;
        for (TrafficConfig t : scenario.deployment().traffic())
        {
            double time = t.holdingTime().mean() + (t.hold() == null ? 0 : t.hold().duration().mean());
            inProgress += t.callsPerSecond() * maxMultiplier(t) * time;
        }
        double perReplication = inProgress * BYTES_PER_CALL
                + series(scenario.deployment()) * intervals(scenario.window()) * BYTES_PER_SERIES_VALUE;
        return perReplication * Math.max(1, Math.min(threads, scenario.replications()));
    }

    /** Heap of the finished replications' series, all held until the outputs are written. */
    private static double held(final Scenario scenario)
    {
        return series(scenario.deployment()) * intervals(scenario.window()) * scenario.replications() * 8.0;
    }

    private static double intervals(final RunWindow window)
    {
        return Math.max(1, Math.ceil(window.duration() / window.interval()));
    }

    /**
     * @return the interval series a replication records, as the metric catalogue declares them: one per series
     *         without placeholders, one per failure reason, per locations-CAC deduction class, and per element of its
     *         type (both directions of a link)
     */
    static double series(final Deployment d)
    {
        double series = 0;
        for (MetricDescriptor m : MetricCatalogue.all())
        {
            if (m.kind() == MetricKind.SERIES)
            {
                List<String> parts = m.placeholders();
                double perElement = (parts.contains("to") ? 2 : 1)
                        * (parts.contains("reason") ? RejectReason.values().length : 1)
                        * (parts.contains("codec") ? d.cacClasses().size() : 1);
                series += (parts.contains("id") ? elements(m.element(), d) : 1) * perElement;
            }
        }
        return series;
    }

    /** @return how many elements of a type the deployment has; a new type with per-element series belongs here */
    private static int elements(final String type, final Deployment d)
    {
        return switch (type)
        {
            case ElementTypes.LINK -> d.links().size();
            case ElementTypes.CAC_LINK -> (int) d.links().stream().filter(LinkConfig::hasCac).count();
            case ElementTypes.RECORDER -> d.recorders().size();
            case ElementTypes.FORKED_RECORDER ->
                (int) d.recorders().stream().filter(r -> d.cubeForksTo(r.id())).count();
            case ElementTypes.TRUNK -> d.trunks().size();
            case ElementTypes.CUBE -> d.cubes().size();
            case ElementTypes.RATE_LIMITED_CUBE ->
                (int) d.cubes().stream().filter(c -> !Double.isInfinite(c.maxSetupsPerSecond())).count();
            case ElementTypes.MTP_POOL -> d.mtpPools().size();
            case ElementTypes.GATEWAY -> d.gateways().size();
            case ElementTypes.AGENT_GROUP -> d.groups().size();
            case ElementTypes.NODE -> (int) d.cluster().nodes().stream().filter(n -> n.role().callProcessing()).count();
            default -> throw new IllegalStateException("the resource estimate does not count elements of type " + type);
        };
    }
}
