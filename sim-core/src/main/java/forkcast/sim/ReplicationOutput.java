package forkcast.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import forkcast.sim.metrics.CounterMetric;
import forkcast.sim.metrics.LevelMetric;
import forkcast.sim.metrics.Metric;
import forkcast.sim.metrics.MetricKind;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.PhysicalRange;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * The metrics of one replication: scalars (one value each) and interval series (one value per interval of the
 * measurement window), each published against its {@link Metric} (which carries the unit, the physical range and
 * what the metric is). Insertion order is kept, so outputs are written in a stable order.
 */
public final class ReplicationOutput
{
    /** A scalar metric value and the metric it is a value of. */
    public record Scalar(double value, Metric metric)
    {
        public String unit()
        {
            return this.metric.unit();
        }

        /** @return the values the metric can physically take (its confidence interval is clamped to them) */
        public PhysicalRange range()
        {
            return this.metric.descriptor().range();
        }
    }

    /** An interval series and its metric; {@code values[i]} belongs to interval i of the window. */
    public record Series(double[] values, Metric metric)
    {
        public String unit()
        {
            return this.metric.unit();
        }
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
     */
    public void put(final Metric metric, final double value)
    {
        if (metric.descriptor().kind() == MetricKind.SERIES)
        {
            throw new IllegalArgumentException("metric " + metric.name() + " is a series");
        }
        if (this.scalars.putIfAbsent(metric.name(), new Scalar(value, metric)) != null)
        {
            throw new IllegalStateException("metric " + metric.name() + " recorded twice");
        }
    }

    public void putSeries(final Metric metric, final double[] values)
    {
        String name = metric.name();
        if (metric.descriptor().kind() != MetricKind.SERIES)
        {
            throw new IllegalArgumentException("metric " + name + " is not a series");
        }
        if (values.length != this.window.intervals())
        {
            throw new IllegalArgumentException("series " + name + " has " + values.length + " values for "
                    + this.window.intervals() + " intervals");
        }
        if (this.series.putIfAbsent(name, new Series(values.clone(), metric)) != null)
        {
            throw new IllegalStateException("series " + name + " recorded twice");
        }
    }

    /** A counter's total (scalar) and its counts per interval (series); {@code parts} fill the placeholders. */
    public void put(final CounterMetric metric, final IntervalCounter counter, final String... parts)
    {
        put(metric.total().of(parts), counter.total());
        putSeries(metric.perInterval().of(parts), counter.perInterval());
    }

    /** A level's mean and peak (scalars) and its interval means (series), each divided by {@code scale}. */
    public void put(final LevelMetric metric, final TimeWeightedLevel level, final double scale,
            final String... parts)
    {
        put(metric.mean().of(parts), level.mean() / scale);
        put(metric.peak().of(parts), level.peak() / scale);
        double[] means = level.intervalMeans().clone();
        for (int i = 0; i < means.length; i++)
        {
            means[i] /= scale;
        }
        putSeries(metric.perInterval().of(parts), means);
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
