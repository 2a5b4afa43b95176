package forkcast.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import forkcast.sim.ExperimentResults;
import forkcast.sim.Purchase;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.MeasurementWindow;

/**
 * How a volume that an element accumulates while it is up (a recorder's storage) is scaled to the volume of a day
 * without its failures ({@link Purchase#down()}, docs/answer.md). After a failure the element is asked less for a while
 * (the work that began during it never reaches it), so its rate is read only in the intervals the failures did not
 * touch: clear of every down window and of the settling after it. There, per replication, its rate per unit of the
 * demand (Mbit/s received per session requested, a demand the failure does not change) is measured, and the volume is
 * scaled to that rate over the whole window's demand: the volume × (its rate ÷ the demand over the clear intervals) ×
 * (the demand ÷ its rate over the window). Assumptions: the element's share of the demand, and the payload per
 * received bit (codec mix, packetisation), are the same in and out of the clear intervals, and the load outside the
 * measured window is as steady as inside it. Reading the demand over the whole window, not only the clear intervals,
 * keeps a profile's peak in the figure and the clear intervals' chance variation of the demand out of it. Where no
 * interval is clear, or a series is not measured, the volume is divided by the element's up share instead, which
 * leaves the ramp after it came back in (the basis says so).
 *
 * @param factors per replication, what the volume is multiplied by (NaN where it was down the whole window)
 * @param basis what the line's basis says of the scaling
 */
record OutageScaling(double[] factors, String basis)
{
    /**
     * @return the scaling of {@code p}'s load, or null when none of its down windows touches the measured window or
     *         the settling after it (the load is then the steady volume as it is)
     */
    static OutageScaling of(final ExperimentResults results, final Purchase p)
    {
        Purchase.Outages outages = p.down();
        List<ReplicationOutput> reps = results.replications();
        if (outages.windows().isEmpty() || reps.isEmpty())
        {
            return null;
        }
        double[] up = new double[reps.size()];
        double[] steady = new double[reps.size()];
        boolean touched = false;
        boolean clearEverywhere = outages.rate() != null && outages.demand() != null;
        for (int i = 0; i < reps.size(); i++)
        {
            ReplicationOutput rep = reps.get(i);
            boolean[] clear = clearIntervals(rep.window(), outages);
            touched |= !allTrue(clear);
            up[i] = upShare(rep.window(), outages);
            steady[i] = clearEverywhere ? steadyFactor(rep, outages, clear) : Double.NaN;
            clearEverywhere &= !Double.isNaN(steady[i]);
        }
        if (!touched)
        {
            return null;
        }
        String down = "down " + Numbers.percent(1 - BillOfMaterials.mean(up)) + " of the measured window";
        String clearOf = "clear of its down windows and the " + Numbers.duration(outages.settling())
                + " after each while its load came back";
        if (clearEverywhere)
        {
            MeasurementWindow window = reps.get(0).window();
            return new OutageScaling(steady, String.format(Locale.ROOT, " at its steady rate (%s: the run's figure x"
                    + " its %s per %s in %s, %s, over the same ratio in the whole window: x %s on average)", down,
                    outages.rate().name(), outages.demand().name(), ranges(window, clearIntervals(window, outages)),
                    clearOf, Numbers.human(BillOfMaterials.mean(steady))));
        }
        double[] factors = new double[up.length];
        for (int i = 0; i < up.length; i++)
        {
            factors[i] = up[i] > 0 ? 1 / up[i] : Double.NaN;
        }
        return new OutageScaling(factors, String.format(Locale.ROOT, " at the rate recorded while up (%s: the run's"
                + " figure / its up share of %s; no interval %s gave its rate, so the sessions it missed after it came"
                + " back are not allowed for)", down, Numbers.percent(BillOfMaterials.mean(up)), clearOf));
    }

    /**
     * @return per interval of {@code window}, whether it lies wholly before every down window or after the window's end
     *         and its settling
     */
    static boolean[] clearIntervals(final MeasurementWindow window, final Purchase.Outages outages)
    {
        boolean[] clear = new boolean[window.intervals()];
        for (int j = 0; j < clear.length; j++)
        {
            clear[j] = true;
            for (Purchase.Down d : outages.windows())
            {
                clear[j] &= window.intervalEnd(j) <= d.from()
                        || window.intervalStart(j) >= d.until() + outages.settling();
            }
        }
        return clear;
    }

    /**
     * @return the share of {@code window} the element was up (outside the down windows); 1 for an element never down in
     *         it (a down window in the warm-up takes nothing from it)
     */
    private static double upShare(final MeasurementWindow window, final Purchase.Outages outages)
    {
        double down = 0;
        for (Purchase.Down d : outages.windows())
        {
            down += Math.max(0, Math.min(d.until(), window.end()) - Math.max(d.from(), window.start()));
        }
        return 1 - Math.min(down, window.length()) / window.length();
    }

    /**
     * @return the replication's factor: its rate per unit of demand over the clear intervals ÷ the same over the
     *         window; NaN where a series is missing or no demand falls in the clear intervals, 1 where the element
     *         received nothing (a volume of 0 stays 0)
     */
    private static double steadyFactor(final ReplicationOutput rep, final Purchase.Outages outages,
            final boolean[] clear)
    {
        ReplicationOutput.Series rate = rep.series().get(outages.rate().name());
        ReplicationOutput.Series demand = rep.series().get(outages.demand().name());
        if (rate == null || demand == null || rate.values().length != clear.length
                || demand.values().length != clear.length)
        {
            return Double.NaN;
        }
        MeasurementWindow window = rep.window();
        double received = 0; // the rate's integral: a time-weighted mean per interval × the interval's length
        double asked = 0;
        double clearReceived = 0;
        double clearAsked = 0;
        for (int j = 0; j < clear.length; j++)
        {
            double r = rate.values()[j] * window.intervalLength(j);
            received += r;
            asked += demand.values()[j];
            if (clear[j])
            {
                clearReceived += r;
                clearAsked += demand.values()[j];
            }
        }
        if (received == 0)
        {
            return 1;
        }
        return clearAsked > 0 ? clearReceived / clearAsked * asked / received : Double.NaN;
    }

    /**
     * @return the clear intervals as times from the window's start ("the intervals from 0 min to 30 min and from 55 min
     *         to 60 min of the measured window")
     */
    private static String ranges(final MeasurementWindow window, final boolean[] clear)
    {
        List<String> runs = new ArrayList<>();
        int j = 0;
        while (j < clear.length)
        {
            if (!clear[j])
            {
                j++;
                continue;
            }
            int from = j;
            while (j < clear.length && clear[j])
            {
                j++;
            }
            runs.add("from " + Numbers.duration(window.intervalStart(from) - window.start()) + " to "
                    + Numbers.duration(window.intervalEnd(j - 1) - window.start()));
        }
        return "the intervals " + String.join(" and ", runs) + " of the measured window";
    }

    private static boolean allTrue(final boolean[] values)
    {
        for (boolean v : values)
        {
            if (!v)
            {
                return false;
            }
        }
        return true;
    }
}
