package forkcast.reports;

import forkcast.scenarios.RunResult;
import forkcast.sim.Goal;
import forkcast.sim.metrics.Metric;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.stats.MetricSummary;

/**
 * A planning target as a sweep and a comparison judge their points against it and draw it as a line: the scenario's
 * own {@code targets:} (with the command line's {@code --target}), the same goals a run's verdicts use
 * ({@link forkcast.models.Targets}). A target's verdict is OK when the 95% interval is on the right side, NEAR when
 * only the mean is, OVER when the mean is not.
 *
 * @param metric the metric kind judged
 * @param atMost true for "at most", false for "at least"
 * @param limit the target, in the metric's unit (a share for a ratio)
 */
record PlanningTargets(MetricDescriptor metric, boolean atMost, double limit)
{
    /** @return the target of a metric in the scenario of {@code run}, or null when it has none */
    static PlanningTargets of(final RunResult run, final Metric metric)
    {
        for (Goal g : run.scenario().targets().goals(run.scenario().deployment()))
        {
            if (g.metric().equals(metric.name()))
            {
                return new PlanningTargets(metric.descriptor(), g.atMost(), g.limit());
            }
        }
        return null;
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
