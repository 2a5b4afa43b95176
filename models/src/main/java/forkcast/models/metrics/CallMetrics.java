package forkcast.models.metrics;

import forkcast.sim.metrics.Aggregation;
import forkcast.sim.metrics.CounterMetric;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.metrics.MetricDirection;
import forkcast.sim.metrics.MetricGroup;
import forkcast.sim.metrics.MetricKind;

/** The calls' own metrics: outcomes, features, monitoring and tones (call control, R24-R28, F3). */
public final class CallMetrics
{
    public static final MetricGroup GROUP = new MetricGroup("Calls, monitoring and tones");

    private static final String CALLS = ElementTypes.CALL_CONTROL;


    public static final CounterMetric OFFERED = GROUP.counter("calls.offered", "calls", CALLS,
            "calls that arrived from the traffic sources");
    public static final CounterMetric CONNECTED = GROUP.counter("calls.connected", "calls", CALLS,
            "calls answered by an agent");
    public static final CounterMetric BLOCKED_AT_GATEWAY = GROUP.counter("calls.blocked.gateway", "calls", CALLS,
            "calls refused because a gateway on their path had no free channel");
    public static final CounterMetric BLOCKED_AT_AGENTS = GROUP.counter("calls.blocked.agents", "calls", CALLS,
            "calls refused because every agent of their group was busy and the group has no queue");
    public static final CounterMetric BLOCKED_BY_CAC = GROUP.counter("calls.blocked.cac", "calls", CALLS,
            "calls refused because locations CAC had no room for their deduction on a link their media crosses (F7)");
    public static final CounterMetric ABANDONED = GROUP.counter("calls.abandoned", "calls", CALLS,
            "callers who gave up waiting in a queue");
    public static final MetricDescriptor QUEUED_AT_END = GROUP.scalar("calls.queuedAtEnd", "calls", MetricKind.AMOUNT,
            CALLS, MetricDirection.NONE, Aggregation.AT_END, "calls still waiting in queues when the window ends");
    public static final CounterMetric HELD = GROUP.counter("calls.held", "calls", CALLS, "calls put on hold (R35)");
    public static final CounterMetric TRANSFERRED = GROUP.counter("calls.transferred", "calls", CALLS,
            "calls handed to another agent (F3)");
    public static final CounterMetric CONFERENCED = GROUP.counter("calls.conferenced", "calls", CALLS,
            "calls joined into a conference (F3)");
    public static final CounterMetric FEATURE_FAILED = GROUP.counter("calls.featureFailed", "calls", CALLS,
            "transfers and conferences that found no free agent (the call is then released)");
    public static final CounterMetric MONITORING_STARTED = GROUP.counter("monitoring.started", "calls", CALLS,
            "calls a supervisor started to monitor");
    public static final CounterMetric MONITORING_FAILED = GROUP.counter("monitoring.failed", "calls", CALLS,
            "monitoring requests that found the phone's built-in bridge off");
    public static final CounterMetric SECURE_TONES = GROUP.counter("tones.secure", "calls", CALLS,
            "secure calls whose parties heard the secure tone (R28)");
    public static final CounterMetric RECORDING_TONES_TO_AGENT = GROUP.counter("tones.recording.toAgent", "sessions",
            CALLS, "recording sessions whose source played the recording tone to the agent (R24)");
    public static final CounterMetric RECORDING_TONES_TO_CUSTOMER = GROUP.counter("tones.recording.toCustomer",
            "sessions", CALLS, "recording sessions whose source played the recording tone to the customer (R24)");
    public static final CounterMetric MONITORING_TONES_PLAYED = GROUP.counter("tones.monitoring.played", "calls",
            CALLS, "monitored calls that heard the monitoring tone (R26)");
    public static final CounterMetric MONITORING_TONES_SUPPRESSED = GROUP.counter("tones.monitoring.suppressed",
            "calls", CALLS, "monitored calls whose monitoring tone was suppressed because they were recorded (R26)");

    private CallMetrics()
    {
    }
}
