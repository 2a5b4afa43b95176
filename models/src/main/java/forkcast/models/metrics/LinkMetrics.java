package forkcast.models.metrics;

import static forkcast.sim.stats.PhysicalRange.NON_NEGATIVE;
import static forkcast.sim.stats.PhysicalRange.SHARE;

import forkcast.sim.metrics.Aggregation;
import forkcast.sim.metrics.CounterMetric;
import forkcast.sim.metrics.LevelMetric;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.metrics.MetricDirection;
import forkcast.sim.metrics.MetricGroup;
import forkcast.sim.metrics.MetricKind;

/**
 * WAN links ({@code <id>} is the link's id, {@code <to>} the site a direction goes toward): all media (call media and
 * forked recording streams, layer-2 overhead included, F1) and the forked part alone, in Mbit/s.
 */
public final class LinkMetrics
{
    public static final MetricGroup GROUP = new MetricGroup("WAN links");

    private static final String LINK = ElementTypes.LINK;

    private static final String MBPS = "Mbit/s";

    public static final MetricDescriptor MBPS_MEAN = busier("bandwidth.link.<id>.mbps.mean", Statistic.MEAN,
            "all media on the link");
    public static final MetricDescriptor MBPS_PEAK = busier("bandwidth.link.<id>.mbps.peak", Statistic.PEAK,
            "all media on the link");
    public static final MetricDescriptor FORK_MBPS_MEAN = busier("bandwidth.link.<id>.forkMbps.mean", Statistic.MEAN,
            "forked recording streams on the link");
    public static final MetricDescriptor FORK_MBPS_PEAK = busier("bandwidth.link.<id>.forkMbps.peak", Statistic.PEAK,
            "forked recording streams on the link");
    public static final MetricDescriptor UTILIZATION = GROUP.ratio("bandwidth.link.<id>.utilization", LINK,
            MetricDirection.BUSIER, NON_NEGATIVE, "peak of the busier direction over the link's capacity");
    public static final MetricDescriptor INTERVALS_OVER_CAPACITY = GROUP.scalar(
            "bandwidth.link.<id>.intervalsOverCapacity", "intervals", MetricKind.COUNTER, LINK, MetricDirection.NONE,
            Aggregation.INTERVAL_COUNT, "intervals whose mean exceeded the link's capacity in either direction");
    public static final MetricDescriptor TOWARD_MBPS_MEAN = toward("bandwidth.link.<id>.to-<to>.mbps.mean",
            Statistic.MEAN, "all media toward <to>");
    public static final MetricDescriptor TOWARD_MBPS_PEAK = toward("bandwidth.link.<id>.to-<to>.mbps.peak",
            Statistic.PEAK, "all media toward <to>");
    public static final MetricDescriptor TOWARD_MBPS_P95 = toward("bandwidth.link.<id>.to-<to>.mbps.p95",
            Statistic.P95, "all media toward <to>");
    public static final MetricDescriptor TOWARD_FORK_MBPS_MEAN = toward("bandwidth.link.<id>.to-<to>.forkMbps.mean",
            Statistic.MEAN, "forked recording streams toward <to>");
    public static final MetricDescriptor TOWARD_FORK_MBPS_P95 = toward("bandwidth.link.<id>.to-<to>.forkMbps.p95",
            Statistic.P95, "forked recording streams toward <to>");
    public static final MetricDescriptor TOWARD_MBPS = GROUP.series("bandwidth.link.<id>.to-<to>.mbps", MBPS, LINK,
            MetricDirection.TOWARD, Aggregation.PER_INTERVAL_MEAN, "all media toward <to>, per interval");
    public static final MetricDescriptor TOWARD_FORK_MBPS = GROUP.series("bandwidth.link.<id>.to-<to>.forkMbps",
            MBPS, LINK, MetricDirection.TOWARD, Aggregation.PER_INTERVAL_MEAN,
            "forked recording streams toward <to>, per interval");

    /** F7: the locations-CAC budget in use (deductions, not bits on the wire), on links with {@code cacKbps}. */
    public static final LevelMetric CAC_KBPS = GROUP.level("cac.link.<id>.kbps", "kbit/s", ElementTypes.CAC_LINK,
            MetricDirection.NONE, "locations-CAC budget in use on the link (F7: codec deductions of the calls and "
                    + "recording calls admitted across it)");
    public static final CounterMetric CAC_REFUSALS = GROUP.counter("cac.link.<id>.refusals", "calls",
            ElementTypes.CAC_LINK,
            "calls and recording calls refused by the link's locations-CAC budget (F7)");
    /** F7: every admission request across the budgeted link, admitted or refused (here or elsewhere on its route). */
    public static final CounterMetric CAC_REQUESTS = GROUP.counter("cac.link.<id>.requests", "calls",
            ElementTypes.CAC_LINK, "calls and recording calls that asked the link's locations-CAC budget for their"
                    + " deduction (F7), admitted or refused");
    public static final MetricDescriptor CAC_BLOCKING = GROUP.ratio("cac.link.<id>.blockingProbability",
            ElementTypes.CAC_LINK, MetricDirection.NONE, SHARE,
            "refusals of requests at the link's locations-CAC budget (undefined when none asked)");
    /** F7, per deduction class ({@code <codec>}): what the bill sizes the budget from (Kaufman–Roberts). */
    public static final MetricDescriptor CAC_CLASS_ERLANGS = GROUP.series("cac.link.<id>.<codec>.erlangs", "calls",
            ElementTypes.CAC_LINK, MetricDirection.NONE, Aggregation.PER_INTERVAL_MEAN,
            "calls and recording calls of the codec holding a deduction on the link's locations-CAC budget, per"
                    + " interval (time-weighted mean: the carried erlangs)");
    public static final MetricDescriptor CAC_CLASS_REQUESTS = GROUP.series("cac.link.<id>.<codec>.requests", "calls",
            ElementTypes.CAC_LINK, MetricDirection.NONE, Aggregation.PER_INTERVAL_COUNT,
            "calls and recording calls of the codec that asked the link's locations-CAC budget for their deduction,"
                    + " per interval");
    public static final MetricDescriptor CAC_CLASS_REFUSALS = GROUP.series("cac.link.<id>.<codec>.refusals", "calls",
            ElementTypes.CAC_LINK, MetricDirection.NONE, Aggregation.PER_INTERVAL_COUNT,
            "calls and recording calls of the codec that the link's locations-CAC budget refused, per interval");

    private LinkMetrics()
    {
    }

    /**
     * What a link's Mbit/s figure says of the level over the window: its kind and aggregation go together, and the
     * meaning says which it is.
     */
    private record Statistic(MetricKind kind, Aggregation aggregation, String meaning)
    {
        static final Statistic MEAN = new Statistic(MetricKind.LEVEL_MEAN, Aggregation.TIME_WEIGHTED_MEAN,
                "time-weighted mean");
        static final Statistic PEAK = new Statistic(MetricKind.LEVEL_PEAK, Aggregation.PEAK, "peak");
        static final Statistic P95 = new Statistic(MetricKind.LEVEL_PERCENTILE, Aggregation.PERCENTILE_95,
                "95th percentile of the interval means");
    }

    /** A statistic of {@code what} in the link's busier direction. */
    private static MetricDescriptor busier(final String pattern, final Statistic statistic, final String what)
    {
        return GROUP.scalar(pattern, MBPS, statistic.kind(), LINK, MetricDirection.BUSIER, statistic.aggregation(),
                what + ", " + statistic.meaning() + " of the busier direction");
    }

    /** A statistic of {@code what} in one direction of the link, toward site {@code <to>}. */
    private static MetricDescriptor toward(final String pattern, final Statistic statistic, final String what)
    {
        return GROUP.scalar(pattern, MBPS, statistic.kind(), LINK, MetricDirection.TOWARD, statistic.aggregation(),
                what + ", " + statistic.meaning());
    }
}
