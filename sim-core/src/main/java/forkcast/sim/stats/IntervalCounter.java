package forkcast.sim.stats;

/**
 * Counts occurrences (calls set up, messages sent) in each interval of the window; occurrences outside [start, end)
 * are not counted. One array store per occurrence.
 */
public final class IntervalCounter
{
    private final MeasurementWindow window;
    private final double[] counts;

    public IntervalCounter(final MeasurementWindow window)
    {
        this.window = window;
        this.counts = new double[window.intervals()];
    }

    /** Count {@code amount} at time {@code now}. */
    public void add(final double now, final double amount)
    {
        int i = this.window.indexOf(now);
        if (i >= 0)
        {
            this.counts[i] += amount;
        }
    }

    /** Count one at time {@code now}. */
    public void increment(final double now)
    {
        add(now, 1.0);
    }

    /** @return the total over the window */
    public double total()
    {
        double sum = 0;
        for (double c : this.counts)
        {
            sum += c;
        }
        return sum;
    }

    /** @return a copy of the counts per interval */
    public double[] perInterval()
    {
        return this.counts.clone();
    }

    /** @return counts per interval divided by the interval's length in seconds */
    public double[] perSecond()
    {
        double[] rates = new double[this.counts.length];
        for (int i = 0; i < rates.length; i++)
        {
            rates[i] = this.counts[i] / this.window.intervalLength(i);
        }
        return rates;
    }

    public MeasurementWindow window()
    {
        return this.window;
    }
}
