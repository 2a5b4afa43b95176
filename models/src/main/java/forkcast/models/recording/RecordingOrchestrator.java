package forkcast.models.recording;

import java.util.EnumMap;
import java.util.Map;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Call;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.CallTrace;
import forkcast.models.calls.RecordKey;
import forkcast.models.calls.SelectiveTrigger;
import forkcast.models.cucm.BhccAccount;
import forkcast.models.cucm.CtiAccount;
import forkcast.models.cucm.TonePlan;
import forkcast.models.media.Codec;
import forkcast.models.media.Layer2;
import forkcast.models.network.MediaNetwork;
import forkcast.sim.SimContext;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * CUCM's recording function. When a call on an automatically recorded line connects (R2), or when a selective start
 * request comes for a call on a selectively recorded line (R3 supervisor or recorder through CTI, R4 the agent by key
 * or desktop; F4 startRecording), it requests a session:
 * picks the media source (R14, R15, R16, R22, R33), follows the line's recording profile to its SIP trunk (R17, R20), takes two
 * dialogs (R5) and has the recorder admit two streams (F6). The first capacity that says no fails the session with
 * its reason, counted. An established session counts two recording calls in BHCC (R6) and, on a CTI-monitored line,
 * a recording-started event (F4); media flows from the source's site to the recorder's after the cluster's set-up
 * delay, and everything is released when the call is.
 */
public final class RecordingOrchestrator
{
    /** R21: a line with MLPP needs a busy trigger of at least 3 for recording. */
    public static final int MIN_MLPP_BUSY_TRIGGER = 3;

    private final SimContext context;
    private final Map<String, SipTrunk> trunkByProfile;
    private final MediaNetwork network;
    private final BhccAccount bhcc;
    private final CtiAccount cti;
    private final double setupDelay;
    private final CallTrace trace;
    private final TonePlan tones;
    private final IntervalCounter requested;
    private final IntervalCounter established;
    private final IntervalCounter failed;
    private final Map<RejectReason, IntervalCounter> failedBy = new EnumMap<>(RejectReason.class);
    private final IntervalCounter phoneSourced;
    private final IntervalCounter gatewaySourced;
    private final IntervalCounter fallback;
    private final IntervalCounter[] fallbackStep = new IntervalCounter[2];
    private final TimeWeightedLevel recordedCalls;
    private final TimeWeightedLevel forkBitsPerSecond;
    private long forkMilliBps;
    private int recordedNow;

    /**
     * @param trunkByProfile each recording profile's trunk (R17, R20)
     * @param setupDelay seconds from request to media flowing
     */
    public RecordingOrchestrator(final SimContext context, final Map<String, SipTrunk> trunkByProfile,
            final MediaNetwork network, final BhccAccount bhcc, final CtiAccount cti, final double setupDelay,
            final CallTrace trace, final TonePlan tones)
    {
        this.trace = trace;
        this.tones = tones;
        this.context = context;
        this.trunkByProfile = Map.copyOf(trunkByProfile);
        this.network = network;
        this.bhcc = bhcc;
        this.cti = cti;
        this.setupDelay = setupDelay;
        this.requested = new IntervalCounter(context.window());
        this.established = new IntervalCounter(context.window());
        this.failed = new IntervalCounter(context.window());
        for (RejectReason reason : RejectReason.values())
        {
            this.failedBy.put(reason, new IntervalCounter(context.window()));
        }
        this.phoneSourced = new IntervalCounter(context.window());
        this.gatewaySourced = new IntervalCounter(context.window());
        this.fallback = new IntervalCounter(context.window());
        for (int i = 0; i < this.fallbackStep.length; i++)
        {
            this.fallbackStep[i] = new IntervalCounter(context.window());
        }
        this.recordedCalls = new TimeWeightedLevel(context.window());
        this.forkBitsPerSecond = new TimeWeightedLevel(context.window());
    }

    /**
     * A call connected on a line: R2, an automatically recorded line starts its session now; R3, R4, on a selectively
     * recorded line the selected calls get a start request after their delay.
     */
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
        trace(now, call, CallEvent.RECORDING_START_REQUESTED, trigger.name().toLowerCase());
        if (call.state() != Call.State.CONNECTED)
        {
            // F4: startRecording works on a connected call; R4: the Record key only in the Connected state
            this.requested.increment(now);
            fail(call, now, RejectReason.CALL_NOT_CONNECTED);
            return;
        }
        if (trigger == SelectiveTrigger.AGENT && group.config().phone().recordKey() == RecordKey.NONE)
        {
            this.requested.increment(now);
            fail(call, now, RejectReason.NO_RECORD_KEY); // R25: nothing to press
            return;
        }
        if (trigger.viaCti())
        {
            this.cti.recordingStartRequested(now); // F4: startRecording and its response
        }
        requestSession(call);
        if (trigger.userRecording() && call.recordingSession() != null)
        {
            trace(now, call, CallEvent.RECORDING_INDICATED, "phone shows recording (R4)");
        }
    }

    private void requestSession(final Call call)
    {
        double now = this.context.now();
        this.requested.increment(now);
        AgentGroup group = call.group();
        trace(now, call, CallEvent.RECORDING_REQUESTED, group.config().line().profile());
        if (group.config().line().mlpp() && group.config().line().busyTrigger() < MIN_MLPP_BUSY_TRIGGER)
        {
            fail(call, now, RejectReason.MLPP_BUSY_TRIGGER);
            return;
        }
        SipTrunk trunk = this.trunkByProfile.get(group.config().line().profile());
        RecorderConfig destination = trunk.recorder().config();
        MediaSourceSelector.Selection source = MediaSourceSelector.select(group.config().line().mediaSource(),
                call.secure(), group.phoneCanFork(destination.secure(), destination.srtpFallback()),
                call.gatewaysCanFork());
        if (source == null)
        {
            fail(call, now, RejectReason.NO_MEDIA_SOURCE);
            return;
        }
        if (!trunk.seize(now))
        {
            fail(call, now, RejectReason.TRUNK_FULL);
            return;
        }
        RejectReason refused = trunk.recorder().admit(now, call.secure());
        if (refused != null)
        {
            trunk.release(now);
            fail(call, now, refused);
            return;
        }
        this.established.increment(now);
        int sourceSite;
        if (source.source() == MediaSource.PHONE)
        {
            this.phoneSourced.increment(now);
            sourceSite = group.siteIndex();
        }
        else
        {
            this.gatewaySourced.increment(now);
            sourceSite = call.gateways().get(source.gateway()).siteIndex();
        }
        if (source.fallback())
        {
            this.fallback.increment(now);
            this.fallbackStep[source.step() - 1].increment(now);
        }
        this.bhcc.recordingSessionSetUp(now);
        if (group.config().line().ctiMonitored())
        {
            this.cti.recordingStarted(now);
        }
        if (this.trace != null)
        {
            // the detail strings are built only when someone traces: the event loop builds no strings
            trace(now, call, CallEvent.RECORDING_ESTABLISHED, trunk.config().id() + " " + trunk.recorder().config().id()
                    + " source " + (source.source() == MediaSource.PHONE ? "phone"
                            : "gateway " + call.gateways().get(source.gateway()).config().id())
                    + (source.fallback() ? " (fallback " + source.step() + ")" : ""));
            String farEnd = call.bridgeIsFarEnd() ? "conference bridge"
                    : call.consultCall() ? "phone (consult)"
                    : call.gateways().isEmpty() ? "phone" : call.gateways().get(0).config().id();
            for (String end : new String[] {"x-nearend", "x-farend"})
            {
                trace(now, call, CallEvent.RECORDING_CALL, "From: " + end + "; x-refci=" + call.id() + "; far end "
                        + farEnd + " (" + call.source().config().direction().name().toLowerCase() + ")");
            }
        }
        this.tones.recordingStarted(call, source.source(), now);
        RecordingSession session = new RecordingSession(call, trunk, sourceSite);
        call.recordingSession(session);
        session.mediaStart(this.context.scheduleIn(this.setupDelay, () -> startMedia(session)));
    }

    private void fail(final Call call, final double now, final RejectReason reason)
    {
        this.failed.increment(now);
        this.failedBy.get(reason).increment(now);
        trace(now, call, CallEvent.RECORDING_FAILED, reason.key());
        if (call.group().config().line().ctiMonitored())
        {
            this.cti.recordingFailed(now);
        }
    }

    private void startMedia(final RecordingSession session)
    {
        session.mediaStart(null);
        session.mediaFlowing(true);
        media(session, +1);
        trace(this.context.now(), session.call(), CallEvent.MEDIA_STARTED, session.recorder().config().id());
    }

    /** The call was released: cancel a pending selective start, stop the media and end both recording calls. */
    public void callReleased(final Call call)
    {
        if (call.recordingTimer() != null)
        {
            this.context.cancel(call.recordingTimer()); // released before the selective start came
            call.recordingTimer(null);
        }
        endSession(call);
    }

    /**
     * R35, F3: hold, a consult or a transfer ends the call's recording session; whether one was running is kept, so
     * that a selectively recorded call is recorded again afterwards.
     */
    public void sessionInterrupted(final Call call)
    {
        call.wasRecording(endSession(call));
    }

    /**
     * R35, F3: after resume, a completed consult or a transfer, CUCM sets up a new session on the line now handling
     * the call: always on an automatically recorded line, on a selective one if the call was being recorded.
     */
    public void sessionResumed(final Call call)
    {
        RecordingOption option = call.group().config().line().recording();
        if (option == RecordingOption.AUTOMATIC || option == RecordingOption.SELECTIVE && call.wasRecording())
        {
            requestSession(call);
        }
    }

    /**
     * F3, R32: a consult call was set up from the call's agent. On an automatically recorded line it is recorded; on
     * a selective one only if the agent presses Record at its start (which needs the key, R25).
     */
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
            trace(now, call, CallEvent.RECORDING_START_REQUESTED, "agent (consult, R32)");
            if (group.config().phone().recordKey() == RecordKey.NONE)
            {
                this.requested.increment(now);
                fail(consult, now, RejectReason.NO_RECORD_KEY);
                return;
            }
            requestSession(consult);
        }
    }

    /** @return true when a session was running and has now ended */
    private boolean endSession(final Call call)
    {
        RecordingSession session = call.recordingSession();
        if (session == null)
        {
            return false;
        }
        double now = this.context.now();
        if (session.mediaStart() != null)
        {
            this.context.cancel(session.mediaStart());
            session.mediaStart(null);
        }
        if (session.mediaFlowing())
        {
            media(session, -1);
            session.mediaFlowing(false);
            trace(now, call, CallEvent.MEDIA_STOPPED, session.recorder().config().id());
        }
        session.trunk().release(now);
        session.recorder().release(now);
        if (call.group().config().line().ctiMonitored())
        {
            this.cti.recordingEnded(now);
        }
        call.recordingSession(null);
        trace(now, call, CallEvent.RECORDING_ENDED, session.recorder().config().id());
        return true;
    }

    private void trace(final double now, final Call call, final CallEvent event, final String detail)
    {
        if (this.trace != null)
        {
            this.trace.record(now, call.id(), event, detail);
        }
    }

    private void media(final RecordingSession session, final int sign)
    {
        double now = this.context.now();
        Call call = session.call();
        Codec codec = call.codec();
        Recorder recorder = session.recorder();
        // R5: near-end and far-end streams, each sent separately
        for (int stream = 0; stream < Recorder.STREAMS_PER_SESSION; stream++)
        {
            this.network.stream(now, session.sourceSite(), recorder.siteIndex(), codec, call.secure(), true, sign);
        }
        long ingress = Recorder.STREAMS_PER_SESSION * MediaNetwork.milliBitsPerSecond(codec, Layer2.ENDPOINT, call.secure());
        long payload = Math.round(Recorder.STREAMS_PER_SESSION * codec.payloadBitsPerSecond() * 1000.0);
        recorder.media(now, sign * ingress, sign * payload);
        this.forkMilliBps += sign * ingress;
        this.forkBitsPerSecond.set(now, this.forkMilliBps / 1000.0);
        this.recordedNow += sign;
        this.recordedCalls.set(now, this.recordedNow);
    }

    public IntervalCounter requested()
    {
        return this.requested;
    }

    public IntervalCounter established()
    {
        return this.established;
    }

    public IntervalCounter failed()
    {
        return this.failed;
    }

    public IntervalCounter failed(final RejectReason reason)
    {
        return this.failedBy.get(reason);
    }

    /** @return established sessions forked by the phone */
    public IntervalCounter phoneSourced()
    {
        return this.phoneSourced;
    }

    /** @return established sessions forked by a gateway */
    public IntervalCounter gatewaySourced()
    {
        return this.gatewaySourced;
    }

    /** @return established sessions whose source was a fallback (R15) */
    public IntervalCounter fallback()
    {
        return this.fallback;
    }

    /** @return established sessions that fell back {@code step} places (1 or 2) down Table 2's order */
    public IntervalCounter fallbackStep(final int step)
    {
        return this.fallbackStep[step - 1];
    }

    /** @return calls whose recorded media is flowing */
    public TimeWeightedLevel recordedCalls()
    {
        return this.recordedCalls;
    }

    /** @return all forked streams, at the recorders' ports */
    public TimeWeightedLevel forkBitsPerSecond()
    {
        return this.forkBitsPerSecond;
    }

    public void close()
    {
        this.recordedCalls.close();
        this.forkBitsPerSecond.close();
    }
}
