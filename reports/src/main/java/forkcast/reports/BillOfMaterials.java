package forkcast.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import forkcast.sim.ExperimentResults;
import forkcast.sim.Goal;
import forkcast.sim.Purchase;
import forkcast.sim.Rating;
import forkcast.sim.ReplicationOutput;
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
     * @param set the {@code --set} argument that buys this quantity in a run that confirms the bill
     *            ({@code recorders.rec-a.maxStreams=478}, {@code links.wan-1.mbps=24.2}, {@link BillConfirmation}),
     *            where the quantity is above what the scenario's setting gives the element; null otherwise
     */
    public record Line(String element, double quantity, String unit, String basis, String set)
    {
        /** A line with nothing to set for a confirming run. */
        public Line(final String element, final double quantity, final String unit, final String basis)
        {
            this(element, quantity, unit, basis, null);
        }

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
        List<Purchase> bought = new ArrayList<>();
        for (Rating rating : ratings)
        {
            for (Purchase p : rating.purchases())
            {
                Goal goal = goal(goals, p.goal());
                Line line = switch (p.method())
                {
                    case ERLANG_B -> ErlangBLine.of(results, p, goal);
                    case KAUFMAN_ROBERTS -> SharedCapacityLine.of(results, p, goal, goal(goals, p.shared().target()));
                    case UTILISATION -> utilisation(results, p, goal);
                };
                if (line != null)
                {
                    lines.add(line);
                    bought.add(p);
                }
            }
        }
        return confirming(lines, bought);
    }

    /**
     * A line whose setting would be above what the scenario has asks more than the run had: it carries the setting
     * that buys it, for the run that confirms the bill (docs/answer.md), hard limits and soft ratings alike (a link's
     * Mbit/s too). Lines held by one setting (a link's two directions and the bandwidth behind its CAC budget, all
     * held by its one {@code mbps}) carry the largest of their values, so that one argument buys them all.
     */
    private static List<Line> confirming(final List<Line> lines, final List<Purchase> bought)
    {
        Map<String, BigDecimal> largest = new HashMap<>();
        BigDecimal[] values = new BigDecimal[lines.size()];
        for (int i = 0; i < lines.size(); i++)
        {
            Purchase.Setting setting = bought.get(i).setting();
            if (setting != null)
            {
                values[i] = settingValue(lines.get(i).quantity(), setting, bought.get(i).step());
                largest.merge(setting.key(), values[i], BigDecimal::max);
            }
        }
        List<Line> confirming = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++)
        {
            Line line = lines.get(i);
            Purchase.Setting setting = bought.get(i).setting();
            boolean above = setting != null && values[i].compareTo(new BigDecimal(Double.toString(setting.current())))
                    > 0;
            confirming.add(!above ? line : new Line(line.element(), line.quantity(), line.unit(), line.basis(),
                    setting.key() + "=" + largest.get(setting.key()).stripTrailingZeros().toPlainString()));
        }
        return confirming;
    }

    /**
     * @return the setting that holds {@code quantity}: the quantity ÷ the share the element keeps, rounded up to the
     *         purchase's step (a CUBE's dialogs ÷ its derating, in whole sessions), exact in decimal
     */
    private static BigDecimal settingValue(final double quantity, final Purchase.Setting setting, final double step)
    {
        BigDecimal unit = new BigDecimal(Double.toString(step));
        BigDecimal units = new BigDecimal(Double.toString(quantity))
                .divide(new BigDecimal(Double.toString(setting.kept())).multiply(unit), 0, RoundingMode.CEILING);
        return units.multiply(unit);
    }

    private static Goal goal(final List<Goal> goals, final String metric)
    {
        return metric == null ? null : goals.stream().filter(g -> g.metric().equals(metric)).findFirst().orElse(null);
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
        // first to the rate of a day without the element's failures, then to the busiest interval's rate
        String scaling = "";
        double[] factors = null;
        OutageScaling outages = OutageScaling.of(results, p);
        if (outages != null)
        {
            factors = outages.factors();
            scaling = outages.basis();
        }
        if (p.profile() != null)
        {
            double[][] profile = profile(results, p);
            int busiest = profile == null ? -1 : BusyInterval.of(profile);
            if (busiest < 0)
            {
                return null;
            }
            double[] peaks = peakFactors(profile, busiest);
            factors = factors == null ? peaks : times(factors, peaks);
            scaling += String.format(java.util.Locale.ROOT, " in the busiest interval (the window's mean x the busiest"
                    + " interval of %s over its mean interval, %s on average; the busiest: %s)", p.profile().name(),
                    Numbers.human(mean(peaks)), BusyInterval.describe(results.window(), busiest, profile.length));
        }
        if (factors != null)
        {
            load = timesFactors(results, p, factors);
            if (load.n() == 0)
            {
                return null;
            }
        }
        double share = goal == null ? 1 : goal.limit();
        double needed = upper(load) * p.factor() / share;
        double quantity = roundUp(needed, p.step());
        String basis = String.format(java.util.Locale.ROOT, "%s%s: %s (95%% upper bound over replications)%s%s",
                p.load().name(), scaling, Numbers.human(upper(load)),
                p.factor() == 1 ? "" : " x " + Numbers.exact(p.factor()),
                goal == null ? "" : " / " + Numbers.percent(share) + " target");
        return new Line(p.element(), quantity, p.unit(), basis);
    }

    /** @return per replication, the profile's series; null where one has none */
    private static double[][] profile(final ExperimentResults results, final Purchase p)
    {
        List<ReplicationOutput> reps = results.replications();
        double[][] profile = new double[reps.size()][];
        for (int i = 0; i < reps.size(); i++)
        {
            ReplicationOutput.Series series = reps.get(i).series().get(p.profile().name());
            if (series == null || series.values().length == 0)
            {
                return null;
            }
            profile[i] = series.values();
        }
        return profile;
    }

    /**
     * @return per replication, the profile's interval {@code busiest}, the time-consistent busiest
     *         ({@link BusyInterval}), over its mean interval
     */
    private static double[] peakFactors(final double[][] profile, final int busiest)
    {
        double[] factors = new double[profile.length];
        for (int i = 0; i < profile.length; i++)
        {
            double sum = 0;
            for (double v : profile[i])
            {
                sum += v;
            }
            factors[i] = sum > 0 ? profile[i][busiest] / (sum / profile[i].length) : 1; // nothing asked: no peak
        }
        return factors;
    }

    /** @return per replication, the product of its two factors */
    private static double[] times(final double[] a, final double[] b)
    {
        double[] product = new double[a.length];
        for (int i = 0; i < a.length; i++)
        {
            product[i] = a[i] * b[i];
        }
        return product;
    }

    /** @return the load of each replication times its factor (its peak factor, its outage scaling), summarised */
    private static MetricSummary timesFactors(final ExperimentResults results, final Purchase p, final double[] factors)
    {
        List<ReplicationOutput> reps = results.replications();
        double[] values = new double[reps.size()];
        for (int i = 0; i < reps.size(); i++)
        {
            ReplicationOutput.Scalar load = reps.get(i).scalars().get(p.load().name());
            values[i] = load == null || Double.isNaN(load.value()) ? Double.NaN : load.value() * factors[i];
        }
        return MetricSummary.of(Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray(),
                PhysicalRange.NON_NEGATIVE);
    }

    /** @return the 95% upper bound, or the mean where one replication gives no interval */
    static double upper(final MetricSummary s)
    {
        return s.ci95high() != null ? s.ci95high() : s.mean();
    }

    static double mean(final double[] values)
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

    static String round(final double value, final double step)
    {
        return new BigDecimal(value).setScale(new BigDecimal(Double.toString(step)).scale(), RoundingMode.HALF_UP)
                .toPlainString();
    }
}
