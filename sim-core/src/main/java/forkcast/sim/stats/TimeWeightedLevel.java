package forkcast.sim.stats;

/**
 * A quantity that holds a value between changes (busy agents, recorder streams, bits per second on a link), measured
 * over the window: time-weighted mean, the peak, and the time-weighted mean of every interval. The peak is the largest
 * value held for a positive length of time inside the window: a value set and undone at the same instant (a dialog
 * taken and given back when the recorder refuses the session) is not a peak. Each change costs a comparison or two; crossing into a later interval costs one step per interval
 * crossed. Changes must come in non-decreasing time order. Call {@link #close()} once at the end of the run.
 */
public final class TimeWeightedLevel
{
    private final MeasurementWindow window;
    private final double[] integral;
    private double value;
    private double lastTime;
    private double peak;
    private boolean measuredYet;
    private int bucket;
    private double bucketEnd;
    private boolean closed;

    public TimeWeightedLevel(final MeasurementWindow window)
    {
        this.window = window;
        this.integral = new double[window.intervals()];
        this.bucket = 0;
        this.bucketEnd = window.intervalEnd(0);
    }

    /** @return the current value */
    public double value()
    {
        return this.value;
    }

    /** Add {@code delta} (may be negative) at time {@code now}. */
    public void add(final double now, final double delta)
    {
        set(now, this.value + delta);
    }

    /** Set the value at time {@code now}. */
    public void set(final double now, final double newValue)
    {
        advance(now);
        this.value = newValue;
    }

    private void notePeak(final double v)
    {
        if (!this.measuredYet || v > this.peak)
        {
            this.peak = v;
            this.measuredYet = true;
        }
    }

    private void advance(final double now)
    {
        double last = this.lastTime;
        if (now >= last && last >= this.window.start() && last < this.bucketEnd && now <= this.bucketEnd)
        {
            // the usual case, inside the window and the current interval: what the general path below does then
            if (now > last)
            {
                notePeak(this.value);
                this.integral[this.bucket] += this.value * (now - last);
            }
            this.lastTime = now;
            return;
        }
        if (now < this.lastTime)
        {
            throw new IllegalStateException("time went backwards: " + now + " < " + this.lastTime);
        }
        double start = this.window.start();
        double end = this.window.end();
        if (now <= start || this.lastTime >= end)
        {
            this.lastTime = now;
            return;
        }
        double from = Math.max(this.lastTime, start);
        double to = Math.min(now, end);
        if (to > from)
        {
            notePeak(this.value);
        }
        while (from < to)
        {
            while (from >= this.bucketEnd && this.bucket < this.integral.length - 1)
            {
                this.bucket++;
                this.bucketEnd = this.window.intervalEnd(this.bucket);
            }
            double stop = Math.min(to, this.bucketEnd);
            if (stop <= from)
            {
                break; // only at the window's end
            }
            this.integral[this.bucket] += this.value * (stop - from);
            from = stop;
        }
        this.lastTime = now;
    }

    /** Integrate up to the end of the window. Further changes are ignored by the statistics. */
    public void close()
    {
        if (!this.closed)
        {
            advance(Math.max(this.lastTime, this.window.end()));
            this.closed = true;
        }
    }

    /** @return the time-weighted mean over the window (after {@link #close()}) */
    public double mean()
    {
        double sum = 0;
        for (double v : this.integral)
        {
            sum += v;
        }
        return sum / this.window.length();
    }

    /** @return the largest value held for a positive time inside the window (0 if nothing was measured) */
    public double peak()
    {
        return this.peak;
    }

    /** @return the time-weighted mean of each interval (after {@link #close()}) */
    public double[] intervalMeans()
    {
        double[] means = new double[this.integral.length];
        for (int i = 0; i < means.length; i++)
        {
            means[i] = this.integral[i] / this.window.intervalLength(i);
        }
        return means;
    }

    /** @return the integral of the value over the window (value × seconds) */
    public double integral()
    {
        double sum = 0;
        for (double v : this.integral)
        {
            sum += v;
        }
        return sum;
    }
}
