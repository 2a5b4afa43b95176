package forkcast.models.recording;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Call;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.CallTrace;
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
 * startRecording), it requests a session ({@link SessionRequests}): the media source is chosen
 * ({@link MediaSourceChoice}), the line's recording profile is hunted ({@link RouteHunt}, {@link TrunkAdmission}), and
 * an established session counts two recording calls in BHCC (R6) and, on a CTI-monitored line, a recording-started
 * event (F4); media flows after the cluster's set-up delay once the destination's set-up queue has taken the
 * recording calls up (F6,
 * {@link SetupQueue}; an INVITE that would wait past the trunk's timeout, or that a failed destination leaves
 * unanswered, advances the route list when the timeout expires: {@link SessionSetUp}). Every leg of a call on an
 * agent's line records by that line's rules (F8). Hold ends a phone-forked session and resume restarts it (R35); a
 * gateway-forked session records on through the hold (F5); consults and transfers end the session and later ones
 * restart it (F3); ending a session is {@link SessionEnding}. Failure windows cut copies ({@link FailureWindows}).
 */
public final class RecordingOrchestrator implements RecordingFunction
{
    /** R21: a line with MLPP needs a busy trigger of at least 3 for recording. */
    public static final int MIN_MLPP_BUSY_TRIGGER = 3;

    private final SimContext context;
    private final CtiAccount cti;
    private final RecordingTrace trace;
    private final RecordingStatistics statistics;
    private final FailureWindows failures;
    private final RequestFailure failure;
    private final SessionRequests requests;
    private final SessionEnding ending;
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
        this.cti = cti;
        this.trace = new RecordingTrace(trace);
        this.statistics = new RecordingStatistics(context.window(), groups);
        ForkedMedia media = new ForkedMedia(network, this.statistics);
        this.failures = new FailureWindows(context, network, media, this.statistics, this.trace);
        RouteHunt hunt = new RouteHunt(new TrunkAdmission(network), this.statistics, this.trace,
                this.failures);
        this.failure = new RequestFailure(this.statistics, this.trace, cti);
        this.requests = new SessionRequests(context, Map.copyOf(routeByProfile), bhcc, cti, setupDelay, tones,
                this.trace, this.statistics, hunt, media, this.failures, this.failure);
        this.ending = new SessionEnding(context, cti, this.trace, this.statistics, media, this.failures, this.failure);
    }

    /**
     * A call connected on a line: R2, an automatically recorded line starts its session now; R3, R4, on a selectively
     * recorded line the selected calls get a start request after their delay.
     */
    @Override
    public void callConnected(final Call call)
    {
        RecordingOption option = call.recordingOption();
        if (option == RecordingOption.AUTOMATIC)
        {
            this.requests.request(call);
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
            this.statistics.requested(call, now);
            this.failure.fail(call, now, RejectReason.CALL_NOT_CONNECTED);
            return;
        }
        if (trigger == SelectiveTrigger.AGENT && line.config().phone().recordKey() == RecordKey.NONE)
        {
            this.statistics.requested(call, now);
            this.failure.fail(call, now, RejectReason.NO_RECORD_KEY); // R25: nothing to press
            return;
        }
        if (trigger.viaCti())
        {
            this.cti.recordingStartRequested(now); // F4: startRecording and its response
        }
        this.requests.request(call);
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
        this.ending.end(call);
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
        call.wasRecording(this.ending.end(call));
    }

    /**
     * R35, F3: a leg meant to be recorded gets a new session: always on an automatically recorded line, on a selective
     * one if the call was being recorded.
     */
    @Override
    public void sessionResumed(final Call call)
    {
        RecordingOption option = call.recordingOption();
        if (call.recordable()
                && (option == RecordingOption.AUTOMATIC || option == RecordingOption.SELECTIVE && call.wasRecording()))
        {
            this.requests.request(call);
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
            this.requests.request(consult);
        }
        else if (option == RecordingOption.SELECTIVE && consult.selected())
        {
            double now = this.context.now();
            this.trace.record(now, consult, CallEvent.RECORDING_START_REQUESTED, "agent (consult, R32)");
            if (group.config().phone().recordKey() == RecordKey.NONE)
            {
                this.statistics.requested(consult, now);
                this.failure.fail(consult, now, RejectReason.NO_RECORD_KEY);
                return;
            }
            this.requests.request(consult);
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
        this.ending.end(call);
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
