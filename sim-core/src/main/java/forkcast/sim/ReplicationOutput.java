package forkcast.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.PhysicalRange;

/**
 * The metrics of one replication: scalars (one value each) and interval series (one value per interval of the
 * measurement window), each with its unit. Insertion order is kept, so outputs are written in a stable order.
 */
public final class ReplicationOutput
{
    /** A scalar metric value, its unit and the values it can physically take. */
    public record Scalar(double value, String unit, PhysicalRange range)
    {
    }

    /** An interval series and its unit; {@code values[i]} belongs to interval i of the window. */
    public record Series(double[] values, String unit)
    {
    }

    private final int replication;
    private final MeasurementWindow window;
    private final Map<String, Scalar> scalars = new LinkedHashMap<>();
    private final Map<String, Series> series = new LinkedHashMap<>();

    public ReplicationOutput(final int replication, final MeasurementWindow window)
    {
        this.replication = replication;
        this.window = window;
    }

    /**
     * Record a scalar. NaN means "undefined in this replication" (e.g. a ratio with nothing to divide) and is left
     * out of the summary over replications rather than written.
     *
     * @param range the values the metric can physically take (its confidence interval is clamped to them)
     */
    public void put(final String name, final String unit, final PhysicalRange range, final double value)
    {
        if (this.scalars.putIfAbsent(name, new Scalar(value, unit, range)) != null)
        {
            throw new IllegalStateException("metric " + name + " recorded twice");
        }
    }

    public void putSeries(final String name, final String unit, final double[] values)
    {
        if (values.length != this.window.intervals())
        {
            throw new IllegalArgumentException("series " + name + " has " + values.length + " values for "
                    + this.window.intervals() + " intervals");
        }
        if (this.series.putIfAbsent(name, new Series(values.clone(), unit)) != null)
        {
            throw new IllegalStateException("series " + name + " recorded twice");
        }
    }

    public int replication()
    {
        return this.replication;
    }

    public MeasurementWindow window()
    {
        return this.window;
    }

    public Map<String, Scalar> scalars()
    {
        return Collections.unmodifiableMap(this.scalars);
    }

    public Map<String, Series> series()
    {
        return Collections.unmodifiableMap(this.series);
    }

    /** @return the scalar's value; throws if absent so that a typo in a metric name fails loudly */
    public double value(final String name)
    {
        Scalar scalar = this.scalars.get(name);
        if (scalar == null)
        {
            throw new IllegalArgumentException("no metric " + name + " in replication " + this.replication);
        }
        return scalar.value();
    }
}
