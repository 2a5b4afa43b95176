package forkcast.sim.metrics;

/**
 * A level published as its time-weighted mean ({@code NAME.mean}), its peak ({@code NAME.peak}) and its interval
 * means (series {@code NAME}).
 */
public record LevelMetric(MetricDescriptor mean, MetricDescriptor peak, MetricDescriptor perInterval)
{
}
