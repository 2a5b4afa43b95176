package forkcast.models.cucm;

import java.util.List;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Call;
import forkcast.models.calls.CallDirection;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.CallTrace;
import forkcast.models.calls.Gateway;
import forkcast.models.calls.TrafficSource;
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
 * internal calls stay at the agent's site), and is handed to the recording orchestrator. At release everything is
 * given back and the longest-waiting caller, if any, takes the agent.
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
    private final IntervalCounter offered;
    private final IntervalCounter connected;
    private final IntervalCounter blockedAtGateway;
    private final IntervalCounter blockedAtAgents;
    private final IntervalCounter abandoned;
    private final TimeWeightedLevel connectedCalls;
    private final TimeWeightedLevel recordableCalls;
    private int connectedNow;
    private int recordableNow;
    private long lastCallId;

    public CallControl(final SimContext context, final List<TrafficSource> sources, final MediaNetwork network,
            final BhccAccount bhcc, final CtiAccount cti, final RecordingOrchestrator recording, final CallTrace trace)
    {
        this.trace = trace;
        this.context = context;
        this.sources = List.copyOf(sources);
        this.network = network;
        this.bhcc = bhcc;
        this.cti = cti;
        this.recording = recording;
        this.offered = new IntervalCounter(context.window());
        this.connected = new IntervalCounter(context.window());
        this.blockedAtGateway = new IntervalCounter(context.window());
        this.blockedAtAgents = new IntervalCounter(context.window());
        this.abandoned = new IntervalCounter(context.window());
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
        this.connectedNow++;
        this.connectedCalls.set(now, this.connectedNow);
        RecordingOption option = group.config().line().recording();
        call.recordable(option == RecordingOption.AUTOMATIC || option == RecordingOption.SELECTIVE && call.selected());
        if (call.recordable())
        {
            this.recordableNow++;
            this.recordableCalls.set(now, this.recordableNow);
        }
        callMedia(call, now, +1);
        this.context.scheduleIn(call.holdingTime(), () -> release(call));
        this.recording.callConnected(call);
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

    private void release(final Call call)
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
        if (call.recordable())
        {
            this.recordableNow--;
            this.recordableCalls.set(now, this.recordableNow);
        }
        releaseGateways(call, now);
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

    /** @return concurrent connected calls */
    public TimeWeightedLevel connectedCalls()
    {
        return this.connectedCalls;
    }

    /**
     * @return concurrent connected calls meant to be recorded (the base of coverage): every call on an automatically
     *         recorded line, and the selected calls on a selectively recorded one
     */
    public TimeWeightedLevel recordableCalls()
    {
        return this.recordableCalls;
    }

    /** @return calls offered so far in the whole run, warm-up included (their ids) */
    public long callsCreated()
    {
        return this.lastCallId;
    }

    public void close()
    {
        this.connectedCalls.close();
        this.recordableCalls.close();
    }
}
