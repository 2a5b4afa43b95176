package forkcast.models.cucm;

import java.util.List;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Call;
import forkcast.models.calls.CallDirection;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.CallFeatures;
import forkcast.models.calls.CallTrace;
import forkcast.models.calls.Gateway;
import forkcast.models.calls.PhoneProtocol;
import forkcast.models.calls.TrafficSource;
import forkcast.models.media.Codec;
import forkcast.models.network.MediaNetwork;
import forkcast.models.recording.RecordingOption;
import forkcast.models.recording.RecordingOrchestrator;
import forkcast.sim.SimContext;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * CUCM call control for the agents' calls. An arriving call takes a channel on every gateway in its path (else it is
 * blocked at the gateway), then a free agent of its group (else it queues with its patience, or is blocked when the
 * group has no queue). A connected call counts once in BHCC, costs CTI call events on a monitored line (F4), puts
 * its own media on the links (one stream each way between the agent's phone and the first gateway in the path;
 * internal calls stay at the agent's site), and is handed to the recording orchestrator.
 *
 * <p>During the call: hold ends the recording session and resume sets up a new one (R35); at the end of the first
 * agent's talk a call may be transferred or conferenced. A consult (for a consult transfer or a conference) ends the
 * recording and places a consult call to another agent, itself counted in BHCC and recorded by the line's rules
 * (R32); when it completes the recording restarts (F3): on the new agent's line after a transfer, with the
 * conference bridge as far end after a conference. A blind transfer restarts it when the new agent answers. Gateway
 * forking is not kept across hold/resume or transfer (F5). At release everything is given back and the
 * longest-waiting caller, if any, takes the agent.
 */
public final class CallControl
{
    private final SimContext context;
    private final List<TrafficSource> sources;
    private final MediaNetwork network;
    private final BhccAccount bhcc;
    private final CtiAccount cti;
    private final RecordingOrchestrator recording;
    private final CallTrace trace;
    private final Codec bridgeCodec;
    private final TonePlan tones;
    private final IntervalCounter monitoringStarted;
    private final IntervalCounter monitoringFailed;
    private final IntervalCounter offered;
    private final IntervalCounter connected;
    private final IntervalCounter blockedAtGateway;
    private final IntervalCounter blockedAtAgents;
    private final IntervalCounter abandoned;
    private final IntervalCounter held;
    private final IntervalCounter transferred;
    private final IntervalCounter conferenced;
    private final IntervalCounter featureFailed;
    private final TimeWeightedLevel connectedCalls;
    private final TimeWeightedLevel recordableCalls;
    private int connectedNow;
    private int recordableNow;
    private long lastCallId;

    /**
     * @param bridgeCodec the codec a conference bridge negotiates with phones that do not lock their codec (R34)
     */
    public CallControl(final SimContext context, final List<TrafficSource> sources, final MediaNetwork network,
            final BhccAccount bhcc, final CtiAccount cti, final RecordingOrchestrator recording, final CallTrace trace,
            final Codec bridgeCodec, final TonePlan tones)
    {
        this.tones = tones;
        this.monitoringStarted = new IntervalCounter(context.window());
        this.monitoringFailed = new IntervalCounter(context.window());
        this.trace = trace;
        this.context = context;
        this.sources = List.copyOf(sources);
        this.network = network;
        this.bhcc = bhcc;
        this.cti = cti;
        this.recording = recording;
        this.bridgeCodec = bridgeCodec;
        recording.onRecordingStopped(this::recordingStopped);
        this.offered = new IntervalCounter(context.window());
        this.connected = new IntervalCounter(context.window());
        this.blockedAtGateway = new IntervalCounter(context.window());
        this.blockedAtAgents = new IntervalCounter(context.window());
        this.abandoned = new IntervalCounter(context.window());
        this.held = new IntervalCounter(context.window());
        this.transferred = new IntervalCounter(context.window());
        this.conferenced = new IntervalCounter(context.window());
        this.featureFailed = new IntervalCounter(context.window());
        this.connectedCalls = new TimeWeightedLevel(context.window());
        this.recordableCalls = new TimeWeightedLevel(context.window());
    }

    /** Schedule each traffic stream's first arrival. */
    public void start()
    {
        for (TrafficSource source : this.sources)
        {
            scheduleNextArrival(source);
        }
    }

    private void scheduleNextArrival(final TrafficSource source)
    {
        double next = source.nextArrival(this.context.now());
        if (next <= this.context.window().end())
        {
            this.context.scheduleAt(next, () -> arrival(source));
        }
    }

    private void arrival(final TrafficSource source)
    {
        scheduleNextArrival(source);
        double now = this.context.now();
        Call call = source.newCall(++this.lastCallId);
        this.offered.increment(now);
        trace(now, call, CallEvent.ARRIVED, source.config().id());
        List<Gateway> gateways = source.gateways();
        for (int i = 0; i < gateways.size(); i++)
        {
            if (!gateways.get(i).seize(now))
            {
                for (int j = 0; j < i; j++)
                {
                    gateways.get(j).release(now);
                }
                call.state(Call.State.BLOCKED);
                this.blockedAtGateway.increment(now);
                trace(now, call, CallEvent.BLOCKED_AT_GATEWAY, gateways.get(i).config().id());
                return;
            }
        }
        AgentGroup group = call.group();
        if (group.seizeAgent(now))
        {
            connect(call);
        }
        else if (group.hasQueue())
        {
            call.state(Call.State.QUEUED);
            group.enqueue(now, call);
            trace(now, call, CallEvent.QUEUED, group.config().id());
            call.patienceTimer(this.context.scheduleIn(call.patience(), () -> abandon(call)));
        }
        else
        {
            call.state(Call.State.BLOCKED);
            this.blockedAtAgents.increment(now);
            trace(now, call, CallEvent.BLOCKED_AT_AGENTS, group.config().id());
            releaseGateways(call, now);
        }
    }

    private void connect(final Call call)
    {
        double now = this.context.now();
        call.state(Call.State.CONNECTED);
        call.connectedAt(now);
        this.connected.increment(now);
        this.bhcc.agentCallConnected(now);
        AgentGroup group = call.group();
        trace(now, call, CallEvent.CONNECTED, group.config().id());
        if (group.config().line().ctiMonitored())
        {
            this.cti.callSetUp(now);
        }
        this.tones.callConnected(call, now);
        this.connectedNow++;
        this.connectedCalls.set(now, this.connectedNow);
        RecordingOption option = group.config().line().recording();
        call.recordable(option == RecordingOption.AUTOMATIC || option == RecordingOption.SELECTIVE && call.selected());
        countRecordable(call, now, +1);
        callMedia(call, now, +1);
        CallFeatures features = call.features();
        double talk = call.holdingTime();
        if (features.held())
        {
            this.context.scheduleIn(features.holdAfter(), () -> hold(call));
            talk += features.holdDuration();
        }
        this.context.scheduleIn(talk, () -> talkEnded(call));
        this.recording.callConnected(call);
        if (call.monitored())
        {
            monitor(call, now);
        }
    }

    /** A supervisor monitors the call through the agent phone's built-in bridge, asked for through CTI. */
    private void monitor(final Call call, final double now)
    {
        this.cti.monitoringRequested(now);
        if (!call.group().builtInBridge())
        {
            this.monitoringFailed.increment(now);
            trace(now, call, CallEvent.MONITORING_FAILED, "built-in bridge off (R22)");
            return;
        }
        this.monitoringStarted.increment(now);
        trace(now, call, CallEvent.MONITORING_STARTED, call.group().config().id());
        this.tones.monitoringStarted(call, call.recordingSession() != null, now);
    }

    /** R35: hold ends the recording session. */
    private void hold(final Call call)
    {
        double now = this.context.now();
        call.state(Call.State.HELD);
        this.held.increment(now);
        trace(now, call, CallEvent.HELD, call.group().config().id());
        countRecordable(call, now, -1);
        this.recording.sessionInterrupted(call);
        call.gatewayForkingLost(); // F5
        this.context.scheduleIn(call.features().holdDuration(), () -> resume(call));
    }

    /** R35: resume sets up a new session (two more recording calls, and it can fail). */
    private void resume(final Call call)
    {
        double now = this.context.now();
        call.state(Call.State.CONNECTED);
        trace(now, call, CallEvent.RESUMED, call.group().config().id());
        countRecordable(call, now, +1);
        this.recording.sessionResumed(call);
    }

    private void talkEnded(final Call call)
    {
        switch (call.features().ending())
        {
            case CONSULT_TRANSFER -> consult(call, call.source().transferTarget(), true);
            case CONFERENCE -> consult(call, call.group(), false);
            case BLIND_TRANSFER -> blindTransfer(call);
            default -> release(call);
        }
    }

    /**
     * F3: the agent consults another agent (for a transfer or a conference): the recording of the call ends, the
     * customer waits, and a consult call between the two agents is set up (BHCC), recorded by the consulting line's
     * rules (R32).
     */
    private void consult(final Call call, final AgentGroup target, final boolean forTransfer)
    {
        double now = this.context.now();
        if (!target.seizeAgent(now))
        {
            this.featureFailed.increment(now);
            trace(now, call, CallEvent.FEATURE_FAILED, "no free agent in " + target.config().id());
            release(call);
            return;
        }
        call.state(Call.State.CONSULTING);
        countRecordable(call, now, -1);
        this.recording.sessionInterrupted(call);
        AgentGroup consulting = call.group();
        RecordingOption option = consulting.config().line().recording();
        Call consult = Call.consult(-call.id(), call, consulting,
                option == RecordingOption.SELECTIVE && call.features().recordConsult());
        consult.state(Call.State.CONNECTED);
        this.bhcc.consultCallConnected(now);
        trace(now, call, CallEvent.CONSULT_STARTED, target.config().id());
        if (consulting.config().line().ctiMonitored())
        {
            this.cti.callSetUp(now);
        }
        this.network.stream(now, consulting.siteIndex(), target.siteIndex(), consult.codec(), consult.secure(), false, +1);
        this.network.stream(now, target.siteIndex(), consulting.siteIndex(), consult.codec(), consult.secure(), false, +1);
        this.recording.consultConnected(call, consult);
        this.context.scheduleIn(call.features().consult(),
                () -> consultEnded(call, consult, target, forTransfer));
    }

    private void consultEnded(final Call call, final Call consult, final AgentGroup target, final boolean forTransfer)
    {
        double now = this.context.now();
        AgentGroup consulting = call.group();
        this.recording.callReleased(consult);
        this.network.stream(now, consulting.siteIndex(), target.siteIndex(), consult.codec(), consult.secure(), false, -1);
        this.network.stream(now, target.siteIndex(), consulting.siteIndex(), consult.codec(), consult.secure(), false, -1);
        if (consulting.config().line().ctiMonitored())
        {
            this.cti.callReleased(now);
        }
        trace(now, call, CallEvent.CONSULT_ENDED, target.config().id());
        if (forTransfer)
        {
            handOver(call, target, now);
        }
        else
        {
            joinConference(call, target, now);
        }
    }

    private void blindTransfer(final Call call)
    {
        double now = this.context.now();
        AgentGroup target = call.source().transferTarget();
        this.recording.sessionInterrupted(call);
        if (!target.seizeAgent(now))
        {
            this.featureFailed.increment(now);
            trace(now, call, CallEvent.FEATURE_FAILED, "no free agent in " + target.config().id());
            release(call);
            return;
        }
        countRecordable(call, now, -1);
        handOver(call, target, now);
    }

    /** The first agent drops out; the call continues with an agent of {@code target}, whose line now records it. */
    private void handOver(final Call call, final AgentGroup target, final double now)
    {
        AgentGroup first = call.group();
        callMedia(call, now, -1);
        freeAgent(first, now);
        call.group(target);
        call.gatewayForkingLost(); // F5
        call.state(Call.State.CONNECTED);
        callMedia(call, now, +1);
        this.transferred.increment(now);
        trace(now, call, CallEvent.TRANSFERRED, target.config().id());
        RecordingOption option = target.config().line().recording();
        call.recordable(option == RecordingOption.AUTOMATIC || option == RecordingOption.SELECTIVE && call.selected());
        countRecordable(call, now, +1);
        this.recording.sessionResumed(call);
        this.context.scheduleIn(call.features().secondTalk(), () -> release(call, null));
    }

    /**
     * F3: after the consult the three parties join on a conference bridge, which becomes the recorded call's far end.
     * R34: with recording on, SCCP phones advertise one codec (codec lock) and keep the call's; other phones take the
     * bridge's codec.
     */
    private void joinConference(final Call call, final AgentGroup colleague, final double now)
    {
        call.state(Call.State.CONNECTED);
        call.bridgeIsFarEnd(true);
        boolean locked = call.group().config().phone().protocol() == PhoneProtocol.SCCP;
        if (!locked && !call.codec().equals(this.bridgeCodec))
        {
            callMedia(call, now, -1);
            call.codec(this.bridgeCodec);
            callMedia(call, now, +1);
        }
        this.conferenced.increment(now);
        trace(now, call, CallEvent.CONFERENCE_JOINED, "bridge is the far end; codec " + call.codec().name()
                + (locked ? " locked (R34)" : ""));
        countRecordable(call, now, +1);
        this.recording.sessionResumed(call);
        this.context.scheduleIn(call.features().secondTalk(), () -> release(call, colleague));
    }

    private void release(final Call call)
    {
        release(call, null);
    }

    /** @param colleague a second agent to free (the conference's), or null */
    private void release(final Call call, final AgentGroup colleague)
    {
        double now = this.context.now();
        this.recording.callReleased(call);
        callMedia(call, now, -1);
        call.state(Call.State.RELEASED);
        AgentGroup group = call.group();
        trace(now, call, CallEvent.RELEASED, group.config().id());
        if (group.config().line().ctiMonitored())
        {
            this.cti.callReleased(now);
        }
        this.connectedNow--;
        this.connectedCalls.set(now, this.connectedNow);
        countRecordable(call, now, -1);
        releaseGateways(call, now);
        freeAgent(group, now);
        if (colleague != null)
        {
            freeAgent(colleague, now);
        }
    }

    /** The agent is free: the longest-waiting caller of the group, if any, takes them. */
    private void freeAgent(final AgentGroup group, final double now)
    {
        group.releaseAgent(now);
        Call next = group.pollWaiting();
        if (next != null && group.seizeAgent(now))
        {
            group.leftQueue(now);
            this.context.cancel(next.patienceTimer());
            next.patienceTimer(null);
            connect(next);
        }
    }

    /** A selective recording was stopped on request: the rest of the call is not meant to be recorded. */
    private void recordingStopped(final Call call)
    {
        if (call.state() == Call.State.CONNECTED)
        {
            countRecordable(call, this.context.now(), -1);
        }
        call.recordable(false);
    }

    private void countRecordable(final Call call, final double now, final int sign)
    {
        if (call.recordable())
        {
            this.recordableNow += sign;
            this.recordableCalls.set(now, this.recordableNow);
        }
    }

    private void callMedia(final Call call, final double now, final int sign)
    {
        TrafficSource source = call.source();
        if (source.config().direction() == CallDirection.INTERNAL || source.gateways().isEmpty())
        {
            return;
        }
        int phone = call.group().siteIndex();
        int farEnd = source.gateways().get(0).siteIndex();
        this.network.stream(now, phone, farEnd, call.codec(), call.secure(), false, sign);
        this.network.stream(now, farEnd, phone, call.codec(), call.secure(), false, sign);
    }

    private void abandon(final Call call)
    {
        double now = this.context.now();
        call.state(Call.State.ABANDONED);
        call.patienceTimer(null);
        call.group().leftQueue(now);
        this.abandoned.increment(now);
        trace(now, call, CallEvent.ABANDONED, call.group().config().id());
        releaseGateways(call, now);
    }

    private void trace(final double now, final Call call, final CallEvent event, final String detail)
    {
        if (this.trace != null)
        {
            this.trace.record(now, call.id(), event, detail);
        }
    }

    private static void releaseGateways(final Call call, final double now)
    {
        for (Gateway gateway : call.source().gateways())
        {
            gateway.release(now);
        }
    }

    public IntervalCounter offered()
    {
        return this.offered;
    }

    public IntervalCounter connected()
    {
        return this.connected;
    }

    public IntervalCounter blockedAtGateway()
    {
        return this.blockedAtGateway;
    }

    public IntervalCounter blockedAtAgents()
    {
        return this.blockedAtAgents;
    }

    public IntervalCounter abandoned()
    {
        return this.abandoned;
    }

    /** @return calls put on hold (R35) */
    public IntervalCounter held()
    {
        return this.held;
    }

    /** @return calls handed to another agent (F3) */
    public IntervalCounter transferred()
    {
        return this.transferred;
    }

    /** @return calls joined into a conference (F3) */
    public IntervalCounter conferenced()
    {
        return this.conferenced;
    }

    /** @return transfers and conferences that found no free agent (the call is then released) */
    public IntervalCounter featureFailed()
    {
        return this.featureFailed;
    }

    /** @return calls a supervisor started to monitor */
    public IntervalCounter monitoringStarted()
    {
        return this.monitoringStarted;
    }

    /** @return monitoring requests that found the phone's bridge off */
    public IntervalCounter monitoringFailed()
    {
        return this.monitoringFailed;
    }

    /** @return concurrent connected calls */
    public TimeWeightedLevel connectedCalls()
    {
        return this.connectedCalls;
    }

    /**
     * @return concurrent connected calls meant to be recorded (the base of coverage): every call on an automatically
     *         recorded line, and the selected calls on a selectively recorded one, except while held or consulting
     */
    public TimeWeightedLevel recordableCalls()
    {
        return this.recordableCalls;
    }

    public void close()
    {
        this.connectedCalls.close();
        this.recordableCalls.close();
    }
}
