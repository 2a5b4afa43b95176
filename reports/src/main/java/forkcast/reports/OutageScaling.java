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
 * without its failures ({@link Purchase#down()}, docs/answer.md). The load outside the measured window is taken to be
 * as steady as inside it, so the day's rate is the one the element had in the intervals its failures did not touch:
 * clear of every down window and of the settling after it, while the work that began during the failure and never
 * reached it ends. Per replication the volume is multiplied by the mean of the element's rate series over those
 * intervals ÷ its mean over the whole window. Where no interval is clear (or no rate series is measured), the volume
 * is divided by the element's up share instead, which leaves the ramp after it came back in.
 *
 * @param factors per replication, what the volume is multiplied by (NaN where the element recorded nothing to scale)
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
        boolean clearEverywhere = outages.rate() != null;
        for (int i = 0; i < reps.size(); i++)
        {
            ReplicationOutput rep = reps.get(i);
            boolean[] clear = clearIntervals(rep.window(), outages);
            touched |= !allTrue(clear);
            up[i] = upShare(rep.window(), outages);
            ReplicationOutput.Series rate = outages.rate() == null ? null : rep.series().get(outages.rate().name());
            steady[i] = rate == null || rate.values().length != clear.length ? Double.NaN
                    : steadyFactor(rep.window(), rate.values(), clear);
            clearEverywhere &= !Double.isNaN(steady[i]);
        }
        if (!touched)
        {
            return null;
        }
        String down = "down " + Numbers.percent(1 - BillOfMaterials.mean(up)) + " of the measured window";
        String settling = Numbers.duration(outages.settling()) + " after each while its load came back";
        if (clearEverywhere)
        {
            MeasurementWindow window = reps.get(0).window();
            return new OutageScaling(steady, String.format(Locale.ROOT, " at its steady rate (%s: the run's figure x"
                    + " the mean of %s over %s of the measured window, clear of its down windows and of the %s, over"
                    + " its mean over the window, x %s on average)", down, outages.rate().name(),
                    ranges(window, clearIntervals(window, outages)), settling,
                    Numbers.human(BillOfMaterials.mean(steady))));
        }
        double[] factors = new double[up.length];
        for (int i = 0; i < up.length; i++)
        {
            factors[i] = up[i] > 0 ? 1 / up[i] : Double.NaN;
        }
        return new OutageScaling(factors, String.format(Locale.ROOT, " at the rate recorded while up (%s: the run's"
                + " figure / its up share of %s; no interval of %s is clear of its down windows and of the %s, so the"
                + " sessions it missed after it came back are not allowed for)", down,
                Numbers.percent(BillOfMaterials.mean(up)),
                outages.rate() == null ? "a rate" : outages.rate().name(), settling));
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
                clear[j] &= window.intervalEnd(j) <= d.from() || window.intervalStart(j) >= d.until() + outages.settling();
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
     * @return the time-weighted mean of {@code values} over the clear intervals ÷ their mean over the window; NaN where
     *         no interval is clear, 1 where the element received nothing (a volume of 0 stays 0)
     */
    private static double steadyFactor(final MeasurementWindow window, final double[] values, final boolean[] clear)
    {
        double all = 0;
        double clearSum = 0;
        double clearLength = 0;
        for (int j = 0; j < values.length; j++)
        {
            double v = values[j] * window.intervalLength(j);
            all += v;
            if (clear[j])
            {
                clearSum += v;
                clearLength += window.intervalLength(j);
            }
        }
        if (clearLength == 0)
        {
            return Double.NaN;
        }
        return all > 0 ? clearSum / clearLength / (all / window.length()) : 1;
    }

    /** @return the clear intervals as times from the window's start ("0 min to 30 min and 55 min to 60 min") */
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
            runs.add(Numbers.duration(window.intervalStart(from) - window.start()) + " to "
                    + Numbers.duration(window.intervalEnd(j - 1) - window.start()));
        }
        return (runs.size() == 1 ? "the interval " : "the intervals ") + String.join(" and ", runs);
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
