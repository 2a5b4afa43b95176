package forkcast.models.cucm;

import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;

/**
 * Busy-hour call completions by kind. An agent call counts once when it connects, and so does a consult call between
 * two agents (F3); a recording session counts two recording calls when CUCM sets it up (R6, R31).
 */
public final class BhccAccount
{
    private final IntervalCounter agentCalls;
    private final IntervalCounter recordingCalls;
    private final IntervalCounter consultCalls;

    public BhccAccount(final MeasurementWindow window)
    {
        this.agentCalls = new IntervalCounter(window);
        this.recordingCalls = new IntervalCounter(window);
        this.consultCalls = new IntervalCounter(window);
    }

    /** F3: a consult call between two agents (for a transfer or a conference) was set up. */
    public void consultCallConnected(final double now)
    {
        this.consultCalls.increment(now);
    }

    public IntervalCounter consultCalls()
    {
        return this.consultCalls;
    }

    /** A call between a customer (or colleague) and an agent connected. */
    public void agentCallConnected(final double now)
    {
        this.agentCalls.increment(now);
    }

    /** R6: a recording session was set up: two recording calls (near end and far end, R5). */
    /** One recording call (one leg of a session, R5) was set up. */
    public void recordingCallSetUp(final double now)
    {
        this.recordingCalls.add(now, 1);
    }

    public void recordingSessionSetUp(final double now)
    {
        this.recordingCalls.add(now, 2);
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
        double[] a = this.agentCalls.perInterval();
        double[] r = this.recordingCalls.perInterval();
        double[] c = this.consultCalls.perInterval();
        for (int i = 0; i < a.length; i++)
        {
            a[i] += r[i] + c[i];
        }
        return a;
    }
}
