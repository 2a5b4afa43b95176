package forkcast.models.metrics;

import static forkcast.sim.stats.PhysicalRange.NON_NEGATIVE;

import forkcast.sim.metrics.Aggregation;
import forkcast.sim.metrics.CounterMetric;
import forkcast.sim.metrics.LevelMetric;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.metrics.MetricDirection;
import forkcast.sim.metrics.MetricGroup;
import forkcast.sim.metrics.MetricKind;

/**
 * The figures of one kind of element's set-up queue (F6: INVITEs served first come, first served at
 * {@code maxSetupsPerSecond}): waits, queue length, utilisation and timeouts. Recorders and rate-limited CUBEs
 * each declare one, under their own {@code <id>} prefix.
 *
 * @param waitMean mean wait of the set-ups served
 * @param waitP95 95th percentile of those waits
 * @param queue set-ups waiting (level: mean, peak, series)
 * @param utilisation set-up load over the rate (the verdict holds it against 1)
 * @param timeouts set-ups that waited longer than the SIP set-up timeout
 */
public record SetupQueueMetrics(MetricDescriptor waitMean, MetricDescriptor waitP95, LevelMetric queue,
        MetricDescriptor utilisation, CounterMetric timeouts)
{
    /** Declare the five in {@code group}, named {@code prefix.setup*} (prefix with its {@code <id>}). */
    static SetupQueueMetrics declare(final MetricGroup group, final String prefix, final String element,
            final String what)
    {
        return new SetupQueueMetrics(
                group.scalar(prefix + ".setupWait.mean", "s", MetricKind.AMOUNT, element, MetricDirection.NONE,
                        Aggregation.SAMPLE_MEAN, "mean wait of the recording calls' set-ups in the " + what
                                + "'s set-up queue (F6)"),
                group.scalar(prefix + ".setupWait.p95", "s", MetricKind.AMOUNT, element, MetricDirection.NONE,
                        Aggregation.SAMPLE_PERCENTILE_95, "95th percentile of the set-up waits at the " + what + " (F6)"),
                group.level(prefix + ".setupQueue", "set-ups", element, MetricDirection.NONE,
                        "set-ups waiting at the " + what + " (fractional: a leg routed on its own is half a"
                                + " session's set-up)"),
                group.ratio(prefix + ".setupUtilization", element, MetricDirection.NONE, NON_NEGATIVE,
                        "set-ups served per second over the " + what + "'s maxSetupsPerSecond (a sustained rate;"
                                + " the verdict holds it against 1)"),
                group.counter(prefix + ".setupTimeouts", "set-ups", element,
                        "set-ups that waited at the " + what + " longer than the SIP set-up timeout"));
    }
}
