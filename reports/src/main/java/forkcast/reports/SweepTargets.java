package forkcast.reports;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import forkcast.scenarios.RunResult;
import forkcast.scenarios.Sweep;
import forkcast.sim.ExperimentResults;
import forkcast.sim.Goal;
import forkcast.sim.metrics.Metric;

/**
 * The targets a sweep judges its points by (the scenario's own, {@link PlanningTargets}), and those of them that answer
 * the swept question: the targets on the metrics the varied paths move ({@link DependentMetrics}). A point's overall
 * verdict is the worst of everything, so recorders that are full at every point make every link size OVER; the verdict
 * of the link's own target beside it shows which size meets it.
 */
public final class SweepTargets
{
    /** A point's verdict where no target depends on the varied paths. */
    public static final String NONE = "–";

    private SweepTargets()
    {
    }

    /**
     * @param members per axis, the concrete paths it sets
     * @return the targets of the point's scenario whose metric the varied paths move, in the scenario's order
     */
    public static List<Goal> dependent(final Sweep.Point point, final List<List<String>> members)
    {
        ExperimentResults results = point.result().results();
        Set<String> moved = new HashSet<>();
        for (List<String> axis : members)
        {
            moved.addAll(DependentMetrics.of(axis, results));
        }
        return goals(point.result()).stream().filter(g -> moved.contains(g.metric())).toList();
    }

    /**
     * @return the worst verdict (OK, NEAR, OVER) of the {@link #dependent} targets at the point, by the rule of its
     *         overall verdict; {@link #NONE} where no target depends on the varied paths
     */
    public static String status(final Sweep.Point point, final List<List<String>> members)
    {
        List<Goal> goals = dependent(point, members);
        if (goals.isEmpty())
        {
            return NONE;
        }
        String worst = "OK";
        ExperimentResults results = point.result().results();
        for (Goal g : goals)
        {
            PlanningTargets target = PlanningTargets.of(point.result(), results.metric(g.metric()));
            worst = Verdict.worse(worst, target.status(results.summary(g.metric())));
        }
        return worst;
    }

    /**
     * @return each target as a reader writes it ("recording coverage ≥ 98.0%"), once over all points (a varied target
     *         gives one entry per value), in the first point's order
     */
    public static List<String> used(final List<Sweep.Point> points)
    {
        return texts(points, null);
    }

    /** @return the {@link #dependent} targets as {@link #used} writes them, once over all points */
    public static List<String> usedDependent(final List<Sweep.Point> points, final List<List<String>> members)
    {
        return texts(points, members);
    }

    private static List<String> texts(final List<Sweep.Point> points, final List<List<String>> members)
    {
        Set<String> texts = new LinkedHashSet<>();
        for (Sweep.Point p : points)
        {
            ExperimentResults results = p.result().results();
            for (Goal g : members == null ? goals(p.result()) : dependent(p, members))
            {
                if (results.summaries().containsKey(g.metric()))
                {
                    Metric m = results.metric(g.metric());
                    texts.add(g.label() + " " + new PlanningTargets(m.descriptor(), g).text(MetricLabels.ratio(m)));
                }
            }
        }
        return List.copyOf(texts);
    }

    private static List<Goal> goals(final RunResult run)
    {
        return run.scenario().targets().goals(run.scenario().deployment());
    }
}
