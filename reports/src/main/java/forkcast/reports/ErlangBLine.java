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
 * CUBE sessions, sized on the busiest interval's offered sessions at the recording-blocking target, and gateway
 * channels, on its offered calls at the gateway-blocking target; no more than the largest peak in use where nothing
 * held the demand back (docs/answer.md).
 */
final class ErlangBLine
{
    private ErlangBLine()
    {
    }

    /**
     * Erlang-B: per replication and interval, the offered load, each interval's carried sessions (or calls) grossed up
     * by that interval's own share lost (losses bunch in the busiest intervals) and by its share of each kind of work
     * refused beside lost sessions ({@link Purchase.Refusals}: calls refused before they could ask, a gateway's calls
     * that locations CAC refused, copies a recorder refused); sized on the time-consistent busiest interval ({@link BusyInterval}) at the blocking target; at
     * most the largest peak in use where nothing held the demand back (docs/answer.md).
     */
    static BillOfMaterials.Line of(final ExperimentResults results, final Purchase p, final Goal goal)
    {
        if (goal == null || !goal.atMost() || goal.limit() <= 0)
        {
            return null;
        }
        List<ReplicationOutput> reps = results.replications();
        List<Purchase.Refusals> refusals = p.sessions() == null ? List.of() : p.sessions().refusals();
        double[][] offeredIn = new double[reps.size()][];
        double[][] carriedIn = new double[reps.size()][];
        double[][] lostIn = new double[reps.size()][];
        double[][][] refusedIn = new double[refusals.size()][reps.size()][];
        for (int i = 0; i < reps.size(); i++)
        {
            ReplicationOutput.Series series = reps.get(i).series().get(p.load().name());
            int intervals = series == null ? 0 : series.values().length;
            double[] shares = series == null ? null : lostShares(reps.get(i), p.sessions(), intervals);
            for (int j = 0; j < refusals.size(); j++)
            {
                refusedIn[j][i] = refusedShares(reps.get(i), refusals.get(j), intervals);
                if (refusedIn[j][i] == null)
                {
                    return null;
                }
            }
            if (shares == null)
            {
                return null;
            }
            double[] carried = series.values();
            offeredIn[i] = new double[carried.length];
            for (int k = 0; k < carried.length; k++)
            {
                // offered = carried ÷ ((1 − each refused share) × (1 − sessions lost share)); with nothing refused
                // the first factors are exactly 1, so the figure is the carried ÷ (1 − lost share) it always was
                double kept = 1;
                for (int j = 0; j < refusals.size(); j++)
                {
                    kept *= 1 - refusedIn[j][i][k];
                }
                offeredIn[i][k] = carried[k] / p.factor() / (kept * (1 - shares[k]));
            }
            carriedIn[i] = carried;
            lostIn[i] = shares;
        }
        int busiest = BusyInterval.of(offeredIn);
        if (busiest < 0)
        {
            return null;
        }
        double[] offered = BusyInterval.at(offeredIn, busiest);
        StringBuilder refusedText = new StringBuilder();
        for (int j = 0; j < refusals.size(); j++)
        {
            if (Arrays.stream(refusedIn[j]).flatMapToDouble(Arrays::stream).anyMatch(r -> r > 0))
            {
                refusedText.append(String.format(Locale.ROOT, " and by its %s of %s (mean; assumption: %s)",
                        Numbers.percent(BillOfMaterials.mean(BusyInterval.at(refusedIn[j], busiest))),
                        refusals.get(j).what(), refusals.get(j).assumption()));
            }
        }
        double erlangs = BillOfMaterials.upper(MetricSummary.of(offered, PhysicalRange.NON_NEGATIVE));
        int servers = ErlangB.minServers(erlangs, goal.limit());
        double quantity = servers * p.factor();
        String noun = p.sessions() == null ? "session" : p.sessions().noun();
        String basis = String.format(Locale.ROOT, "Erlang-B: the busiest interval by offered load (%s) carried %s %s"
                + " (mean over replications), %s per %s, grossed up by that interval's %s of %ss lost (mean over"
                + " replications)%s: offered %s E (95%% upper bound); the smallest n with B(n, A) <= %s is %d %ss;"
                + " x %s = %s %s", BusyInterval.describe(results.window(), busiest, reps.size()),
                Numbers.human(BillOfMaterials.mean(BusyInterval.at(carriedIn, busiest))), p.unit(),
                Numbers.exact(p.factor()), noun,
                Numbers.percent(BillOfMaterials.mean(BusyInterval.at(lostIn, busiest))), noun, refusedText,
                BillOfMaterials.round(erlangs, 0.01),
                Numbers.percent(goal.limit()), servers, noun, Numbers.exact(p.factor()), Numbers.exact(quantity),
                p.unit());
        double cap = demandCap(results, p);
        if (cap < quantity)
        {
            // a unit per call (a gateway channel) needs no "in whole calls of 1 channels"
            String whole = p.factor() == 1 ? "" : String.format(Locale.ROOT, ", in whole %ss of %s %s", noun,
                    Numbers.exact(p.factor()), p.unit());
            // what the cap asked of the run: for calls (a gateway), that no call was refused (recording sessions
            // lost downstream do not hold a gateway's calls back); for sessions, that nothing on the path was refused
            String nothing = "call".equals(noun) ? "no call was refused at a gateway or by locations CAC"
                    : "nothing was refused";
            basis = String.format(Locale.ROOT, "no replication used more than %s %s and %s: %s carry all of it (the"
                    + " largest peak in use%s); Erlang-B for unlimited Poisson sources would ask %s",
                    Numbers.exact(cap), p.unit(), nothing, Numbers.exact(cap), whole, Numbers.exact(quantity));
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
        if (sessions == null)
        {
            return new double[intervals];
        }
        return shares(values(rep, sessions.failed(), intervals), values(rep, sessions.requested(), intervals));
    }

    /**
     * @return each interval's share of {@code refusals}' work refused, refused ÷ offered (0 where none was offered, at
     *         most 0.999); null where a declared series is missing or does not match the load's intervals
     */
    private static double[] refusedShares(final ReplicationOutput rep, final Purchase.Refusals refusals,
            final int intervals)
    {
        double[] refused = new double[intervals];
        for (Metric m : refusals.refused())
        {
            double[] count = values(rep, m, intervals);
            if (count == null)
            {
                return null;
            }
            for (int k = 0; k < intervals; k++)
            {
                refused[k] += count[k];
            }
        }
        return shares(refused, values(rep, refusals.offered(), intervals));
    }

    /**
     * @return per interval, {@code part} ÷ {@code whole}: 0 where the whole is 0, at most 0.999 (the Erlang relation
     *         cannot gross up a total loss); null where either is missing
     */
    static double[] shares(final double[] part, final double[] whole)
    {
        if (part == null || whole == null)
        {
            return null;
        }
        double[] shares = new double[whole.length];
        for (int k = 0; k < whole.length; k++)
        {
            shares[k] = whole[k] > 0 ? Math.min(part[k] / whole[k], 0.999) : 0;
        }
        return shares;
    }

    /** @return the per-interval values of {@code series}; null where it is missing or has not {@code intervals} */
    static double[] values(final ReplicationOutput rep, final Metric series, final int intervals)
    {
        ReplicationOutput.Series s = rep.series().get(series.name());
        return s == null || s.values().length != intervals ? null : s.values();
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
