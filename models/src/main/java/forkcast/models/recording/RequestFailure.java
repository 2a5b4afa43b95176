package forkcast.models.recording;

import forkcast.models.calls.Call;
import forkcast.models.calls.CallEvent;
import forkcast.models.cucm.CtiAccount;

/** What a failed session request counts: the failure by reason, the trace and, on a CTI-monitored line, F4's event. */
final class RequestFailure
{
    private final RecordingStatistics statistics;
    private final RecordingTrace trace;
    private final CtiAccount cti;

    RequestFailure(final RecordingStatistics statistics, final RecordingTrace trace, final CtiAccount cti)
    {
        this.statistics = statistics;
        this.trace = trace;
        this.cti = cti;
    }

    void fail(final Call call, final double now, final RejectReason reason)
    {
        this.statistics.failed(call, now, reason);
        this.trace.record(now, call, CallEvent.RECORDING_FAILED, reason.key());
        if (call.group().config().line().ctiMonitored())
        {
            this.cti.recordingFailed(now);
        }
    }
}
