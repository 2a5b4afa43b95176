package forkcast.models.recording;

import java.util.Map;
import java.util.function.Consumer;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Call;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.CallTrace;
import forkcast.models.calls.MediaSource;
import forkcast.models.calls.RecordKey;
import forkcast.models.calls.RecordingOption;
import forkcast.models.calls.SelectiveTrigger;
import forkcast.models.cucm.BhccAccount;
import forkcast.models.cucm.CtiAccount;
import forkcast.models.cucm.RecordingFunction;
import forkcast.models.cucm.TonePlan;
import forkcast.models.network.MediaNetwork;
import forkcast.sim.SimContext;

/**
 * CUCM's recording function: when a session is asked for, and what an established or ended session counts. When a
 * call on an automatically recorded line connects (R2), or when a selective start request comes for a call on a
 * selectively recorded line (R3 supervisor or recorder through CTI, R4 the agent by key or desktop; F4
 * startRecording), it requests a session: the media source is chosen ({@link MediaSourceChoice}), the line's
 * recording profile is hunted ({@link RouteHunt}, {@link TrunkAdmission}), and an established session counts two
 * recording calls in BHCC (R6) and, on a CTI-monitored line, a recording-started event (F4); media flows after the
 * cluster's set-up delay once the destination's set-up queue has taken the recording calls up (F6,
 * {@link SetupQueue}; an INVITE that would wait past the trunk's timeout, or that a failed destination leaves
 * unanswered, advances the route list when the timeout expires: {@link SessionSetUp}). Hold, consults and transfers
 * end the session and later ones restart it
 * (R35, F3). Failure windows cut copies ({@link FailureWindows}).
 */
public final class RecordingOrchestrator implements RecordingFunction
{
    /** R21: a line with MLPP needs a busy trigger of at least 3 for recording. */
    public static final int MIN_MLPP_BUSY_TRIGGER = 3;

    private final SimContext context;
    private final Map<String, RecordingRoute> routeByProfile;
    private final BhccAccount bhcc;
    private final CtiAccount cti;
    private final double setupDelay;
    private final TonePlan tones;
    private final RecordingTrace trace;
    private final RecordingStatistics statistics;
    private final RouteHunt hunt;
    private final ForkedMedia media;
    private final FailureWindows failures;
    private Consumer<Call> stopListener;

    /**
     * @param routeByProfile each recording profile's trunk or route list (R17, R20)
     * @param setupDelay seconds from request to media flowing
     * @param trace receives the calls' recording events; null for none
     */
    public RecordingOrchestrator(final SimContext context, final Map<String, RecordingRoute> routeByProfile,
            final MediaNetwork network, final BhccAccount bhcc, final CtiAccount cti, final double setupDelay,
            final CallTrace trace, final TonePlan tones)
    {
        this.context = context;
        this.routeByProfile = Map.copyOf(routeByProfile);
        this.bhcc = bhcc;
        this.cti = cti;
        this.setupDelay = setupDelay;
        this.tones = tones;
        this.trace = new RecordingTrace(trace);
        this.statistics = new RecordingStatistics(context.window());
        this.media = new ForkedMedia(network, this.statistics);
        this.failures = new FailureWindows(context, network, this.media, this.statistics, this.trace);
        this.hunt = new RouteHunt(new TrunkAdmission(network, this.statistics), this.statistics, this.trace,
                this.failures);
    }

    // ---- when sessions are asked for ------------------------------------------------------------------------------

    /**
     * A call connected on a line: R2, an automatically recorded line starts its session now; R3, R4, on a selectively
     * recorded line the selected calls get a start request after their delay.
     */
    @Override
    public void callConnected(final Call call)
    {
        RecordingOption option = call.group().config().line().recording();
        if (option == RecordingOption.AUTOMATIC)
        {
            requestSession(call);
        }
        else if (option == RecordingOption.SELECTIVE && call.selected())
        {
            call.recordingTimer(this.context.scheduleIn(call.selectiveDelay(), () -> selectiveStart(call)));
        }
    }

    /** R3, R4: someone asks for the selected call to be recorded. */
    private void selectiveStart(final Call call)
    {
        call.recordingTimer(null);
        double now = this.context.now();
        AgentGroup group = call.group();
        SelectiveTrigger trigger = group.config().selective().trigger();
        this.trace.requestedBy(now, call, CallEvent.RECORDING_START_REQUESTED, trigger);
        if (call.state() != Call.State.CONNECTED)
        {
            // F4: startRecording works on a connected call; R4: the Record key only in the Connected state
            this.statistics.requested().increment(now);
            fail(call, now, RejectReason.CALL_NOT_CONNECTED);
            return;
        }
        if (trigger == SelectiveTrigger.AGENT && group.config().phone().recordKey() == RecordKey.NONE)
        {
            this.statistics.requested().increment(now);
            fail(call, now, RejectReason.NO_RECORD_KEY); // R25: nothing to press
            return;
        }
        if (trigger.viaCti())
        {
            this.cti.recordingStartRequested(now); // F4: startRecording and its response
        }
        requestSession(call);
        if (trigger.userRecording() && call.recording() != null)
        {
            this.trace.record(now, call, CallEvent.RECORDING_INDICATED, "phone shows recording (R4)");
        }
        if (!Double.isNaN(call.stopAfter()))
        {
            call.recordingTimer(this.context.scheduleIn(call.stopAfter(), () -> selectiveStop(call)));
        }
    }

    /** R3, R4, F4: the one who started it stops the recording (stopRecording); the rest of the call is not recorded. */
    private void selectiveStop(final Call call)
    {
        call.recordingTimer(null);
        double now = this.context.now();
        SelectiveTrigger trigger = call.group().config().selective().trigger();
        this.trace.requestedBy(now, call, CallEvent.RECORDING_STOP_REQUESTED, trigger);
        if (trigger.viaCti())
        {
            this.cti.recordingStopRequested(now);
        }
        endSession(call);
        call.wasRecording(false); // a later resume or transfer does not restart it
        if (this.stopListener != null)
        {
            this.stopListener.accept(call);
        }
    }

    @Override
    public void onRecordingStopped(final Consumer<Call> listener)
    {
        this.stopListener = listener;
    }

    /** R35, F3: whether a session was running is kept, so that a selectively recorded call is recorded again after. */
    @Override
    public void sessionInterrupted(final Call call)
    {
        call.wasRecording(endSession(call));
    }

    /** R35, F3: always on an automatically recorded line, on a selective one if the call was being recorded. */
    @Override
    public void sessionResumed(final Call call)
    {
        RecordingOption option = call.group().config().line().recording();
        if (option == RecordingOption.AUTOMATIC || option == RecordingOption.SELECTIVE && call.wasRecording())
        {
            requestSession(call);
        }
    }

    /**
     * F3, R32: on an automatically recorded line the consult call is recorded; on a selective one only if the agent
     * presses Record at its start (which needs the key, R25).
     */
    @Override
    public void consultConnected(final Call call, final Call consult)
    {
        AgentGroup group = consult.group();
        RecordingOption option = group.config().line().recording();
        if (option == RecordingOption.AUTOMATIC)
        {
            requestSession(consult);
        }
        else if (option == RecordingOption.SELECTIVE && consult.selected())
        {
            double now = this.context.now();
            this.trace.record(now, call, CallEvent.RECORDING_START_REQUESTED, "agent (consult, R32)");
            if (group.config().phone().recordKey() == RecordKey.NONE)
            {
                this.statistics.requested().increment(now);
                fail(consult, now, RejectReason.NO_RECORD_KEY);
                return;
            }
            requestSession(consult);
        }
    }

    /** Cancel a pending selective start, stop the media and end both recording calls. */
    @Override
    public void callReleased(final Call call)
    {
        if (call.recordingTimer() != null)
        {
            this.context.cancel(call.recordingTimer()); // released before the selective start came
            call.recordingTimer(null);
        }
        endSession(call);
    }

    // ---- setting a session up and ending it -----------------------------------------------------------------------

    private void requestSession(final Call call)
    {
        double now = this.context.now();
        this.statistics.requested().increment(now);
        AgentGroup group = call.group();
        this.trace.record(now, call, CallEvent.RECORDING_REQUESTED, group.config().line().profile());
        if (group.config().line().mlpp() && group.config().line().busyTrigger() < MIN_MLPP_BUSY_TRIGGER)
        {
            fail(call, now, RejectReason.MLPP_BUSY_TRIGGER);
            return;
        }
        RecordingRoute route = this.routeByProfile.get(group.config().line().profile());
        MediaSourceSelector.Selection source = MediaSourceChoice.choose(call, route);
        if (source == null)
        {
            fail(call, now, RejectReason.NO_MEDIA_SOURCE);
            return;
        }
        SessionSetUp setUp = new SessionSetUp(call, route, source, MediaSourceChoice.site(call, source),
                MediaSourceChoice.offersEarly(call, source), now);
        proceed(setUp, this.hunt.hunt(setUp, now), now);
    }

    /** The hunt answered: wait for an INVITE's timeout, fail, or establish the session. */
    private void proceed(final SessionSetUp setUp, final Admission answer, final double now)
    {
        Call call = setUp.call();
        if (answer == null)
        {
            call.recording(setUp);
            setUp.timeout(this.context.scheduleIn(setUp.waitingOn().timers().inviteTimeout(), () -> timedOut(setUp)));
            return;
        }
        if (call.recording() == setUp)
        {
            call.recording(null);
        }
        if (answer instanceof RejectReason refused)
        {
            fail(call, now, refused);
            return;
        }
        RecordingSession session = (RecordingSession) answer;
        // the seconds spent on INVITEs that timed out before this trunk answered are not recorded
        double waited = now - setUp.requestedAt();
        this.statistics.lostSeconds().add(now, waited);
        this.statistics.setupLostSeconds().add(now, waited);
        setUp.chargeOutages(now);
        established(call, session, setUp.source(), now);
        session.sourceGateway(MediaSourceChoice.gateway(call, setUp.source()));
        session.establishedAt(now);
        call.recording(session);
        this.failures.sessionEstablished(session);
        // F6: media flows once the set-up queue has taken the recording calls up, after the cluster's set-up delay
        session.mediaStart(this.context.scheduleIn(session.setupWait() + this.setupDelay, () -> startMedia(session)));
    }

    private void timedOut(final SessionSetUp setUp)
    {
        setUp.timeout(null);
        double now = this.context.now();
        proceed(setUp, this.hunt.timedOut(setUp, now), now);
    }

    /** R6, F4, R24: what an established session counts, and its tones. */
    private void established(final Call call, final RecordingSession session,
            final MediaSourceSelector.Selection source, final double now)
    {
        this.statistics.established().increment(now);
        (source.source() == MediaSource.PHONE ? this.statistics.phoneSourced() : this.statistics.gatewaySourced())
                .increment(now);
        if (source.fallback())
        {
            this.statistics.fallback().increment(now);
            this.statistics.fallbackStep(source.step()).increment(now);
        }
        this.statistics.copiesEstablished().add(now, session.copies().length);
        this.bhcc.recordingSessionSetUp(now);
        if (call.group().config().line().ctiMonitored())
        {
            this.cti.recordingStarted(now);
        }
        this.trace.established(now, call, session, source);
        this.tones.recordingStarted(call, source.source(), now);
    }

    private void fail(final Call call, final double now, final RejectReason reason)
    {
        this.statistics.failed(now, reason);
        this.trace.record(now, call, CallEvent.RECORDING_FAILED, reason.key());
        if (call.group().config().line().ctiMonitored())
        {
            this.cti.recordingFailed(now);
        }
    }

    private void startMedia(final RecordingSession session)
    {
        session.mediaStart(null);
        if (session.lost())
        {
            return; // every copy was cut before media flowed
        }
        session.become(RecordingSession.Phase.RECORDING);
        double now = this.context.now();
        this.media.start(session, now);
        this.trace.atRecorders(now, session, CallEvent.MEDIA_STARTED);
    }

    /** @return true when a session was running and has now ended */
    private boolean endSession(final Call call)
    {
        if (call.recording() instanceof SessionSetUp setUp)
        {
            // released, held or transferred while an INVITE waited for its timeout
            this.context.cancel(setUp.timeout());
            call.recording(null);
            fail(call, this.context.now(), RejectReason.SETUP_CANCELLED);
            return false;
        }
        RecordingSession session = (RecordingSession) call.recording();
        if (session == null)
        {
            return false;
        }
        double now = this.context.now();
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
        this.failures.sessionEnded(session);
        session.become(RecordingSession.Phase.ENDED);
        this.statistics.sessionsEnded().increment(now);
        if (session.liveCopies() >= 2)
        {
            this.statistics.sessionsRedundant().increment(now); // R13: at least two complete copies
        }
        double queued = session.queueLostSeconds(now);
        this.statistics.lostSeconds().add(now, session.lostSeconds(now) + queued);
        this.statistics.setupLostSeconds().add(now, queued);
        if (call.group().config().line().ctiMonitored())
        {
            this.cti.recordingEnded(now);
        }
        call.recording(null);
        this.trace.atRecorders(now, session, CallEvent.RECORDING_ENDED);
        return true;
    }

    /** @return the failure windows of recorders, CUBEs, trunks and links, and their cuts */
    public FailureWindows failures()
    {
        return this.failures;
    }

    public RecordingStatistics statistics()
    {
        return this.statistics;
    }

    public void close()
    {
        this.statistics.close();
    }
}
