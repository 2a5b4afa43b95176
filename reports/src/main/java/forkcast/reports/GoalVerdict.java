package forkcast.reports;

import java.util.ArrayList;
import java.util.List;

import forkcast.sim.ExperimentResults;
import forkcast.sim.Goal;
import forkcast.sim.stats.MetricSummary;

/**
 * A target judged against the run. OVER: the mean is beyond the target (above a {@code <=} target, below a {@code >=}
 * one). NEAR: the mean meets the target but the 95% confidence interval reaches beyond it, so the run cannot say it is
 * met. OK: the whole interval meets it. n/a: the metric is undefined in every replication (e.g. coverage when nothing
 * was meant to be recorded) or absent from the run.
 *
 * @param goal the target
 * @param value the metric over replications
 * @param status OK, NEAR, OVER or n/a
 */
public record GoalVerdict(Goal goal, MetricSummary value, String status)
{
    public static List<GoalVerdict> judge(final ExperimentResults results, final List<Goal> goals)
    {
        List<GoalVerdict> verdicts = new ArrayList<>();
        for (Goal goal : goals)
        {
            MetricSummary value = results.summaries().containsKey(goal.metric()) ? results.summary(goal.metric())
                    : MetricSummary.of(new double[0]);
            verdicts.add(new GoalVerdict(goal, value, status(goal, value)));
        }
        return verdicts;
    }

    /** @return OK, NEAR or OVER by the rule above; n/a when no replication defined the value */
    static String status(final Goal goal, final MetricSummary value)
    {
        if (value.n() == 0)
        {
            return "n/a";
        }
        if (!goal.met(value.mean()))
        {
            return "OVER";
        }
        Double far = goal.atMost() ? value.ci95high() : value.ci95low();
        return far != null && !goal.met(far) ? "NEAR" : "OK";
    }

    /** @return the target as written, e.g. {@code recording.blockingProbability <= 0.01} */
    public String condition()
    {
        return this.goal.metric() + (this.goal.atMost() ? " <= " : " >= ") + Numbers.exact(this.goal.limit());
    }
}
