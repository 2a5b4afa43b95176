package forkcast.reports;

import java.util.List;

import forkcast.models.metrics.LinkMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.sim.metrics.Metric;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.stats.MetricSummary;

/**
 * The planning targets a sweep and a comparison judge their points against, and draw as lines: recording blocking at
 * most 1%, coverage at least 99%, each link's busier-direction peak at most 80% of its capacity. These are the
 * defaults a planner states for a recording deployment (a Forkcast assumption, the same as {@code size --target}
 * would be given); a target's verdict is OK when the 95% interval is on the right side, NEAR when only the mean is,
 * OVER when the mean is not.
 *
 * @param metric the metric kind judged
 * @param atMost true for "at most", false for "at least"
 * @param limit the target, in the metric's unit (a share for a ratio)
 */
record PlanningTargets(MetricDescriptor metric, boolean atMost, double limit)
{
    static final List<PlanningTargets> DEFAULTS = List.of(
            new PlanningTargets(RecordingMetrics.BLOCKING_PROBABILITY, true, 0.01),
            new PlanningTargets(RecordingMetrics.COVERAGE, false, 0.99),
            new PlanningTargets(LinkMetrics.UTILIZATION, true, 0.80));

    /** @return the target of a metric, or null when it has none */
    static PlanningTargets of(final Metric metric)
    {
        return DEFAULTS.stream().filter(t -> metric.is(t.metric())).findFirst().orElse(null);
    }

    /** @return OK, NEAR or OVER for a metric's summary (OK when undefined: nothing to judge) */
    String status(final MetricSummary s)
    {
        if (s.mean() == null)
        {
            return "OK";
        }
        if (!meets(s.mean()))
        {
            return "OVER";
        }
        Double far = this.atMost ? s.ci95high() : s.ci95low();
        return far == null || meets(far) ? "OK" : "NEAR";
    }

    private boolean meets(final double v)
    {
        return this.atMost ? v <= this.limit : v >= this.limit;
    }

    /** @return the target as a reader writes it, e.g. "≤ 1.0%" */
    String text(final boolean ratio)
    {
        return (this.atMost ? "≤ " : "≥ ") + (ratio ? Numbers.percent(this.limit) : Numbers.human(this.limit));
    }
}
