package forkcast.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import forkcast.sim.ExperimentResults;
import forkcast.sim.Goal;
import forkcast.sim.Purchase;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.metrics.Metric;
import forkcast.sim.stats.ErlangB;
import forkcast.sim.stats.MetricSummary;
import forkcast.sim.stats.PhysicalRange;

/**
 * A bill-of-materials line bought by Erlang-B ({@link Purchase.Method#ERLANG_B}): recorder streams, trunk dialogs,
 * CUBE sessions, sized on the busiest interval's offered sessions at the blocking target, and no more than the largest
 * peak in use where nothing held the demand back (docs/answer.md).
 */
final class ErlangBLine
{
    private ErlangBLine()
    {
    }

    /**
     * Erlang-B: per replication, the offered load of its busiest interval, each interval's carried sessions grossed up
     * by that interval's own share lost (losses bunch in the busiest intervals), at the blocking target; at most the
     * largest peak in use where nothing held the demand back (docs/answer.md).
     */
    static BillOfMaterials.Line of(final ExperimentResults results, final Purchase p, final Goal goal)
    {
        if (goal == null || !goal.atMost() || goal.limit() <= 0)
        {
            return null;
        }
        List<ReplicationOutput> reps = results.replications();
        double[] offered = new double[reps.size()];
        double[] busiest = new double[reps.size()];
        double[] lost = new double[reps.size()];
        for (int i = 0; i < reps.size(); i++)
        {
            ReplicationOutput.Series series = reps.get(i).series().get(p.load().name());
            double[] shares = series == null ? null : lostShares(reps.get(i), p.sessions(), series.values().length);
            if (shares == null)
            {
                return null;
            }
            double[] carried = series.values();
            for (int k = 0; k < carried.length; k++)
            {
                double a = carried[k] / p.factor() / (1 - shares[k]);
                if (k == 0 || a > offered[i])
                {
                    offered[i] = a;
                    busiest[i] = carried[k];
                    lost[i] = shares[k];
                }
            }
        }
        double erlangs = BillOfMaterials.upper(MetricSummary.of(offered, PhysicalRange.NON_NEGATIVE));
        int servers = ErlangB.minServers(erlangs, goal.limit());
        double quantity = servers * p.factor();
        String basis = String.format(Locale.ROOT, "Erlang-B: the busiest interval carried %s %s (mean over"
                + " replications), %s per session, grossed up by that interval's %s of sessions lost (mean over"
                + " replications): offered %s E (95%% upper bound); the smallest n with B(n, A) <= %s is %d sessions;"
                + " x %s = %s %s",
                Numbers.human(BillOfMaterials.mean(busiest)), p.unit(), Numbers.exact(p.factor()),
                Numbers.percent(BillOfMaterials.mean(lost)), BillOfMaterials.round(erlangs, 0.01),
                Numbers.percent(goal.limit()), servers, Numbers.exact(p.factor()), Numbers.exact(quantity), p.unit());
        double cap = demandCap(results, p);
        if (cap < quantity)
        {
            basis = String.format(Locale.ROOT, "no replication used more than %s %s and nothing was refused:"
                    + " %s carry all of it (the largest peak in use, in whole sessions of %s %s); Erlang-B for"
                    + " unlimited Poisson sources would ask %s", Numbers.exact(cap), p.unit(), Numbers.exact(cap),
                    Numbers.exact(p.factor()), p.unit(), Numbers.exact(quantity));
            quantity = cap;
        }
        return new BillOfMaterials.Line(p.element(), quantity, p.unit(), basis);
    }

    /**
     * @return each interval's share of sessions lost, failed ÷ requested (0 where none was requested, at most 0.999,
     *         as the Erlang relation cannot gross up a total loss), all 0 without {@code sessions}; null where a
     *         declared series is missing or does not match the load's intervals
     */
    private static double[] lostShares(final ReplicationOutput rep, final Purchase.Sessions sessions,
            final int intervals)
    {
        double[] shares = new double[intervals];
        if (sessions == null)
        {
            return shares;
        }
        ReplicationOutput.Series requested = rep.series().get(sessions.requested().name());
        ReplicationOutput.Series failed = rep.series().get(sessions.failed().name());
        if (requested == null || failed == null || requested.values().length != intervals
                || failed.values().length != intervals)
        {
            return null;
        }
        for (int k = 0; k < intervals; k++)
        {
            double asked = requested.values()[k];
            shares[k] = asked > 0 ? Math.min(failed.values()[k] / asked, 0.999) : 0;
        }
        return shares;
    }

    /**
     * Forkcast's method, for a finite demand: where no session was lost and nothing held the demand back in any
     * replication, each replication's peak in use is what the element was asked for, so the largest of them, rounded
     * up to whole sessions and to the step, would have refused nothing in any replication. Erlang-B assumes unlimited
     * Poisson sources and asks more where a few sources (agents) limit the demand (Engset: fewer sources than servers
     * never block).
     *
     * @return that quantity, or infinity where something was lost or held back, or a figure is missing
     */
    private static double demandCap(final ExperimentResults results, final Purchase p)
    {
        Purchase.Sessions sessions = p.sessions();
        if (sessions == null)
        {
            return Double.POSITIVE_INFINITY;
        }
        double largest = 0;
        for (ReplicationOutput rep : results.replications())
        {
            ReplicationOutput.Series failed = rep.series().get(sessions.failed().name());
            ReplicationOutput.Scalar peak = rep.scalars().get(sessions.peak().name());
            if (failed == null || peak == null || Double.isNaN(peak.value())
                    || Arrays.stream(failed.values()).anyMatch(v -> v != 0))
            {
                return Double.POSITIVE_INFINITY;
            }
            for (Metric m : sessions.heldBack())
            {
                ReplicationOutput.Scalar count = rep.scalars().get(m.name());
                if (count == null || count.value() != 0)
                {
                    return Double.POSITIVE_INFINITY;
                }
            }
            largest = Math.max(largest, peak.value());
        }
        return BillOfMaterials.roundUp(Math.ceil(largest / p.factor()) * p.factor(), p.step());
    }
}
