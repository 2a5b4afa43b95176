package forkcast.models.metrics;

import static forkcast.sim.stats.PhysicalRange.NON_NEGATIVE;

import forkcast.sim.metrics.Aggregation;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.metrics.MetricDirection;
import forkcast.sim.metrics.MetricGroup;
import forkcast.sim.metrics.MetricKind;

/**
 * The CUCM cluster's load: busy-hour call completions (R6, F3), CTI Manager messages (F4, a load indicator), and, when
 * the cluster declares nodes, the same per node and the CTI-controlled devices and lines CUCM is sized by.
 */
public final class ClusterMetrics
{
    public static final MetricGroup GROUP = new MetricGroup("Cluster load");

    private static final String CLUSTER = ElementTypes.CLUSTER;


    public static final MetricDescriptor BHCC_TOTAL = busyHour("bhcc.busyHour.total",
            "call completions in the busy hour: agent calls, consult calls and two per recording session (R6)");
    public static final MetricDescriptor BHCC_AGENT_CALLS = busyHour("bhcc.busyHour.agentCalls",
            "agent calls connected in the busy hour");
    public static final MetricDescriptor BHCC_RECORDING_CALLS = busyHour("bhcc.busyHour.recordingCalls",
            "recording calls in the busy hour (two per session, R6)");
    public static final MetricDescriptor BHCC_CONSULT_CALLS = busyHour("bhcc.busyHour.consultCalls",
            "consult calls in the busy hour (F3)");
    public static final MetricDescriptor BHCC_UTILIZATION = GROUP.ratio("bhcc.utilization", CLUSTER,
            MetricDirection.NONE, NON_NEGATIVE, "busy-hour call completions over the cluster's BHCC rating");
    public static final MetricDescriptor BHCC_SERIES = callsPerInterval("bhcc.total",
            "call completions (agent, consult and recording calls)");
    public static final MetricDescriptor AGENT_CALLS_SERIES = callsPerInterval("bhcc.agentCalls",
            "agent calls connected");
    public static final MetricDescriptor RECORDING_CALLS_SERIES = callsPerInterval("bhcc.recordingCalls",
            "recording calls (two per session, R6)");
    public static final MetricDescriptor CONSULT_CALLS_SERIES = callsPerInterval("bhcc.consultCalls",
            "consult calls (F3)");
    public static final MetricDescriptor CTI_MEAN = GROUP.scalar("cti.messagesPerSecond.mean", "msg/s",
            MetricKind.LEVEL_MEAN, CLUSTER, MetricDirection.NONE, Aggregation.TIME_WEIGHTED_MEAN,
            "weighted CTI messages per second over the window (F4)");
    public static final MetricDescriptor CTI_PEAK = GROUP.scalar("cti.messagesPerSecond.peak", "msg/s",
            MetricKind.LEVEL_PEAK, CLUSTER, MetricDirection.NONE, Aggregation.BUSIEST_INTERVAL,
            "weighted CTI messages per second in the busiest interval (F4)");
    public static final MetricDescriptor CTI_UTILIZATION = GROUP.ratio("cti.utilization", CLUSTER,
            MetricDirection.NONE, NON_NEGATIVE, "busiest interval's CTI messages per second over cluster.ctiRating:"
                    + " a load indicator with no verdict (no published rating; CTI is judged by devices and lines per"
                    + " CTI Manager)");
    public static final MetricDescriptor CTI_SERIES = messagesPerInterval("cti.messagesPerSecond",
            "weighted CTI messages per second");
    public static final MetricDescriptor CTI_CALL_EVENTS = messagesPerInterval("cti.callEvents.perSecond",
            "CTI call events per second");
    public static final MetricDescriptor CTI_RECORDING_EVENTS = messagesPerInterval("cti.recordingEvents.perSecond",
            "CTI recording requests and events per second (F4)");
    public static final MetricDescriptor CTI_MONITORING_EVENTS = messagesPerInterval(
            "cti.monitoringEvents.perSecond", "CTI monitoring requests per second");

    public static final MetricDescriptor NODE_BHCC = nodeBusyHour("node.<id>.bhcc.busyHour.total",
            "call completions counted on the node (its phones' agent and consult calls, two per recording session of"
                    + " their lines, R6) in the cluster's busy hour: the nodes' figures add up to bhcc.busyHour.total");
    public static final MetricDescriptor NODE_BHCC_OWN = nodeBusyHour("node.<id>.bhcc.ownBusyHour.total",
            "call completions counted on the node in its own busiest hour (held against its bhccRating)");
    public static final MetricDescriptor NODE_BHCC_SERIES = GROUP.series("node.<id>.bhcc", "calls", ElementTypes.NODE,
            MetricDirection.NONE, Aggregation.PER_INTERVAL_COUNT, "call completions counted on the node, per interval");
    public static final MetricDescriptor NODE_CTI_DEVICES = mostOpened("node.<id>.cti.devices", "devices",
            ElementTypes.CTI_MANAGER_NODE,
            "CTI-controlled devices opened through the node's CTI Manager (monitored agent phones, CTI ports and route"
                    + " points), the most at any time of the run (failure windows move them)");
    public static final MetricDescriptor NODE_CTI_LINES = mostOpened("node.<id>.cti.lines", "lines",
            ElementTypes.CTI_MANAGER_NODE,
            "CTI-controlled lines opened through the node's CTI Manager, the most at any time of the run");
    public static final MetricDescriptor CTI_DEVICES = mostOpened("cti.devices", "devices", ElementTypes.NODE_CLUSTER,
            "CTI-controlled devices in the cluster (published when the cluster declares nodes)");
    public static final MetricDescriptor CTI_LINES = mostOpened("cti.lines", "lines", ElementTypes.NODE_CLUSTER,
            "CTI-controlled lines in the cluster (published when the cluster declares nodes)");

    private ClusterMetrics()
    {
    }

    /** Call completions in the cluster's busy hour. */
    private static MetricDescriptor busyHour(final String pattern, final String meaning)
    {
        return GROUP.scalar(pattern, "calls/h", MetricKind.COUNTER, CLUSTER, MetricDirection.NONE,
                Aggregation.BUSY_HOUR, meaning);
    }

    /** Call completions on one node, in a busy hour. */
    private static MetricDescriptor nodeBusyHour(final String pattern, final String meaning)
    {
        return GROUP.scalar(pattern, "calls/h", MetricKind.COUNTER, ElementTypes.NODE, MetricDirection.NONE,
                Aggregation.BUSY_HOUR, meaning);
    }

    /** The cluster's calls counted in each interval. */
    private static MetricDescriptor callsPerInterval(final String pattern, final String meaning)
    {
        return GROUP.series(pattern, "calls", CLUSTER, MetricDirection.NONE, Aggregation.PER_INTERVAL_COUNT,
                meaning + ", per interval");
    }

    /** The cluster's weighted CTI messages per second in each interval (F4). */
    private static MetricDescriptor messagesPerInterval(final String pattern, final String meaning)
    {
        return GROUP.series(pattern, "msg/s", CLUSTER, MetricDirection.NONE, Aggregation.PER_INTERVAL_RATE,
                meaning + ", per interval");
    }

    /** What CTI applications hold open (devices or lines), the most at any time of the run. */
    private static MetricDescriptor mostOpened(final String pattern, final String unit, final String element,
            final String meaning)
    {
        return GROUP.scalar(pattern, unit, MetricKind.AMOUNT, element, MetricDirection.NONE, Aggregation.PEAK,
                meaning);
    }
}
