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

    public static final CounterMetric OFFERED = calls("calls.offered", "calls that arrived from the traffic sources");
    public static final CounterMetric CONNECTED = calls("calls.connected", "calls answered by an agent");
    public static final CounterMetric BLOCKED_AT_GATEWAY = calls("calls.blocked.gateway",
            "calls refused because a gateway on their path had no free channel");
    public static final CounterMetric BLOCKED_AT_AGENTS = calls("calls.blocked.agents",
            "calls refused because every agent of their group was busy and the group has no queue");
    public static final CounterMetric BLOCKED_BY_CAC = calls("calls.blocked.cac",
            "calls refused because locations CAC had no room for their deduction on a link their media crosses (F7)");
    public static final CounterMetric ABANDONED = calls("calls.abandoned", "callers who gave up waiting in a queue");
    public static final MetricDescriptor QUEUED_AT_END = GROUP.scalar("calls.queuedAtEnd", "calls", MetricKind.AMOUNT,
            CALLS, MetricDirection.NONE, Aggregation.AT_END, "calls still waiting in queues when the window ends");
    public static final CounterMetric HELD = calls("calls.held", "calls put on hold (R35)");
    public static final CounterMetric TRANSFERRED = calls("calls.transferred", "calls handed to another agent (F3)");
    public static final CounterMetric CONFERENCED = calls("calls.conferenced", "calls joined into a conference (F3)");
    public static final CounterMetric FEATURE_FAILED = calls("calls.featureFailed",
            "transfers and conferences that found no free agent (the call is then released)");
    public static final CounterMetric MONITORING_STARTED = calls("monitoring.started",
            "calls a supervisor started to monitor");
    public static final CounterMetric MONITORING_FAILED = calls("monitoring.failed",
            "monitoring requests that found the phone's built-in bridge off");
    public static final CounterMetric SECURE_TONES = calls("tones.secure",
            "secure calls whose parties heard the secure tone (R28)");
    public static final CounterMetric RECORDING_TONES_TO_AGENT = sessions("tones.recording.toAgent",
            "recording sessions whose source played the recording tone to the agent (R24)");
    public static final CounterMetric RECORDING_TONES_TO_CUSTOMER = sessions("tones.recording.toCustomer",
            "recording sessions whose source played the recording tone to the customer (R24)");
    public static final CounterMetric MONITORING_TONES_PLAYED = calls("tones.monitoring.played",
            "monitored calls that heard the monitoring tone (R26)");
    public static final CounterMetric MONITORING_TONES_SUPPRESSED = calls("tones.monitoring.suppressed",
            "monitored calls whose monitoring tone was suppressed because they were recorded (R26)");

    private CallMetrics()
    {
    }

    /** A count of calls, over the window and per interval: most of this group's rows. */
    private static CounterMetric calls(final String pattern, final String meaning)
    {
        return GROUP.counter(pattern, "calls", CALLS, meaning);
    }

    /** A count of recording sessions, over the window and per interval. */
    private static CounterMetric sessions(final String pattern, final String meaning)
    {
        return GROUP.counter(pattern, "sessions", CALLS, meaning);
    }
}
