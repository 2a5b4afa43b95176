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

    /**
     * The interval {@link #indexOf} found last, with the exact range of times it maps there: counters are bumped many
     * times per interval at non-decreasing times, and this saves them the division. An immutable object read through
     * one field, so a window shared between threads stays correct (a thread may only miss the cache).
     */
    private Slot lastSlot = new Slot(Double.NaN, Double.NaN, -1);

    /** Times in [from, to) lie in interval {@code index}. */
    private record Slot(double from, double to, int index)
    {
    }

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
        Slot slot = this.lastSlot;
        if (t >= slot.from && t < slot.to)
        {
            return slot.index;
        }
        int i = computeIndex(t);
        if (i >= 0)
        {
            Slot found = slotOf(i);
            if (found != null)
            {
                this.lastSlot = found;
            }
        }
        return i;
    }

    /** The definition of {@link #indexOf}, which only caches its answers. */
    private int computeIndex(final double t)
    {
        if (t < this.start || t >= this.end)
        {
            return -1;
        }
        int i = (int) ((t - this.start) / this.interval);
        return Math.min(i, this.intervals - 1);
    }

    /**
     * @return the range of times {@link #computeIndex} maps to interval {@code i}, or null when it cannot be pinned
     *         down (then nothing is cached). The index is a non-decreasing function of t (a rounded subtraction and
     *         division by a positive number are monotone), so when both ends of a range map to {@code i}, so does all
     *         of it; the ends are found by stepping one ulp at a time from the interval's nominal bounds.
     */
    private Slot slotOf(final int i)
    {
        double from = i == 0 ? this.start : firstTimeAtLeast(i);
        double to = i == this.intervals - 1 ? this.end : Math.min(firstTimeAtLeast(i + 1), this.end);
        if (from < to && computeIndex(from) == i && computeIndex(Math.nextDown(to)) == i)
        {
            return new Slot(from, to, i);
        }
        return null;
    }

    /** @return the first time (to the ulp) whose raw index is at least {@code k}, near the nominal bound */
    private double firstTimeAtLeast(final int k)
    {
        double t = this.start + k * this.interval;
        for (int steps = 0; steps < 64 && t > this.start && rawIndex(t) >= k; steps++)
        {
            t = Math.nextDown(t);
        }
        for (int steps = 0; steps < 128 && rawIndex(t) < k; steps++)
        {
            t = Math.nextUp(t);
        }
        return t;
    }

    private long rawIndex(final double t)
    {
        return (long) ((t - this.start) / this.interval);
    }
}
