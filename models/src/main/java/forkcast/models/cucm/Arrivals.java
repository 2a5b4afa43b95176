package forkcast.models.cucm;

import java.util.List;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Call;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.Gateway;
import forkcast.models.calls.TrafficSource;
import forkcast.sim.EventAction;
import forkcast.sim.RecurringEvent;
import forkcast.sim.SimContext;

/**
 * Calls arriving, up to their answer: each traffic stream's next arrival; an arriving call takes a channel on every
 * gateway in its path (else it is blocked at the gateway), for an internal call from another agent group a free agent
 * of that group (else blocked at agents), then a free agent of its group (else it queues with its patience, or is
 * blocked when the group has no queue); a queued call whose patience runs out is abandoned. An answered call goes
 * through locations CAC and is connected by {@link CallControl}.
 *
 * <p>Apart from {@link CallControl} because it is the part of the call's life before an agent takes it, beside
 * {@link HoldAndResume} and {@link TransfersAndConferences}.
 */
final class Arrivals
{
    private final CallControl control;
    private final SimContext context;
    private final List<TrafficSource> sources;
    private final CallCounters counters;
    private long lastCallId;

    /** A queued call's patience running out, kept as a field: no lambda per queued call to schedule it. */
    private final EventAction<Call> patienceEnd = this::abandon;

    Arrivals(final CallControl control, final SimContext context, final List<TrafficSource> sources,
            final CallCounters counters)
    {
        this.control = control;
        this.context = context;
        this.sources = List.copyOf(sources);
        this.counters = counters;
    }

    /** Schedule each traffic stream's first arrival. */
    void start()
    {
        for (TrafficSource source : this.sources)
        {
            scheduleNextArrival(new SourceArrivals(source));
        }
    }

    /**
     * One traffic source's arrivals: its next arrival is one event, scheduled again at each arrival (arrivals are the
     * most frequent event; this way they allocate nothing but the call).
     */
    private final class SourceArrivals
    {
        private final TrafficSource source;
        private final RecurringEvent nextArrival;

        SourceArrivals(final TrafficSource source)
        {
            this.source = source;
            this.nextArrival = Arrivals.this.context.recurring(Arrivals.this::arrival, this);
        }
    }

    private void scheduleNextArrival(final SourceArrivals arrivals)
    {
        double next = arrivals.source.nextArrival(this.context.now());
        if (next <= this.context.window().end())
        {
            arrivals.nextArrival.scheduleAt(next);
        }
    }

    private void arrival(final SourceArrivals arrivals)
    {
        scheduleNextArrival(arrivals);
        TrafficSource source = arrivals.source;
        double now = this.context.now();
        Call call = source.newCall(++this.lastCallId);
        this.counters.offered().increment(now);
        source.group().lines(call.recordingOption()).offered().increment(now);
        this.control.trace(now, call, CallEvent.ARRIVED, source.config().id());
        List<Gateway> gateways = source.gateways();
        for (int i = 0; i < gateways.size(); i++)
        {
            if (!gateways.get(i).seize(now))
            {
                for (int j = 0; j < i; j++)
                {
                    gateways.get(j).release(now);
                }
                call.become(Call.State.BLOCKED);
                this.counters.blockedAtGateway().increment(now);
                this.control.trace(now, call, CallEvent.BLOCKED_AT_GATEWAY, gateways.get(i).config().id());
                return;
            }
        }
        AgentGroup caller = source.callerGroup();
        if (caller != null && !caller.seizeAgent(now))
        {
            // F8: an internal call needs an idle agent of the calling group to place it
            call.become(Call.State.BLOCKED);
            this.counters.blockedAtAgents().increment(now);
            this.control.trace(now, call, CallEvent.BLOCKED_AT_AGENTS, caller.config().id());
            return;
        }
        AgentGroup group = call.group();
        if (group.seizeAgent(now))
        {
            if (this.control.admitted(call, now))
            {
                this.control.connect(call);
            }
        }
        else if (group.hasQueue())
        {
            call.become(Call.State.QUEUED);
            group.enqueue(now, call);
            this.control.trace(now, call, CallEvent.QUEUED, group.config().id());
            call.patienceTimer(this.context.scheduleIn(call.patience(), this.patienceEnd, call));
        }
        else
        {
            call.become(Call.State.BLOCKED);
            this.counters.blockedAtAgents().increment(now);
            this.control.trace(now, call, CallEvent.BLOCKED_AT_AGENTS, group.config().id());
            CallControl.releaseGateways(call, now);
            this.control.releaseCaller(call, now);
        }
    }

    /** The queued call's patience ran out: it leaves the queue and gives back its gateway channels and caller. */
    private void abandon(final Call call)
    {
        double now = this.context.now();
        call.become(Call.State.ABANDONED);
        call.patienceTimer(null);
        call.group().leftQueue(now);
        this.counters.abandoned().increment(now);
        this.control.trace(now, call, CallEvent.ABANDONED, call.group().config().id());
        CallControl.releaseGateways(call, now);
        this.control.releaseCaller(call, now);
    }
}
