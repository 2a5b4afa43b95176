package forkcast.models;

import forkcast.models.metrics.RecordingMetrics;
import forkcast.models.recording.Outage;
import forkcast.models.recording.RecordingStatistics;
import forkcast.models.recording.RejectReason;
import forkcast.sim.ReplicationOutput;

/** Publishes what the recording function counted against {@link RecordingMetrics}. */
final class RecordingFigures
{
    private RecordingFigures()
    {
    }

    static void publish(final ReplicationOutput out, final Equipment equipment)
    {
        RecordingStatistics rec = equipment.recording().statistics();
        out.put(RecordingMetrics.REQUESTED, rec.requested());
        out.put(RecordingMetrics.ESTABLISHED, rec.established());
        out.put(RecordingMetrics.FAILED, rec.failed());
        out.put(RecordingMetrics.SPLIT, rec.split());
        out.put(RecordingMetrics.HALF_RECORDED, rec.halfRecorded());
        out.put(RecordingMetrics.SPLIT_SECONDS.of(), rec.splitSeconds().total());
        out.put(RecordingMetrics.HALF_RECORDED_SECONDS.of(), rec.halfRecordedSeconds().total());
        for (RejectReason reason : RejectReason.values())
        {
            out.put(RecordingMetrics.FAILED_FOR, rec.failed(reason), reason.key());
        }
        for (RejectReason reason : RejectReason.values())
        {
            out.put(RecordingMetrics.REJECTED_FOR.of(reason.key()), rec.rejected(reason).total());
        }
        out.put(RecordingMetrics.ROUTE_ADVANCES, rec.routeAdvances());
        out.put(RecordingMetrics.COPIES_ESTABLISHED, rec.copiesEstablished());
        out.put(RecordingMetrics.COPIES_FAILED, rec.copiesFailed());
        out.put(RecordingMetrics.COPIES_CUT, rec.copiesCut());
        out.put(RecordingMetrics.REDUNDANT_SHARE.of(),
                ratio(rec.sessionsRedundant().total(), rec.sessionsEnded().total()));
        out.put(RecordingMetrics.LOST_SECONDS.of(), rec.lostSeconds().total());
        out.put(RecordingMetrics.SETUP_LOST_SECONDS.of(), rec.setupLostSeconds().total());
        for (Outage o : equipment.recording().failures().outages())
        {
            out.put(RecordingMetrics.FAILURE_LOST_SECONDS.of(o.element(), Integer.toString(o.number())),
                    o.lostSeconds());
        }
        out.put(RecordingMetrics.BLOCKING_PROBABILITY.of(), ratio(rec.failed().total(), rec.requested().total()));
        out.put(RecordingMetrics.PHONE_SOURCED, rec.phoneSourced());
        out.put(RecordingMetrics.GATEWAY_SOURCED, rec.gatewaySourced());
        out.put(RecordingMetrics.FALLBACK.of(), rec.fallback().total());
        for (int step = 1; step <= 2; step++)
        {
            out.put(RecordingMetrics.FALLBACK_STEP.of(Integer.toString(step)), rec.fallbackStep(step).total());
        }
        double recordable = equipment.callControl().counters().recordableCalls().integral();
        out.put(RecordingMetrics.COVERAGE.of(), ratio(rec.recordedCalls().integral(), recordable));
        out.put(RecordingMetrics.RECORDED_SECONDS.of(), rec.recordedCalls().integral());
        out.put(RecordingMetrics.RECORDABLE_SECONDS.of(), recordable);
        out.put(RecordingMetrics.RECORDED_CALLS.of(), rec.recordedCalls().mean());
    }

    /** @return a / b, or NaN (undefined in this replication) when b is 0; shared by the figures of this package */
    static double ratio(final double a, final double b)
    {
        return b == 0 ? Double.NaN : a / b;
    }
}
