package forkcast.models.cucm;

import java.util.List;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Call;
import forkcast.models.calls.CallLegs;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.CallTrace;
import forkcast.models.calls.Gateway;
import forkcast.models.calls.TrafficSource;
import forkcast.models.media.Codec;
import forkcast.models.network.MediaNetwork;
import forkcast.sim.EventAction;
import forkcast.sim.SimContext;

/**
 * CUCM call control for the agents' calls. Calls arrive and are answered or queued by {@link Arrivals} (gateway
 * channels, the calling agent of an internal call, an agent of the group, the queue). A connected call counts once in
 * BHCC, costs CTI call events on each monitored line (F4), puts its own media on the links ({@link CallMedia}), and
 * each of its legs on an agent's line is handed to the recording function ({@link RecordingFunction}), which records
 * it by that line's rules (F8).
 *
 * <p>During the call the first agent may hold and resume it ({@link HoldAndResume}: R35, F5), and at the end of the
 * first agent's talk it may be transferred or conferenced ({@link TransfersAndConferences}). At release everything is
 * given back and the longest-waiting caller of each freed agent's group, if any, takes the agent.
 *
 * <p>Each leg's CTI call events, its place in coverage's base ({@link CallCounters#recordableCalls()}) and its session
 * move together through {@link AgentLegs}, over the same legs and at the same instants, so that recorded call-seconds
 * can never exceed coverage's base.
 */
public final class CallControl
{
    private final SimContext context;
    private final BhccAccount bhcc;
    private final CtiAccount cti;
    private final RecordingFunction recording;
    private final CallTrace trace;
    private final TonePlan tones;
    private final CallMedia media;
    private final CallCounters counters;
    private final AgentLegs legs;
    private final HoldAndResume holds;
    private final TransfersAndConferences features;
    private final Arrivals arrivals;

    /** The events a connected call schedules, kept as fields so that scheduling one allocates no lambda per call. */
    private final EventAction<Call> holdStart;
    private final EventAction<Call> talkEnd = this::talkEnded;

    /**
     * @param recording CUCM's recording function, told of every call's connect, hold, consult, resume and release
     * @param bridgeCodec the codec a conference bridge negotiates with phones that do not lock their codec (R34)
     */
    public CallControl(final SimContext context, final List<TrafficSource> sources, final MediaNetwork network,
            final BhccAccount bhcc, final CtiAccount cti, final RecordingFunction recording, final CallTrace trace,
            final Codec bridgeCodec, final TonePlan tones)
    {
        this.context = context;
        this.bhcc = bhcc;
        this.cti = cti;
        this.recording = recording;
        this.trace = trace;
        this.tones = tones;
        this.media = new CallMedia(network);
        this.counters = new CallCounters(context.window());
        this.legs = new AgentLegs(cti, recording, this.counters);
        this.holds = new HoldAndResume(this, context, this.counters, this.legs);
        this.features = new TransfersAndConferences(this, context, bhcc, recording, this.media, this.counters,
                this.legs, bridgeCodec);
        this.arrivals = new Arrivals(this, context, sources, this.counters);
        this.holdStart = this.holds::hold;
        recording.onRecordingStopped(call -> this.legs.recordingStopped(call, this.context.now()));
    }

    /** Schedule each traffic stream's first arrival. */
    public void start()
    {
        this.arrivals.start();
    }

    /**
     * F7: locations CAC admits the call whose agent was just taken, or blocks it: the agent, the gateways' channels and
     * the calling agent are given back ({@code calls.blocked.cac}; automated alternate routing is not modelled).
     */
    boolean admitted(final Call call, final double now)
    {
        if (this.media.admit(call, call.group(), now))
        {
            return true;
        }
        call.become(Call.State.BLOCKED);
        this.counters.blockedByCac().increment(now);
        trace(now, call, CallEvent.BLOCKED_BY_CAC, call.group().config().id());
        refusedByCacAtGateways(call, now);
        releaseCaller(call, now);
        freeAgent(call.group(), now);
        return false;
    }

    void connect(final Call call)
    {
        double now = this.context.now();
        call.become(Call.State.CONNECTED);
        this.counters.connected().increment(now);
        AgentGroup group = call.group();
        this.bhcc.agentCallConnected(now, group);
        group.answered().increment(now);
        group.lines(call.recordingOption()).connected().increment(now);
        trace(now, call, CallEvent.CONNECTED, group.config().id());
        if (group.config().line().ctiMonitored())
        {
            this.cti.callSetUp(now);
        }
        AgentGroup caller = call.source().callerGroup();
        Call peer = null;
        if (caller != null)
        {
            peer = CallLegs.otherLine(CallLegs.id(call.id(), CallLegs.CALLING_LINE, false), call, caller, false);
            peer.become(Call.State.CONNECTED);
            call.peer(peer);
            trace(now, peer, CallEvent.CONNECTED, caller.config().id());
            this.legs.connected(peer, now);
        }
        this.tones.callConnected(call, now);
        this.counters.connectedCalls(now, +1);
        this.legs.counted(call, now);
        this.media.call(call, now, +1);
        double talk = call.holdingTime();
        if (call.features().held())
        {
            this.context.scheduleIn(call.features().holdAfter(), this.holdStart, call);
            talk += call.features().holdDuration();
        }
        this.context.scheduleIn(talk, this.talkEnd, call);
        this.recording.callConnected(call);
        if (peer != null)
        {
            this.recording.callConnected(peer); // F8: the calling agent's line records by its own rules
        }
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
            this.counters.monitoringFailed().increment(now);
            trace(now, call, CallEvent.MONITORING_FAILED, "built-in bridge off (R22)");
            return;
        }
        this.counters.monitoringStarted().increment(now);
        trace(now, call, CallEvent.MONITORING_STARTED, call.group().config().id());
        this.tones.monitoringStarted(call, call.recording() != null, now);
    }

    private void talkEnded(final Call call)
    {
        switch (call.features().ending())
        {
            case CONSULT_TRANSFER -> this.features.consult(call, call.source().transferTarget(), true);
            case CONFERENCE -> this.features.consult(call, call.group(), false);
            case BLIND_TRANSFER -> this.features.blindTransfer(call);
            default -> release(call);
        }
    }

    /** The call ends: its legs, its media, its gateway channels and its agents (the caller's and a colleague's too). */
    void release(final Call call)
    {
        double now = this.context.now();
        this.recording.callReleased(call);
        this.media.call(call, now, -1);
        this.media.releaseCac(call, now);
        call.become(Call.State.RELEASED);
        AgentGroup group = call.group();
        trace(now, call, CallEvent.RELEASED, group.config().id());
        if (group.config().line().ctiMonitored())
        {
            this.cti.callReleased(now);
        }
        this.counters.connectedCalls(now, -1);
        this.counters.recordable(call, now, false);
        Call peer = call.peer();
        if (peer != null)
        {
            releaseLeg(peer, now);
        }
        Call colleague = call.colleague();
        if (colleague != null)
        {
            releaseLeg(colleague, now);
        }
        releaseGateways(call, now);
        freeAgent(group, now);
        if (peer != null)
        {
            freeAgent(peer.group(), now);
        }
        if (colleague != null)
        {
            freeAgent(colleague.group(), now);
        }
    }

    /** Another agent's leg of a released call ends with it: the caller's of an internal call, a colleague's. */
    private void releaseLeg(final Call leg, final double now)
    {
        this.legs.released(leg, now);
        leg.become(Call.State.RELEASED);
        trace(now, leg, CallEvent.RELEASED, leg.group().config().id());
    }

    /** The agent is free: the longest-waiting caller of the group, if any, takes them. */
    void freeAgent(final AgentGroup group, final double now)
    {
        group.releaseAgent(now);
        Call next = group.pollWaiting();
        if (next != null && group.seizeAgent(now))
        {
            group.leftQueue(now);
            this.context.cancel(next.patienceTimer());
            next.patienceTimer(null);
            if (admitted(next, now))
            {
                connect(next);
            }
        }
    }

    /** @return whether a trace is installed (details that cost a string are built only then) */
    boolean tracing()
    {
        return this.trace != null;
    }

    void trace(final double now, final Call call, final CallEvent event, final String detail)
    {
        if (this.trace != null)
        {
            this.trace.record(now, call.id(), event, detail);
        }
    }

    static void releaseGateways(final Call call, final double now)
    {
        List<Gateway> gateways = call.source().gateways();
        for (int i = 0; i < gateways.size(); i++) // by index: the list's iterator was not always optimised away
        {
            gateways.get(i).release(now);
        }
    }

    /** F7: the gateways on a call's path count the call locations CAC refused, and give its channels back. */
    private static void refusedByCacAtGateways(final Call call, final double now)
    {
        List<Gateway> gateways = call.source().gateways();
        for (int i = 0; i < gateways.size(); i++) // by index, as releaseGateways
        {
            gateways.get(i).refusedByCac(now);
        }
    }

    /** An internal call that never connected gives its calling agent back. */
    void releaseCaller(final Call call, final double now)
    {
        AgentGroup caller = call.source().callerGroup();
        if (caller != null)
        {
            freeAgent(caller, now);
        }
    }

    /** @return what call control counts */
    public CallCounters counters()
    {
        return this.counters;
    }

    public void close()
    {
        this.counters.close();
    }
}
