package forkcast.models.calls;

import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * What an agent group's lines of one recording option (R1) carried, for the breakdowns per group, site and mode:
 * calls offered and answered, legs meant to be recorded (coverage's base), calls recorded and forked bandwidth. A
 * group has one per option; a group with a selective share inside automatic recording uses two.
 */
public final class LineFigures
{
    private final IntervalCounter offered;
    private final IntervalCounter connected;
    private final TimeWeightedLevel recordableLegs;
    private final TimeWeightedLevel recordedCalls;
    private final TimeWeightedLevel forkBitsPerSecond;
    private int recordableNow;
    private long recordedStreamsNow;
    private long forkMilliBpsNow;

    LineFigures(final MeasurementWindow window)
    {
        this.offered = new IntervalCounter(window);
        this.connected = new IntervalCounter(window);
        this.recordableLegs = new TimeWeightedLevel(window);
        this.recordedCalls = new TimeWeightedLevel(window);
        this.forkBitsPerSecond = new TimeWeightedLevel(window);
    }

    /** A leg starts (+1) or stops (-1) counting in coverage's base. */
    public void recordableLeg(final double now, final int sign)
    {
        this.recordableNow += sign;
        this.recordableLegs.set(now, this.recordableNow);
    }

    /** Recorded streams start (+n) or stop (-n); two make one recorded call. */
    public void recordedStreams(final double now, final int signedStreams)
    {
        this.recordedStreamsNow += signedStreams;
        this.recordedCalls.set(now, this.recordedStreamsNow / 2.0);
    }

    /** Forked bandwidth changes by {@code milliBps}. */
    public void forked(final double now, final long milliBps)
    {
        this.forkMilliBpsNow += milliBps;
        this.forkBitsPerSecond.set(now, this.forkMilliBpsNow / 1000.0);
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
        return this.recordableLegs;
    }

    public TimeWeightedLevel recordedCalls()
    {
        return this.recordedCalls;
    }

    public TimeWeightedLevel forkBitsPerSecond()
    {
        return this.forkBitsPerSecond;
    }

    void close()
    {
        this.recordableLegs.close();
        this.recordedCalls.close();
        this.forkBitsPerSecond.close();
    }
}
