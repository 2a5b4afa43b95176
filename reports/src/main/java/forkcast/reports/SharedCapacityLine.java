package forkcast.reports;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import forkcast.sim.ExperimentResults;
import forkcast.sim.Goal;
import forkcast.sim.Purchase;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.metrics.Metric;
import forkcast.sim.stats.KaufmanRoberts;
import forkcast.sim.stats.MetricSummary;
import forkcast.sim.stats.PhysicalRange;

/**
 * A bill-of-materials line bought by the multi-rate Erlang-B ({@link Purchase.Method#KAUFMAN_ROBERTS}): a capacity
 * shared by calls of several sizes with no queue, a locations-CAC budget (F7), sized on the busiest interval's offered
 * calls per class at the blocking target, as Erlang-B sizes trunks on the busy hour's traffic at a grade of service
 * (docs/answer.md, docs/locations-cac.md); and the bandwidth behind that capacity at its own target.
 */
final class SharedCapacityLine
{
    /** A call's size is counted in whole tenths of the capacity's unit (iLBC's 31.2 kbit/s), rounded up. */
    private static final int TENTHS = 10;

    private SharedCapacityLine()
    {
    }

    /**
     * @param goal the goal of the purchase's own metric: the blocking target's for the capacity itself, another (a
     *            link's utilisation) for what follows from it
     * @param blocking the goal of {@link Purchase.SharedCapacity#target()}, which sizes the capacity
     * @return the line, or null where the blocking target or a declared figure is missing
     */
    static BillOfMaterials.Line of(final ExperimentResults results, final Purchase p, final Goal goal,
            final Goal blocking)
    {
        Purchase.SharedCapacity shared = p.shared();
        if (blocking == null || !blocking.atMost() || blocking.limit() <= 0 || shared.classes().isEmpty())
        {
            return null;
        }
        Busiest busiest = busiest(results, shared);
        if (busiest == null)
        {
            return null;
        }
        List<Purchase.CallClass> classes = shared.classes();
        // the recursion counts in whole units: tenths of the capacity's unit, or the largest size that divides the
        // step and every call's size (8 kbit/s for G.711's 80 and G.729's 24)
        int step = (int) Math.round(shared.step() * TENTHS);
        int unit = step;
        int[] sizes = new int[classes.size()];
        for (int k = 0; k < sizes.length; k++)
        {
            sizes[k] = (int) Math.ceil(classes.get(k).size() * TENTHS - 1e-9);
            unit = gcd(unit, sizes[k]);
        }
        double[] erlangs = new double[sizes.length];
        int[] units = new int[sizes.length];
        for (int k = 0; k < sizes.length; k++)
        {
            erlangs[k] = BillOfMaterials.upper(MetricSummary.of(busiest.offered()[k],
                    PhysicalRange.NON_NEGATIVE));
            units[k] = sizes[k] / unit;
        }
        double capacity = (double) KaufmanRoberts.minCapacity(units, erlangs, step / unit, blocking.limit()) * unit
                / TENTHS;
        String unitName = shared.unit();
        String perClass = IntStream.range(0, sizes.length).mapToObj(k -> String.format(Locale.ROOT, "%s carried %s"
                + " calls, %s of its requests refused, so offered %s E (95%% upper bound), %s %s a call",
                classes.get(k).name(), Numbers.human(BillOfMaterials.mean(busiest.carried()[k])),
                Numbers.percent(BillOfMaterials.mean(busiest.refused()[k])),
                BillOfMaterials.round(erlangs[k], 0.01), Numbers.exact(classes.get(k).size()), unitName))
                .collect(Collectors.joining("; "));
        String basis = String.format(Locale.ROOT, "Kaufman-Roberts (multi-rate Erlang-B, complete sharing), in the"
                + " busiest interval by offered %s (%s; means over replications): %s; the smallest capacity, in"
                + " steps of %s %s, at which every codec's blocking <= %s is %s %s", unitName,
                BusyInterval.describe(results.window(), busiest.interval(), results.replications().size()), perClass,
                Numbers.exact(shared.step()), unitName, Numbers.percent(blocking.limit()), Numbers.exact(capacity),
                unitName);
        double cap = demandCap(results, p);
        if (cap < capacity)
        {
            basis = String.format(Locale.ROOT, "no replication used more than %s %s and nothing was refused: %s"
                    + " carry all of it (the largest peak in use); Kaufman-Roberts for unlimited Poisson sources would"
                    + " ask %s", Numbers.exact(cap), shared.unit(), Numbers.exact(cap), Numbers.exact(capacity));
            capacity = cap;
        }
        if (goal == null || p.goal().equals(shared.target()))
        {
            return new BillOfMaterials.Line(p.element(), capacity * p.factor(), p.unit(), basis);
        }
        double quantity = BillOfMaterials.roundUp(capacity * p.factor() / goal.limit(), p.step());
        return new BillOfMaterials.Line(p.element(), quantity, p.unit(), String.format(Locale.ROOT,
                "the capacity of %s %s the bill sizes, x %s / %s target; that capacity: %s", Numbers.exact(capacity),
                shared.unit(), Numbers.exact(p.factor()), Numbers.percent(goal.limit()), basis));
    }

    /**
     * Per class and replication, in the time-consistent busiest interval ({@link BusyInterval}) by offered size
     * Σ_k a_k·b_k: the carried erlangs, the share refused, and the offered a_k = carried ÷ (1 − share refused), the
     * share at most 0.999 (the loss relation cannot gross up a total loss).
     *
     * @param interval that interval's index
     */
    private record Busiest(int interval, double[][] carried, double[][] refused, double[][] offered)
    {
    }

    /** @return the busiest interval; null where a declared series is missing or the classes' intervals differ */
    private static Busiest busiest(final ExperimentResults results, final Purchase.SharedCapacity shared)
    {
        List<ReplicationOutput> reps = results.replications();
        List<Purchase.CallClass> classes = shared.classes();
        double[][][] inUse = new double[classes.size()][reps.size()][];
        double[][][] shares = new double[classes.size()][reps.size()][];
        double[][] size = new double[reps.size()][];
        for (int i = 0; i < reps.size(); i++)
        {
            ReplicationOutput rep = reps.get(i);
            ReplicationOutput.Series first = rep.series().get(classes.get(0).carried().name());
            if (first == null)
            {
                return null;
            }
            int intervals = first.values().length;
            for (int k = 0; k < classes.size(); k++)
            {
                Purchase.CallClass c = classes.get(k);
                inUse[k][i] = ErlangBLine.values(rep, c.carried(), intervals);
                shares[k][i] = ErlangBLine.shares(ErlangBLine.values(rep, c.refused(), intervals),
                        ErlangBLine.values(rep, c.requested(), intervals));
                if (inUse[k][i] == null || shares[k][i] == null)
                {
                    return null;
                }
            }
            size[i] = new double[intervals];
            for (int t = 0; t < intervals; t++)
            {
                for (int k = 0; k < classes.size(); k++)
                {
                    size[i][t] += inUse[k][i][t] / (1 - shares[k][i][t]) * classes.get(k).size();
                }
            }
        }
        int t = BusyInterval.of(size);
        if (t < 0)
        {
            return null;
        }
        double[][] carried = new double[classes.size()][];
        double[][] refused = new double[classes.size()][];
        double[][] offered = new double[classes.size()][reps.size()];
        for (int k = 0; k < classes.size(); k++)
        {
            carried[k] = BusyInterval.at(inUse[k], t);
            refused[k] = BusyInterval.at(shares[k], t);
            for (int i = 0; i < reps.size(); i++)
            {
                offered[k][i] = carried[k][i] / (1 - refused[k][i]);
            }
        }
        return new Busiest(t, carried, refused, offered);
    }

    /**
     * As {@code ErlangBLine}'s cap: where nothing was refused anywhere in any replication, each replication's peak in
     * use ({@code load}) is what the capacity was asked for, so the largest of them, rounded up to the step, would have
     * refused nothing in any replication.
     *
     * @return that capacity, or infinity where something was refused or a figure is missing
     */
    private static double demandCap(final ExperimentResults results, final Purchase p)
    {
        double largest = 0;
        for (ReplicationOutput rep : results.replications())
        {
            ReplicationOutput.Scalar peak = rep.scalars().get(p.load().name());
            if (peak == null || Double.isNaN(peak.value()))
            {
                return Double.POSITIVE_INFINITY;
            }
            for (Metric m : p.shared().heldBack())
            {
                ReplicationOutput.Scalar count = rep.scalars().get(m.name());
                if (count == null || count.value() != 0)
                {
                    return Double.POSITIVE_INFINITY;
                }
            }
            largest = Math.max(largest, peak.value());
        }
        return BillOfMaterials.roundUp(largest, p.shared().step());
    }

    private static int gcd(final int a, final int b)
    {
        return b == 0 ? a : gcd(b, a % b);
    }
}
