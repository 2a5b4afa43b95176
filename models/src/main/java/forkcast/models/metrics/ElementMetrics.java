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
 * The elements' occupancy and bandwidth ({@code <id>} is the element's id): recorders, SIP trunks, CUBE media
 * proxies, MTP pools, gateways and agent groups. Each level is published as {@code .mean}, {@code .peak} and an
 * interval series. A recorder, and a CUBE with {@code maxSetupsPerSecond}, also publish their set-up queue.
 */
public final class ElementMetrics
{
    public static final MetricGroup GROUP = new MetricGroup("Elements");

    private static final String MBPS = "Mbit/s";

    public static final LevelMetric RECORDER_INGRESS = GROUP.level("bandwidth.recorder.<id>.mbps", MBPS,
            ElementTypes.RECORDER, MetricDirection.IN, "recording streams received by the recorder");
    public static final LevelMetric FORK_BANDWIDTH = GROUP.level("bandwidth.fork.mbps", MBPS, ElementTypes.RECORDING,
            MetricDirection.IN, "all recording streams as received by recorders and CUBEs");
    public static final LevelMetric RECORDER_STREAMS = GROUP.level("recorder.<id>.streams", "streams",
            ElementTypes.RECORDER, MetricDirection.NONE,
            "concurrent recording streams on the recorder (two per session, R5)");
    public static final CounterMetric RECORDER_COPIES_FORKED = GROUP.counter("recorder.<id>.copies.forked", "copies",
            ElementTypes.FORKED_RECORDER, "copies a CUBE forked to the recorder (R10; a leg's copy counts half)");
    public static final CounterMetric RECORDER_COPIES_REFUSED = GROUP.counter("recorder.<id>.copies.refused",
            "copies", ElementTypes.FORKED_RECORDER, "copies a CUBE forked to the recorder that it refused while their session"
                    + " stood on another recorder (its part of recording.copies.failed)");
    public static final MetricDescriptor RECORDER_STORAGE = perDay("recorder.<id>.storageGbPerDay", "GB/day",
            ElementTypes.RECORDER,
            "codec payload the recorder stores per day (F6), from a recorded day or the busy hour ÷ run.busyHourShare;"
                    + " absent when the run is shorter than a day and run.busyHourShare is not given (docs/storage.md)");
    public static final MetricDescriptor RECORDER_RETAINED = perDay("recorder.<id>.storageTbRetained", "TB",
            ElementTypes.RECORDER,
            "storage the recorder holds when it keeps recordings for its retentionDays: storageGbPerDay × retentionDays"
                    + " ÷ 1000; absent without retentionDays or storage per day");
    public static final MetricDescriptor STORAGE_TOTAL = perDay("storage.gbPerDay", "GB/day", ElementTypes.RECORDING,
            "all recorders' storage per day (every copy of a multi-forked session counts); absent when storage per day"
                    + " is not reported");
    public static final MetricDescriptor RETAINED_TOTAL = perDay("storage.tbRetained", "TB", ElementTypes.RECORDING,
            "all recorders' retained storage; absent unless every recorder declares retentionDays");
    public static final SetupQueueMetrics RECORDER_SETUP = SetupQueueMetrics.declare(GROUP, "recorder.<id>",
            ElementTypes.RECORDER, "recorder");
    public static final LevelMetric TRUNK_DIALOGS = GROUP.level("trunk.<id>.dialogs", "dialogs", ElementTypes.TRUNK,
            MetricDirection.NONE, "SIP dialogs in use on the recording trunk (two per session, R5)");
    public static final LevelMetric CUBE_SESSIONS = GROUP.level("cube.<id>.sessions", "dialogs", ElementTypes.CUBE,
            MetricDirection.NONE, "SIP dialogs the CUBE holds (two inbound per session, two per forked copy, R10)");
    public static final CounterMetric CUBE_DIALOGS_ASKED = GROUP.counter("cube.<id>.dialogs.asked", "dialogs",
            ElementTypes.CUBE, "dialogs the recording legs set up through the CUBE asked of it: one inbound and one per"
                    + " forked recorder each (R10)");
    public static final CounterMetric CUBE_DIALOGS_REFUSED = GROUP.counter("cube.<id>.dialogs.refused", "dialogs",
            ElementTypes.CUBE, "outbound dialogs of copies the CUBE's recorders refused while their session stood");
    public static final LevelMetric CUBE_INGRESS = GROUP.level("bandwidth.cube.<id>.ingressMbps", MBPS,
            ElementTypes.CUBE, MetricDirection.IN, "recording streams into the CUBE");
    public static final LevelMetric CUBE_EGRESS = GROUP.level("bandwidth.cube.<id>.egressMbps", MBPS, ElementTypes.CUBE,
            MetricDirection.OUT, "copies of recording streams out of the CUBE to its recorders");
    public static final SetupQueueMetrics CUBE_SETUP = SetupQueueMetrics.declare(GROUP, "cube.<id>",
            ElementTypes.RATE_LIMITED_CUBE, "CUBE");
    public static final LevelMetric MTPS_IN_USE = GROUP.level("mtpPool.<id>.inUse", "MTPs", ElementTypes.MTP_POOL,
            MetricDirection.NONE, "MTPs in use for mandatory Early Offer (R10, R18)");
    public static final LevelMetric GATEWAY_CHANNELS = GROUP.level("gateway.<id>.channels", "channels",
            ElementTypes.GATEWAY, MetricDirection.NONE, "gateway channels in use by calls");
    public static final LevelMetric GATEWAY_FORK_EGRESS = GROUP.level("bandwidth.gateway.<id>.forkEgressMbps", MBPS,
            ElementTypes.GATEWAY, MetricDirection.OUT, "recording streams the gateway forks (R8)");
    public static final CounterMetric GATEWAY_OFFERED = GROUP.counter("gateway.<id>.calls.offered", "calls",
            ElementTypes.GATEWAY, "calls that asked the gateway for a channel (those that reached it on their path)");
    public static final CounterMetric GATEWAY_BLOCKED = GROUP.counter("gateway.<id>.calls.blocked", "calls",
            ElementTypes.GATEWAY,
            "calls the gateway refused for want of a free channel (its part of calls.blocked.gateway)");
    public static final CounterMetric GATEWAY_SEIZED = GROUP.counter("gateway.<id>.calls.seized", "calls",
            ElementTypes.GATEWAY, "calls that took one of the gateway's channels (offered less blocked)");
    public static final CounterMetric GATEWAY_REFUSED_BY_CAC = GROUP.counter("gateway.<id>.calls.refusedByCac",
            "calls", ElementTypes.GATEWAY,
            "calls that took one of the gateway's channels and that locations CAC then refused (F7): the channel was"
            + " given back early");
    public static final MetricDescriptor GATEWAY_BLOCKING = GROUP.ratio("gateway.<id>.blockingProbability",
            ElementTypes.GATEWAY, MetricDirection.NONE, SHARE,
            "blocked calls of offered calls at the gateway (undefined when none was offered)");
    public static final LevelMetric AGENTS_BUSY = GROUP.level("agents.<id>.busy", "agents", ElementTypes.AGENT_GROUP,
            MetricDirection.NONE, "agents of the group on a call");
    public static final MetricDescriptor AGENTS_WAITING = GROUP.scalar("agents.<id>.waiting.mean", "calls",
            MetricKind.LEVEL_MEAN, ElementTypes.AGENT_GROUP, MetricDirection.NONE, Aggregation.TIME_WEIGHTED_MEAN,
            "calls waiting in the group's queue, time-weighted mean");
    public static final MetricDescriptor AGENTS_SESSIONS = GROUP.total("agents.<id>.sessions", "sessions",
            ElementTypes.AGENT_GROUP, "recording sessions established on the group's lines (any call's leg there)");
    public static final MetricDescriptor AGENTS_SESSIONS_PER_CALL = GROUP.ratio("agents.<id>.sessionsPerCall",
            ElementTypes.AGENT_GROUP, MetricDirection.NONE, NON_NEGATIVE,
            "sessions established on any line for the calls the group answered, per call it answered (above 1 when"
                    + " both ends or several legs record; undefined when it answered none)");

    private ElementMetrics()
    {
    }

    /** A volume per day (or retained over days) of recorded storage (F6, docs/storage.md). */
    private static MetricDescriptor perDay(final String pattern, final String unit, final String element,
            final String meaning)
    {
        return GROUP.scalar(pattern, unit, MetricKind.AMOUNT, element, MetricDirection.NONE, Aggregation.PER_DAY,
                meaning);
    }
}
