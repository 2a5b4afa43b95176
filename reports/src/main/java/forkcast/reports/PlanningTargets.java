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
 * @param goal the scenario's goal on it
 */
record PlanningTargets(MetricDescriptor metric, Goal goal)
{
    /** @return the target of a metric in the scenario of {@code run}, or null when it has none */
    static PlanningTargets of(final RunResult run, final Metric metric)
    {
        for (Goal g : run.scenario().targets().goals(run.scenario().deployment()))
        {
            if (g.metric().equals(metric.name()))
            {
                return new PlanningTargets(metric.descriptor(), g);
            }
        }
        return null;
    }

    /** @return the target, in the metric's unit (a share for a ratio) */
    double limit()
    {
        return this.goal.limit();
    }

    /**
     * @return OK, NEAR or OVER for a metric's summary, by the run report's rule ({@link GoalVerdict}); OK when no
     *         replication defined it (nothing to judge at a sweep point or in an alternative)
     */
    String status(final MetricSummary s)
    {
        return s.n() == 0 ? "OK" : GoalVerdict.status(this.goal, s);
    }

    /** @return the target as a reader writes it, e.g. "≤ 1.0%" */
    String text(final boolean ratio)
    {
        return (this.goal.atMost() ? "≤ " : "≥ ") + Numbers.target(this.goal.limit(), ratio);
    }
}
