package forkcast.sim.stats;

import java.util.Arrays;

/**
 * Observations (e.g. waiting times) taken inside the window, for their count, mean and percentiles. Observations made
 * outside [start, end) are not kept. The values go into an array that grows by doubling, so adding one costs an array
 * store almost always (commons-math3's {@code ResizableDoubleArray} did the same behind a {@code synchronized} method:
 * a lock on every observation, on the event loop).
 */
public final class SampleTally
{
    private final MeasurementWindow window;
    private double[] values = new double[64];
    private int count;
    private double sum;

    public SampleTally(final MeasurementWindow window)
    {
        this.window = window;
    }

    /** Keep {@code value}, observed at time {@code now}, when {@code now} lies in the window. */
    public void add(final double now, final double value)
    {
        if (this.window.indexOf(now) >= 0)
        {
            if (this.count == this.values.length)
            {
                this.values = Arrays.copyOf(this.values, 2 * this.count);
            }
            this.values[this.count++] = value;
            this.sum += value;
        }
    }

    /** @return observations kept */
    public int count()
    {
        return this.count;
    }

    /** @return their mean, or 0 when there is none */
    public double mean()
    {
        return count() == 0 ? 0 : this.sum / count();
    }

    /**
     * @param p the percentile, in (0, 100]
     * @return the percentile as {@link Percentiles} gives it; 0 when there is no observation
     */
    public double percentile(final double p)
    {
        return Percentiles.of(Arrays.copyOf(this.values, this.count), p);
    }
}
