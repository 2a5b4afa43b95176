package forkcast.models.metrics;

import static forkcast.sim.stats.PhysicalRange.SHARE;

import forkcast.sim.metrics.Aggregation;
import forkcast.sim.metrics.CounterMetric;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.metrics.MetricDirection;
import forkcast.sim.metrics.MetricGroup;
import forkcast.sim.metrics.MetricKind;

/**
 * CUCM's recording function: sessions by outcome, refusals by reason ({@code <reason>} is a {@code RejectReason}
 * key), media sources (Tables 1 and 2), copies and coverage.
 */
public final class RecordingMetrics
{
    public static final MetricGroup GROUP = new MetricGroup("Recording sessions");

    private static final String RECORDING = ElementTypes.RECORDING;

    public static final CounterMetric REQUESTED = sessions("recording.sessions.requested",
            "recording sessions asked for (automatic, selective or by CTI)");
    public static final CounterMetric ESTABLISHED = sessions("recording.sessions.established",
            "recording sessions set up");
    public static final CounterMetric FAILED = sessions("recording.sessions.failed", "recording sessions that failed");
    public static final CounterMetric SPLIT = sessions("recording.sessions.split",
            "sessions whose near-end and far-end legs, each hunting the route list, landed on different recorders");
    public static final CounterMetric HALF_RECORDED = sessions("recording.sessions.halfRecorded",
            "sessions of which one leg was admitted and the other failed");
    public static final MetricDescriptor SPLIT_SECONDS = seconds("recording.sessions.split.seconds",
            "call-seconds of the sessions split over two recorders");
    public static final MetricDescriptor HALF_RECORDED_SECONDS = seconds("recording.sessions.halfRecorded.seconds",
            "call-seconds of the sessions with only one leg recorded");
    public static final CounterMetric FAILED_FOR = sessions("recording.failed.<reason>",
            "recording sessions that failed for this reason (the last trunk's refusal after route advance)");
    public static final MetricDescriptor REJECTED_FOR = GROUP.total("recording.rejected.<reason>", "attempts",
            RECORDING, "attempts a trunk or its destination refused for this reason, route advance included (R20)");
    public static final CounterMetric ROUTE_ADVANCES = GROUP.counter("recording.routeAdvances", "attempts",
            RECORDING, "times a refused session was offered to the next trunk of its route list (R17, R20)");
    public static final CounterMetric COPIES_ESTABLISHED = copies("recording.copies.established",
            "copies admitted by recorders (one per direct session, one per forked recorder through CUBE)");
    public static final CounterMetric COPIES_FAILED = copies("recording.copies.failed",
            "copies a forked recorder refused while their session stood; with the established copies, a CUBE's"
                    + " recorders for every session set up through it (R10)");
    public static final CounterMetric COPIES_CUT = copies("recording.copies.cut", "copies cut by failures");
    public static final MetricDescriptor REDUNDANT_SHARE = share("recording.redundantShare",
            "ended sessions that had two or more complete copies (R13: recorded from the session's start to its end,"
                    + " neither cut nor late for their recorder's answer, R10), of all ended");
    public static final MetricDescriptor LOST_SECONDS = seconds("recording.lostSeconds",
            "seconds of recording lost: by copies cut by failures and by forked copies whose recorder answered after"
                    + " their session's media started (R10; both counted when their session ends), and by sessions"
                    + " waiting to be set up (in set-up queues, and on INVITEs that timed out before route advance)");
    public static final MetricDescriptor SETUP_LOST_SECONDS = seconds("recording.lostSeconds.setup",
            "call-seconds of media not recorded while recording calls waited in set-up queues (F6)");
    public static final MetricDescriptor FAILURE_LOST_SECONDS = seconds("failure.<element>.<n>.lostSeconds",
            "recorded seconds lost to the n-th failure window of an element (<element> is recorder, cube, trunk or"
                    + " link and its id, e.g. recorder.rec-a): cut copies, and sessions that waited on unanswered"
                    + " INVITEs before route advance");
    public static final MetricDescriptor BLOCKING_PROBABILITY = share("recording.blockingProbability",
            "failed sessions of requested sessions");
    public static final CounterMetric PHONE_SOURCED = sessions("recording.mediaSource.phone",
            "established sessions forked by the phone's built-in bridge (R7, R14)");
    public static final CounterMetric GATEWAY_SOURCED = sessions("recording.mediaSource.gateway",
            "established sessions forked by a gateway (R8, R14)");
    public static final MetricDescriptor FALLBACK = GROUP.total("recording.mediaSource.fallback", "sessions",
            RECORDING, "established sessions whose media source was a fallback (R15)");
    public static final MetricDescriptor FALLBACK_STEP = GROUP.total("recording.mediaSource.fallbackStep.<step>",
            "sessions", RECORDING,
            "established sessions that fell back this many places (1 or 2) down Table 2's order");
    public static final MetricDescriptor COVERAGE = share("recording.coverage",
            "recorded call-seconds of the call-seconds meant to be recorded");
    public static final MetricDescriptor RECORDED_SECONDS = seconds("recording.recordedSeconds",
            "call-seconds with recorded media flowing to at least one recorder; the numerator of coverage");
    public static final MetricDescriptor RECORDABLE_SECONDS = seconds("recording.recordableSeconds",
            "call-seconds of the legs meant to be recorded; the denominator of coverage");
    public static final MetricDescriptor RECORDED_CALLS = GROUP.scalar("recording.calls.mean", "calls",
            MetricKind.LEVEL_MEAN, RECORDING, MetricDirection.NONE, Aggregation.TIME_WEIGHTED_MEAN,
            "calls whose recorded media flows to at least one recorder, time-weighted mean");

    private RecordingMetrics()
    {
    }

    /** A count of recording sessions, over the window and per interval. */
    private static CounterMetric sessions(final String pattern, final String meaning)
    {
        return GROUP.counter(pattern, "sessions", RECORDING, meaning);
    }

    /** A count of copies (one per recorder a session reaches), over the window and per interval. */
    private static CounterMetric copies(final String pattern, final String meaning)
    {
        return GROUP.counter(pattern, "copies", RECORDING, meaning);
    }

    /** Seconds summed over the window. */
    private static MetricDescriptor seconds(final String pattern, final String meaning)
    {
        return GROUP.total(pattern, "s", RECORDING, meaning);
    }

    /** A share in [0, 1]: its numerator over its denominator, undefined when that is 0. */
    private static MetricDescriptor share(final String pattern, final String meaning)
    {
        return GROUP.ratio(pattern, RECORDING, MetricDirection.NONE, SHARE, meaning);
    }
}
