package forkcast.models.recording;

import forkcast.models.calls.Call;
import forkcast.models.calls.CallEvent;
import forkcast.models.cucm.CtiAccount;
import forkcast.sim.SimContext;

/**
 * Ending a call's sessions (release, hold, transfer, consult, selective stop): INVITEs still waiting for their timeout
 * are cancelled, each leg's media stops and what it holds is given back, and the ended session's redundancy (R13),
 * split or half-recorded seconds and lost seconds (cuts and set-up waits, F6) are counted.
 */
final class SessionEnding
{
    private final SimContext context;
    private final CtiAccount cti;
    private final RecordingTrace trace;
    private final RecordingStatistics statistics;
    private final ForkedMedia media;
    private final FailureWindows failures;
    private final RequestFailure failure;

    SessionEnding(final SimContext context, final CtiAccount cti, final RecordingTrace trace,
            final RecordingStatistics statistics, final ForkedMedia media, final FailureWindows failures,
            final RequestFailure failure)
    {
        this.context = context;
        this.cti = cti;
        this.trace = trace;
        this.statistics = statistics;
        this.media = media;
        this.failures = failures;
        this.failure = failure;
    }

    /** @return true when a session was running and has now ended */
    boolean end(final Call call)
    {
        if (!(call.recording() instanceof CallSessions request))
        {
            return false;
        }
        double now = this.context.now();
        call.recording(null);
        for (int leg = 0; leg < 2; leg++)
        {
            SessionSetUp setUp = request.hunt(leg); // null once the leg's hunt has its answer
            if (setUp != null && setUp.timeout() != null)
            {
                // released, held or transferred while an INVITE waited for its timeout
                this.context.cancel(setUp.timeout());
                setUp.timeout(null);
                request.refused(leg, RejectReason.SETUP_CANCELLED);
                if (request.established() && request.halfRecorded())
                {
                    this.statistics.halfRecorded().increment(now);
                }
            }
        }
        if (!request.established())
        {
            this.failure.fail(call, now, RejectReason.SETUP_CANCELLED);
            return false;
        }
        RecordingSession near = request.leg(RecordingSession.NEAR_END);
        RecordingSession far = request.leg(RecordingSession.FAR_END);
        // near first, then far unless both legs are one session (no array for the two: this runs once per call)
        boolean redundant = endAndCheck(near, now);
        if (far != near)
        {
            redundant &= endAndCheck(far, now);
        }
        this.statistics.sessionsEnded().increment(now);
        if (redundant && near != null && far != null)
        {
            this.statistics.sessionsRedundant().increment(now); // R13: at least two complete copies of both legs
        }
        double seconds = now - request.establishedAt();
        if (request.split())
        {
            this.statistics.splitSeconds().add(now, seconds);
        }
        else if (near == null || far == null)
        {
            this.statistics.halfRecordedSeconds().add(now, seconds);
        }
        if (call.group().config().line().ctiMonitored())
        {
            this.cti.recordingEnded(now);
        }
        return true;
    }

    /**
     * @return whether the session, when there is one, had two complete copies (R13) as it ended: copies that recorded
     *         it from its start to its end, neither cut nor late (R10)
     */
    private boolean endAndCheck(final RecordingSession session, final double now)
    {
        if (session == null)
        {
            return true;
        }
        end(session, now);
        return SessionCopies.complete(session.copies()) >= 2;
    }

    /** One session (both legs, or one) ends: its media stops and what it holds is given back. */
    private void end(final RecordingSession session, final double now)
    {
        if (!session.lost())
        {
            if (session.recording())
            {
                this.media.stop(session, now);
                this.trace.atRecorders(now, session, CallEvent.MEDIA_STOPPED);
            }
            session.giveBack(now);
        }
        if (session.mediaStart() != null)
        {
            this.context.cancel(session.mediaStart());
            session.mediaStart(null);
        }
        for (Copy copy : session.copies())
        {
            if (copy.start() != null)
            {
                this.context.cancel(copy.start()); // its recorder would answer after the call ended: it never starts
                copy.startCancelled();
            }
        }
        this.failures.sessionEnded(session);
        session.become(SessionPhase.ENDED);
        double queued = session.queueLostSeconds(now);
        this.statistics.lostSeconds().add(now, session.lostSeconds(now) + queued);
        this.statistics.setupLostSeconds().add(now, queued);
        this.trace.atRecorders(now, session, CallEvent.RECORDING_ENDED);
    }
}
