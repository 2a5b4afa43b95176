package forkcast.sim.stats;

/**
 * The measured part of a replication, [start, end) in seconds, and its grid of intervals of equal length starting at
 * {@code start} (the last one may be shorter). Everything before {@code start} is warm-up and is not measured.
 */
public final class MeasurementWindow
{
    private final double start;
    private final double end;
    private final double interval;
    private final int intervals;

    public MeasurementWindow(final double start, final double end, final double interval)
    {
        if (!(end > start) || !(interval > 0))
        {
            throw new IllegalArgumentException("window needs end > start and interval > 0");
        }
        this.start = start;
        this.end = end;
        this.interval = interval;
        long n = (long) Math.ceil((end - start) / interval - 1e-9);
        if (n > 10_000_000L)
        {
            throw new IllegalArgumentException("too many intervals: " + n);
        }
        this.intervals = (int) Math.max(1, n);
    }

    public double start()
    {
        return this.start;
    }

    public double end()
    {
        return this.end;
    }

    public double interval()
    {
        return this.interval;
    }

    public int intervals()
    {
        return this.intervals;
    }

    /** @return the measured length in seconds */
    public double length()
    {
        return this.end - this.start;
    }

    /** @return start time of interval i */
    public double intervalStart(final int i)
    {
        return this.start + i * this.interval;
    }

    /** @return end time of interval i (the window's end for the last one) */
    public double intervalEnd(final int i)
    {
        return i == this.intervals - 1 ? this.end : this.start + (i + 1) * this.interval;
    }

    /** @return length of interval i in seconds */
    public double intervalLength(final int i)
    {
        return intervalEnd(i) - intervalStart(i);
    }

    /** @return the interval holding time t, or -1 when t is outside [start, end) */
    public int indexOf(final double t)
    {
        if (t < this.start || t >= this.end)
        {
            return -1;
        }
        int i = (int) ((t - this.start) / this.interval);
        return Math.min(i, this.intervals - 1);
    }
}
