package forkcast.sim.metrics;

import static forkcast.sim.stats.PhysicalRange.NON_NEGATIVE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import forkcast.sim.stats.PhysicalRange;

/**
 * The metrics of one part of a model, in the order they are declared (which is the order the documentation lists
 * them in). Each factory declares a metric and keeps it here, so a metric is written down exactly once.
 */
public final class MetricGroup
{
    private final String title;
    private final List<MetricDescriptor> metrics = new ArrayList<>();

    public MetricGroup(final String title)
    {
        this.title = title;
    }

    public String title()
    {
        return this.title;
    }

    /** @return every metric declared in this group, in declaration order */
    public List<MetricDescriptor> metrics()
    {
        return Collections.unmodifiableList(this.metrics);
    }

    /** Declare any scalar or series. */
    public MetricDescriptor declare(final MetricDescriptor descriptor)
    {
        this.metrics.add(descriptor);
        return descriptor;
    }

    /** A count over the window and per interval, under one name. */
    public CounterMetric counter(final String pattern, final String unit, final String element, final String meaning)
    {
        return new CounterMetric(total(pattern, unit, element, meaning), declare(new MetricDescriptor(pattern, unit,
                MetricKind.SERIES, element, MetricDirection.NONE, NON_NEGATIVE, Aggregation.PER_INTERVAL_COUNT,
                meaning + ", per interval")));
    }

    /** A count over the window only. */
    public MetricDescriptor total(final String pattern, final String unit, final String element, final String meaning)
    {
        return declare(new MetricDescriptor(pattern, unit, MetricKind.COUNTER, element, MetricDirection.NONE,
                NON_NEGATIVE, Aggregation.TOTAL, meaning));
    }

    /** A level's mean ({@code pattern.mean}), peak ({@code pattern.peak}) and interval means (series {@code pattern}). */
    public LevelMetric level(final String pattern, final String unit, final String element,
            final MetricDirection direction, final String meaning)
    {
        return new LevelMetric(
                scalar(pattern + ".mean", unit, MetricKind.LEVEL_MEAN, element, direction, NON_NEGATIVE,
                        Aggregation.TIME_WEIGHTED_MEAN, meaning + ", time-weighted mean"),
                scalar(pattern + ".peak", unit, MetricKind.LEVEL_PEAK, element, direction, NON_NEGATIVE,
                        Aggregation.PEAK, meaning + ", peak"),
                series(pattern, unit, element, direction, Aggregation.PER_INTERVAL_MEAN, meaning + ", per interval"));
    }

    /** A quotient: a share in [0, 1] ({@link PhysicalRange#SHARE}) or a load over a rating (NON_NEGATIVE). */
    public MetricDescriptor ratio(final String pattern, final String element, final MetricDirection direction,
            final PhysicalRange range, final String meaning)
    {
        return scalar(pattern, "ratio", MetricKind.RATIO, element, direction, range, Aggregation.QUOTIENT, meaning);
    }

    /** Any other non-negative scalar. */
    public MetricDescriptor scalar(final String pattern, final String unit, final MetricKind kind,
            final String element, final MetricDirection direction, final Aggregation aggregation, final String meaning)
    {
        return scalar(pattern, unit, kind, element, direction, NON_NEGATIVE, aggregation, meaning);
    }

    private MetricDescriptor scalar(final String pattern, final String unit, final MetricKind kind,
            final String element, final MetricDirection direction, final PhysicalRange range,
            final Aggregation aggregation, final String meaning)
    {
        return declare(new MetricDescriptor(pattern, unit, kind, element, direction, range, aggregation, meaning));
    }

    /** A non-negative per-interval series. */
    public MetricDescriptor series(final String pattern, final String unit, final String element,
            final MetricDirection direction, final Aggregation aggregation, final String meaning)
    {
        return declare(new MetricDescriptor(pattern, unit, MetricKind.SERIES, element, direction, NON_NEGATIVE,
                aggregation, meaning));
    }
}
