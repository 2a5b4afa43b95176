package forkcast.models.cucm;

import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;

/**
 * Busy-hour call completions by kind. An agent call counts once when it connects; a recording session counts two
 * recording calls when CUCM sets it up (R6, R31).
 */
public final class BhccAccount
{
    private final IntervalCounter agentCalls;
    private final IntervalCounter recordingCalls;

    public BhccAccount(final MeasurementWindow window)
    {
        this.agentCalls = new IntervalCounter(window);
        this.recordingCalls = new IntervalCounter(window);
    }

    /** A call between a customer (or colleague) and an agent connected. */
    public void agentCallConnected(final double now)
    {
        this.agentCalls.increment(now);
    }

    /** R6: a recording session was set up: two recording calls (near end and far end, R5). */
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
        for (int i = 0; i < a.length; i++)
        {
            a[i] += r[i];
        }
        return a;
    }
}
