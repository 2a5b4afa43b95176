package forkcast.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import forkcast.sim.ExperimentResults;
import forkcast.sim.Goal;
import forkcast.sim.Purchase;
import forkcast.sim.Rating;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.ErlangB;
import forkcast.sim.stats.MetricSummary;
import forkcast.sim.stats.PhysicalRange;

/**
 * What to buy so that the run would meet the scenario's targets: one line per {@link Purchase} of the rated elements
 * (docs/answer.md). Quantities come from the simulated figures with their 95% upper bound over replications, so a
 * lucky run does not undersize; each line says how it was computed in {@code basis}.
 */
public final class BillOfMaterials
{
    /**
     * One line.
     *
     * @param element what is bought
     * @param quantity how much, rounded up to the purchase's step
     * @param unit its unit
     * @param basis how the quantity was computed, with the figures used
     */
    public record Line(String element, double quantity, String unit, String basis)
    {
        /** How the terminal and the report show the quantity of a line that is not {@link #used()}. */
        public static final String NOT_USED = "not used";

        /**
         * @return false when the quantity is 0: the element is declared but carried nothing in this run (a standby
         *         node, the idle direction of a link), so there is nothing to buy for it. Such a line is shown as
         *         "not used" rather than as 0 of a unit, and never dropped: the planner sees every element the
         *         scenario declared. summary.json keeps the quantity 0.
         */
        public boolean used()
        {
            return this.quantity > 0;
        }
    }

    private BillOfMaterials()
    {
    }

    /** @return the lines of every rated element's purchases, in the ratings' order; none for undefined figures */
    public static List<Line> of(final ExperimentResults results, final List<Rating> ratings, final List<Goal> goals)
    {
        List<Line> lines = new ArrayList<>();
        for (Rating rating : ratings)
        {
            for (Purchase p : rating.purchases())
            {
                Goal goal = goal(goals, p.goal());
                Line line = p.method() == Purchase.Method.ERLANG_B ? erlang(results, p, goal) : utilisation(results, p, goal);
                if (line != null)
                {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static Goal goal(final List<Goal> goals, final String metric)
    {
        return metric == null ? null : goals.stream().filter(g -> g.metric().equals(metric)).findFirst().orElse(null);
    }

    /** Erlang-B: the busiest interval's carried sessions, grossed up by the share lost, at the blocking target. */
    private static Line erlang(final ExperimentResults results, final Purchase p, final Goal goal)
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
            if (series == null)
            {
                return null;
            }
            double max = 0;
            for (double v : series.values())
            {
                max = Math.max(max, v);
            }
            ReplicationOutput.Scalar loss = p.loss() == null ? null : reps.get(i).scalars().get(p.loss().name());
            double share = loss == null || Double.isNaN(loss.value()) ? 0 : Math.min(loss.value(), 0.999);
            busiest[i] = max;
            lost[i] = share;
            offered[i] = max / p.factor() / (1 - share);
        }
        double erlangs = upper(MetricSummary.of(offered, PhysicalRange.NON_NEGATIVE));
        int servers = ErlangB.minServers(erlangs, goal.limit());
        double quantity = servers * p.factor();
        String basis = String.format(java.util.Locale.ROOT, "Erlang-B: the busiest interval carried %s %s (mean over"
                + " replications), %s per session, grossed up by the %s of sessions lost: offered %s E (95%% upper"
                + " bound); the smallest n with B(n, A) <= %s is %d sessions; x %s = %s %s",
                Numbers.human(mean(busiest)), p.unit(), Numbers.exact(p.factor()), Numbers.percent(mean(lost)),
                round(erlangs, 0.01), Numbers.percent(goal.limit()), servers, Numbers.exact(p.factor()),
                Numbers.exact(quantity), p.unit());
        return new Line(p.element(), quantity, p.unit(), basis);
    }

    /** Capacity at the utilisation target: the load's 95% upper bound × factor ÷ target. */
    private static Line utilisation(final ExperimentResults results, final Purchase p, final Goal goal)
    {
        if (!results.summaries().containsKey(p.load().name()))
        {
            return null;
        }
        MetricSummary load = results.summary(p.load().name());
        if (load.n() == 0)
        {
            return null;
        }
        String peaked = "";
        if (p.profile() != null)
        {
            double[] factors = peakFactors(results, p);
            if (factors == null)
            {
                return null;
            }
            load = peaked(results, p, factors);
            if (load.n() == 0)
            {
                return null;
            }
            peaked = String.format(java.util.Locale.ROOT, " in the busiest interval (the window's mean x the busiest"
                    + " interval of %s over its mean interval, %s on average)", p.profile().name(),
                    Numbers.human(mean(factors)));
        }
        double share = goal == null ? 1 : goal.limit();
        double needed = upper(load) * p.factor() / share;
        double quantity = roundUp(needed, p.step());
        String basis = String.format(java.util.Locale.ROOT, "%s%s: %s (95%% upper bound over replications)%s%s",
                p.load().name(), peaked, Numbers.human(upper(load)),
                p.factor() == 1 ? "" : " x " + Numbers.exact(p.factor()),
                goal == null ? "" : " / " + Numbers.percent(share) + " target") + censored(results, p);
        return new Line(p.element(), quantity, p.unit(), basis);
    }

    /** @return per replication, the profile's busiest interval over its mean interval; null where one has none */
    private static double[] peakFactors(final ExperimentResults results, final Purchase p)
    {
        List<ReplicationOutput> reps = results.replications();
        double[] factors = new double[reps.size()];
        for (int i = 0; i < reps.size(); i++)
        {
            ReplicationOutput.Series series = reps.get(i).series().get(p.profile().name());
            if (series == null || series.values().length == 0)
            {
                return null;
            }
            double max = 0;
            double sum = 0;
            for (double v : series.values())
            {
                max = Math.max(max, v);
                sum += v;
            }
            factors[i] = sum > 0 ? max / (sum / series.values().length) : 1; // nothing asked: no peak to scale by
        }
        return factors;
    }

    /** @return the load of each replication times its peak factor, summarised over replications */
    private static MetricSummary peaked(final ExperimentResults results, final Purchase p, final double[] factors)
    {
        List<ReplicationOutput> reps = results.replications();
        double[] values = new double[reps.size()];
        for (int i = 0; i < reps.size(); i++)
        {
            ReplicationOutput.Scalar load = reps.get(i).scalars().get(p.load().name());
            values[i] = load == null || Double.isNaN(load.value()) ? Double.NaN : load.value() * factors[i];
        }
        return MetricSummary.of(java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray(),
                PhysicalRange.NON_NEGATIVE);
    }

    /**
     * A hard limit that refused work (its {@code loss}, a count, above 0) held the load at the limit: the load seen is
     * what fitted, not what was asked, so the quantity is the least to buy.
     */
    private static String censored(final ExperimentResults results, final Purchase p)
    {
        if (p.loss() == null || !results.summaries().containsKey(p.loss().name()))
        {
            return "";
        }
        Double refused = results.summary(p.loss().name()).mean();
        return refused == null || refused <= 0 ? "" : String.format(java.util.Locale.ROOT, "; it refused %s %s (%s,"
                + " mean), so the load seen is what fitted: at least this, size it again from a run with more",
                Numbers.human(refused), results.unit(p.loss().name()), p.loss().name());
    }

    /** @return the 95% upper bound, or the mean where one replication gives no interval */
    private static double upper(final MetricSummary s)
    {
        return s.ci95high() != null ? s.ci95high() : s.mean();
    }

    private static double mean(final double[] values)
    {
        return MetricSummary.of(values).mean();
    }

    /** @return {@code value} rounded up to a whole multiple of {@code step}, exact in decimal */
    static double roundUp(final double value, final double step)
    {
        BigDecimal s = new BigDecimal(Double.toString(step));
        BigDecimal units = new BigDecimal(value).divide(s, 0, RoundingMode.CEILING);
        return units.multiply(s).doubleValue();
    }

    private static String round(final double value, final double step)
    {
        return new BigDecimal(value).setScale(new BigDecimal(Double.toString(step)).scale(), RoundingMode.HALF_UP)
                .toPlainString();
    }
}
