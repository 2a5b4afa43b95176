package forkcast.sim.metrics;

/**
 * A counter published twice under one name: its total over the window (a scalar) and its count per interval (a
 * series).
 */
public record CounterMetric(MetricDescriptor total, MetricDescriptor perInterval)
{
}
