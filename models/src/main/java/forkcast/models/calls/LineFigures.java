package forkcast.models.calls;

import forkcast.sim.stats.ExactLevel;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * What an agent group's lines of one recording option (R1) carried, for the breakdowns per group, site and mode:
 * calls offered and answered, legs meant to be recorded (coverage's base), calls recorded and forked bandwidth (as
 * received, and as sent by the sources). A group has one per option; a group with a selective share inside automatic
 * recording uses two.
 */
public final class LineFigures
{
    private final IntervalCounter offered;
    private final IntervalCounter connected;
    private final ExactLevel recordableLegs;
    /** Kept in streams, two to a recorded call. */
    private final ExactLevel recordedCalls;
    /** In millibits per second: every stream as recorders and CUBEs receive it. */
    private final ExactLevel forkBitsPerSecond;
    /** In millibits per second: the streams as their source sends them, once per session. */
    private final ExactLevel sourceForkBitsPerSecond;

    LineFigures(final MeasurementWindow window)
    {
        this.offered = new IntervalCounter(window);
        this.connected = new IntervalCounter(window);
        this.recordableLegs = ExactLevel.counting(window);
        this.recordedCalls = new ExactLevel(window, 2);
        this.forkBitsPerSecond = new ExactLevel(window, 1000);
        this.sourceForkBitsPerSecond = new ExactLevel(window, 1000);
    }

    /** A leg starts (+1) or stops (-1) counting in coverage's base. */
    public void recordableLeg(final double now, final int sign)
    {
        this.recordableLegs.add(now, sign);
    }

    /** Recorded streams start (+n) or stop (-n); two make one recorded call. */
    public void recordedStreams(final double now, final int signedStreams)
    {
        this.recordedCalls.add(now, signedStreams);
    }

    /** Forked bandwidth changes by {@code milliBps}. */
    public void forked(final double now, final long milliBps)
    {
        this.forkBitsPerSecond.add(now, milliBps);
    }

    /** The bandwidth the sessions' source (phone or gateway) sends changes by {@code milliBps}. */
    public void sourceForked(final double now, final long milliBps)
    {
        this.sourceForkBitsPerSecond.add(now, milliBps);
    }

    /** @return calls that arrived for these lines */
    public IntervalCounter offered()
    {
        return this.offered;
    }

    /** @return calls answered on these lines */
    public IntervalCounter connected()
    {
        return this.connected;
    }

    public TimeWeightedLevel recordableLegs()
    {
        return this.recordableLegs.level();
    }

    public TimeWeightedLevel recordedCalls()
    {
        return this.recordedCalls.level();
    }

    public TimeWeightedLevel forkBitsPerSecond()
    {
        return this.forkBitsPerSecond.level();
    }

    public TimeWeightedLevel sourceForkBitsPerSecond()
    {
        return this.sourceForkBitsPerSecond.level();
    }

    void close()
    {
        this.recordableLegs.close();
        this.recordedCalls.close();
        this.forkBitsPerSecond.close();
        this.sourceForkBitsPerSecond.close();
    }
}
