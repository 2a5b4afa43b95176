package forkcast.sim.stats;

import org.apache.commons.math3.util.ResizableDoubleArray;

/**
 * Observations (e.g. waiting times) taken inside the window, for their count, mean and percentiles. Observations made
 * outside [start, end) are not kept. The values go into commons-math3's resizable array, whose storage grows by
 * doubling, so adding one costs an array store almost always.
 */
public final class SampleTally
{
    private final MeasurementWindow window;
    private final ResizableDoubleArray values = new ResizableDoubleArray(64);
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
            this.values.addElement(value);
            this.sum += value;
        }
    }

    /** @return observations kept */
    public int count()
    {
        return this.values.getNumElements();
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
        return Percentiles.of(this.values.getElements(), p);
    }
}
