package forkcast.models.recording;

import java.util.List;
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
 * unanswered, advances the route list when the timeout expires: {@link SessionSetUp}). Every leg of a call on an
 * agent's line records by that line's rules (F8). Hold ends a phone-forked session and resume restarts it (R35); a
 * gateway-forked session records on through the hold (F5); consults and transfers end the session and later ones
 * restart it (F3). Failure windows cut copies ({@link FailureWindows}).
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
     * @param groups the agent groups, whose sessions are counted per line and per answered call
     */
    public RecordingOrchestrator(final SimContext context, final Map<String, RecordingRoute> routeByProfile,
            final MediaNetwork network, final BhccAccount bhcc, final CtiAccount cti, final double setupDelay,
            final CallTrace trace, final TonePlan tones, final List<AgentGroup> groups)
    {
        this.context = context;
        this.routeByProfile = Map.copyOf(routeByProfile);
        this.bhcc = bhcc;
        this.cti = cti;
        this.setupDelay = setupDelay;
        this.tones = tones;
        this.trace = new RecordingTrace(trace);
        this.statistics = new RecordingStatistics(context.window(), groups);
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
            AgentGroup line = call.group();
            call.recordingTimer(this.context.scheduleIn(call.selectiveDelay(), () -> selectiveStart(call, line)));
        }
    }

    /** R3, R4: someone asks for the selected call to be recorded on {@code line}, where it connected. */
    private void selectiveStart(final Call call, final AgentGroup line)
    {
        call.recordingTimer(null);
        double now = this.context.now();
        SelectiveTrigger trigger = line.config().selective().trigger();
        this.trace.requestedBy(now, call, CallEvent.RECORDING_START_REQUESTED, trigger);
        if (call.state() != Call.State.CONNECTED || call.group() != line)
        {
            // F4: startRecording works on a connected call; R4: the Record key only in the Connected state
            this.statistics.requested().increment(now);
            fail(call, now, RejectReason.CALL_NOT_CONNECTED);
            return;
        }
        if (trigger == SelectiveTrigger.AGENT && line.config().phone().recordKey() == RecordKey.NONE)
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
            call.recordingTimer(this.context.scheduleIn(call.stopAfter(), () -> selectiveStop(call, line)));
        }
    }

    /**
     * R3, R4, F4: the one who started it stops the recording (stopRecording); the rest of the call is not recorded.
     * A call transferred away from {@code line} meanwhile has no recording there left to stop.
     */
    private void selectiveStop(final Call call, final AgentGroup line)
    {
        call.recordingTimer(null);
        if (call.group() != line)
        {
            return;
        }
        double now = this.context.now();
        SelectiveTrigger trigger = line.config().selective().trigger();
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

    /**
     * F5: a session forked by a gateway records on through the hold, since the gateway stays in the media path (the
     * TAPI developer guide's sequence charts show no recording event for hold and resume with gateway forking): no
     * new session, no BHCC, no CTI event; a recording call still hunting the route list goes on hunting. R35: a
     * phone-forked session (or none, or one a failure cut) ends.
     */
    @Override
    public boolean callHeld(final Call call)
    {
        if (call.recording() instanceof CallSessions request && request.goesOnOverHold())
        {
            return true;
        }
        sessionInterrupted(call);
        return false;
    }

    /** R35, F3: whether a session was running is kept, so that a selectively recorded call is recorded again after. */
    @Override
    public void sessionInterrupted(final Call call)
    {
        call.wasRecording(endSession(call));
    }

    /**
     * R35, F3: a leg meant to be recorded gets a new session: always on an automatically recorded line, on a selective
     * one if the call was being recorded.
     */
    @Override
    public void sessionResumed(final Call call)
    {
        RecordingOption option = call.group().config().line().recording();
        if (call.recordable()
                && (option == RecordingOption.AUTOMATIC || option == RecordingOption.SELECTIVE && call.wasRecording()))
        {
            requestSession(call);
        }
    }

    /**
     * F3, R32, F8: each consult leg is recorded by its agent's line: on an automatically recorded line always; on a
     * selective one only if the agent presses Record at its start (which needs the key, R25).
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
            this.trace.record(now, consult, CallEvent.RECORDING_START_REQUESTED, "agent (consult, R32)");
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
        CallSessions request = new CallSessions(call, source, MediaSourceChoice.site(call, source),
                MediaSourceChoice.offersEarly(call, source), now);
        // R5, R20: the near-end and the far-end recording calls are two calls; each hunts the route list
        request.hunt(RecordingSession.NEAR_END, new SessionSetUp(request, route, RecordingSession.NEAR_END));
        request.hunt(RecordingSession.FAR_END, new SessionSetUp(request, route, RecordingSession.FAR_END));
        call.recording(request);
        Admission near = this.hunt.hunt(request.hunt(RecordingSession.NEAR_END), null, now);
        Admission far = this.hunt.hunt(request.hunt(RecordingSession.FAR_END),
                near instanceof RecordingSession s ? s : null, now);
        answered(request, RecordingSession.NEAR_END, near, now);
        answered(request, RecordingSession.FAR_END, far, now);
        settle(request, now);
    }

    /** A leg's hunt answered: wait for an INVITE's timeout, or note the leg's session or refusal. */
    private void answered(final CallSessions request, final int leg, final Admission answer, final double now)
    {
        SessionSetUp setUp = request.hunt(leg);
        if (answer == null)
        {
            setUp.timeout(this.context.scheduleIn(setUp.waitingOn().timers().inviteTimeout(), () -> timedOut(setUp)));
        }
        else if (answer instanceof RejectReason refused)
        {
            request.refused(leg, refused);
        }
        else
        {
            request.admitted(leg, (RecordingSession) answer);
            // the seconds spent on INVITEs that timed out before a trunk answered are not recorded (half a call each)
            double waited = (now - request.requestedAt()) / Recorder.STREAMS_PER_SESSION;
            this.statistics.lostSeconds().add(now, waited);
            this.statistics.setupLostSeconds().add(now, waited);
            setUp.chargeOutages(now, 1.0 / Recorder.STREAMS_PER_SESSION);
        }
    }

    private void timedOut(final SessionSetUp setUp)
    {
        setUp.timeout(null);
        double now = this.context.now();
        CallSessions request = setUp.request();
        // the other leg, set up on a trunk at this same instant, takes this one too when it lands there
        RecordingSession other = request.leg(1 - setUp.leg());
        RecordingSession partner = other != null && other.establishedAt() == now && !other.lost() ? other : null;
        answered(request, setUp.leg(), this.hunt.timedOut(setUp, partner, now), now);
        settle(request, now);
    }

    /**
     * Announce the legs admitted now (the first one establishes the request: R6, F4, R24), start their media after
     * their set-up wait and the cluster's delay, and once both legs have their answer, count a failed, split or half
     * recorded request.
     */
    private void settle(final CallSessions request, final double now)
    {
        Call call = request.call();
        RecordingSession near = fresh(request, RecordingSession.NEAR_END);
        RecordingSession far = fresh(request, RecordingSession.FAR_END);
        RecordingSession second = near != null && far != null && far != near ? far : null;
        if (near != null || far != null)
        {
            RecordingSession first = near != null ? near : far;
            boolean establishes = !request.established();
            if (establishes)
            {
                request.establishedAt(now);
                established(call, first, second, request.source(), now);
            }
            for (int leg = 0; leg < 2; leg++)
            {
                RecordingSession s = leg == 0 ? near : far;
                if (s != null)
                {
                    this.bhcc.recordingCallSetUp(now); // R6: each recording call counts
                    this.trace.recordingCall(now, call, leg);
                    request.announce(leg);
                    // a leg's copies are half copies of the call
                    this.statistics.copiesEstablished().add(now,
                            (double) s.copies().length / Recorder.STREAMS_PER_SESSION);
                    if (!s.started())
                    {
                        start(call, s, request, now);
                    }
                }
            }
            if (establishes)
            {
                this.tones.recordingStarted(call, request.source().source(), now); // R24, after the recording calls
            }
        }
        if (!request.resolved(RecordingSession.NEAR_END) || !request.resolved(RecordingSession.FAR_END))
        {
            return;
        }
        if (!request.established())
        {
            call.recording(null);
            fail(call, now, request.lastRefusal());
        }
        else if (request.halfRecorded())
        {
            this.statistics.halfRecorded().increment(now);
        }
        else if (request.split())
        {
            this.statistics.split().increment(now);
        }
    }

    /** @return the leg's session when the leg was admitted and not announced yet, else null */
    private static RecordingSession fresh(final CallSessions request, final int leg)
    {
        RecordingSession s = request.leg(leg);
        return s != null && !request.announced(leg) ? s : null;
    }

    /** F6: media flows once the set-up queue has taken the recording calls up, after the cluster's set-up delay. */
    private void start(final Call call, final RecordingSession session, final CallSessions request, final double now)
    {
        session.sourceGateway(MediaSourceChoice.gateway(call, request.source()));
        session.establishedAt(now);
        this.failures.sessionEstablished(session);
        session.mediaStart(this.context.scheduleIn(session.setupWait() + this.setupDelay, () -> startMedia(session)));
    }

    /** R6, F4: what an established request counts. */
    private void established(final Call call, final RecordingSession first, final RecordingSession second,
            final MediaSourceSelector.Selection source, final double now)
    {
        this.statistics.established().increment(now);
        this.statistics.establishedOn(call.group(), call.source().group(), now);
        (source.source() == MediaSource.PHONE ? this.statistics.phoneSourced() : this.statistics.gatewaySourced())
                .increment(now);
        if (source.fallback())
        {
            this.statistics.fallback().increment(now);
            this.statistics.fallbackStep(source.step()).increment(now);
        }
        if (call.group().config().line().ctiMonitored())
        {
            this.cti.recordingStarted(now);
        }
        this.trace.established(now, call, first, second, source);
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
        if (!(call.recording() instanceof CallSessions request))
        {
            return false;
        }
        double now = this.context.now();
        call.recording(null);
        for (int leg = 0; leg < 2; leg++)
        {
            SessionSetUp setUp = request.hunt(leg);
            if (setUp.timeout() != null)
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
            fail(call, now, RejectReason.SETUP_CANCELLED);
            return false;
        }
        RecordingSession near = request.leg(RecordingSession.NEAR_END);
        RecordingSession far = request.leg(RecordingSession.FAR_END);
        boolean redundant = true;
        for (RecordingSession session : new RecordingSession[] {near, far == near ? null : far})
        {
            if (session != null)
            {
                end(session, now);
                redundant &= session.liveCopies() >= 2;
            }
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
        this.failures.sessionEnded(session);
        session.become(RecordingSession.Phase.ENDED);
        double queued = session.queueLostSeconds(now);
        this.statistics.lostSeconds().add(now, session.lostSeconds(now) + queued);
        this.statistics.setupLostSeconds().add(now, queued);
        this.trace.atRecorders(now, session, CallEvent.RECORDING_ENDED);
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
