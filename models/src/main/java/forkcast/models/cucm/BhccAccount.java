package forkcast.models.cucm;

import forkcast.models.calls.AgentGroup;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;

/**
 * Busy-hour call completions by kind. An agent call counts once when it connects, and so does a consult call between
 * two agents (F3); a recording session counts two recording calls when CUCM sets it up (R6, R31).
 *
 * <p>With cluster nodes, each call is also counted on the node where CUCM handles it: the node the line's phone is
 * registered to at that moment ({@link Registrations}). An agent call on the answering agent's node, a consult call
 * on the consulting agent's node, each recording call on the node of the phone whose line is recorded (the recording
 * calls are set up by the node that controls the recorded line, F8). Every call counts on exactly one node, so the
 * nodes' counts add up to the cluster's.
 */
public final class BhccAccount
{
    private final IntervalCounter agentCalls;
    private final IntervalCounter recordingCalls;
    private final IntervalCounter consultCalls;
    private final Registrations registrations;
    /** All calls per node, by the node's index; empty without nodes. */
    private final IntervalCounter[] perNode;

    /** A cluster without nodes: no per-node counts. */
    public BhccAccount(final MeasurementWindow window)
    {
        this(window, Registrations.none());
    }

    public BhccAccount(final MeasurementWindow window, final Registrations registrations)
    {
        this.agentCalls = new IntervalCounter(window);
        this.recordingCalls = new IntervalCounter(window);
        this.consultCalls = new IntervalCounter(window);
        this.registrations = registrations;
        this.perNode = new IntervalCounter[registrations.nodes()];
        for (int i = 0; i < this.perNode.length; i++)
        {
            this.perNode[i] = new IntervalCounter(window);
        }
    }

    /** F3: a consult call between two agents (for a transfer or a conference) was set up by an agent of {@code by}. */
    public void consultCallConnected(final double now, final AgentGroup by)
    {
        this.consultCalls.increment(now);
        countOnNode(now, by, 1);
    }

    private void countOnNode(final double now, final AgentGroup group, final int calls)
    {
        int node = this.registrations.nodeOf(group, now);
        if (node >= 0)
        {
            this.perNode[node].add(now, calls);
        }
    }

    /** @return all calls counted on node {@code node} (its index in the cluster's node list) */
    public IntervalCounter node(final int node)
    {
        return this.perNode[node];
    }

    public IntervalCounter consultCalls()
    {
        return this.consultCalls;
    }

    /** A call between a customer (or colleague) and an agent of {@code answering} connected. */
    public void agentCallConnected(final double now, final AgentGroup answering)
    {
        this.agentCalls.increment(now);
        countOnNode(now, answering, 1);
    }

    /** R6: one recording call (one leg of a session, R5) was set up for a line of {@code recorded}. */
    public void recordingCallSetUp(final double now, final AgentGroup recorded)
    {
        this.recordingCalls.add(now, 1);
        countOnNode(now, recorded, 1);
    }

    public IntervalCounter agentCalls()
    {
        return this.agentCalls;
    }

    public IntervalCounter recordingCalls()
    {
        return this.recordingCalls;
    }

    /** @return all calls per interval */
    public double[] totalPerInterval()
    {
        return IntervalSums.add(this.agentCalls.perInterval(), this.recordingCalls.perInterval(),
                this.consultCalls.perInterval());
    }
}
