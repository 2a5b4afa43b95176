package forkcast.models.metrics;

import java.util.List;
import java.util.Optional;

import forkcast.sim.SimulatorMetrics;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.metrics.MetricGroup;
import forkcast.sim.metrics.MetricKind;

/**
 * Every metric a run of the recording model produces, by group, in the order the groups publish them. A new metric
 * is declared in its group's class and published by the model against that declaration; {@code docs/metrics.md} is
 * generated from here ({@code MetricsDocTest}).
 */
public final class MetricCatalogue
{
    private MetricCatalogue()
    {
    }

    /** @return the groups, each with its metrics in declaration order */
    public static List<MetricGroup> groups()
    {
        return List.of(CallMetrics.GROUP, RecordingMetrics.GROUP, ClusterMetrics.GROUP, LinkMetrics.GROUP,
                ElementMetrics.GROUP, BreakdownMetrics.GROUP, SimulatorMetrics.GROUP);
    }

    /** @return every metric, scalars and series */
    public static List<MetricDescriptor> all()
    {
        return groups().stream().flatMap(g -> g.metrics().stream()).toList();
    }

    /**
     * @param pattern a descriptor's pattern, as saved with a value
     * @param series whether the value is an interval series (a counter's total and series share a pattern)
     * @return the descriptor, or empty when the catalogue has none (a value saved by another version)
     */
    public static Optional<MetricDescriptor> find(final String pattern, final boolean series)
    {
        return all().stream().filter(d -> d.pattern().equals(pattern) && (d.kind() == MetricKind.SERIES) == series)
                .findFirst();
    }
}
