/**
 * Metrics declared as data: a {@link forkcast.sim.metrics.MetricDescriptor} says once what a metric is (name pattern,
 * unit, kind, the element and direction it belongs to, meaning, physical range, aggregation); a
 * {@link forkcast.sim.metrics.Metric} is one published instance of it (the pattern filled with an element's id).
 * Models declare their descriptors in {@link forkcast.sim.metrics.MetricGroup}s and publish values against them;
 * reports read the descriptor of each value instead of parsing its name. It knows nothing of telephony.
 */
package forkcast.sim.metrics;
