package forkcast.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import forkcast.sim.ExperimentResults;
import forkcast.sim.Purchase;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.MeasurementWindow;

/**
 * How the load of work an element does only while it is up (a recorder's storage, a recorder's or CUBE's set-ups) is
 * scaled to the load of a day without its failures ({@link Purchase#down()}, docs/answer.md): its rate is read only
 * where the failures did not touch it, per replication as its rate per unit of the demand (sessions requested, a demand
 * the failure does not change), and the load is scaled to that rate over the whole window's demand: the load × (its
 * rate ÷ the demand where untouched) × (the demand ÷ its rate over the window). Reading the demand over the whole
 * window keeps a profile's peak in the figure and the untouched time's chance variation of the demand out of it.
 * Assumptions: the element's share of the demand is the same in and out of the untouched time, and the load outside
 * the measured window is as steady as inside it.
 *
 * <p>Where is untouched depends on how the load comes back. A volume (storage, Mbit/s received) ramps back over about
 * a holding time after a failure, as the work that began during it never reaches the element: its rate is read in the
 * intervals clear of every down window and of the settling after it, from its per-interval series ({@code rate});
 * assumption: the payload per received bit (codec mix, packetisation) is the same there. Work asked only when a session
 * starts (set-ups) is nothing while the element is down or settling and all there is after, so the load itself is its
 * rate over the rest of the time, whose demand is each interval's times its share of that time (assumption: the demand
 * is even within an interval). Where no interval is clear, or a series is not measured, the load is divided by the
 * element's up share instead, which leaves a ramp after it came back in (the basis says so).
 *
 * @param factors per replication, what the load is multiplied by (NaN where it was down the whole window)
 * @param basis what the line's basis says of the scaling
 */
record OutageScaling(double[] factors, String basis)
{
    /**
     * @return the scaling of {@code p}'s load, or null when none of its down windows touches the measured window or
     *         the settling after it (the load is then the steady load as it is)
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
        boolean measured = outages.demand() != null;
        for (int i = 0; i < reps.size(); i++)
        {
            ReplicationOutput rep = reps.get(i);
            boolean[] clear = clearIntervals(rep.window(), outages);
            touched |= !allTrue(clear);
            up[i] = 1 - covered(rep.window().start(), rep.window().end(), outages.windows(), 0) / rep.window().length();
            steady[i] = !measured ? Double.NaN
                    : outages.rate() != null ? steadyFactor(rep, outages, clear) : upTimeFactor(rep, outages);
            measured &= !Double.isNaN(steady[i]);
        }
        if (!touched)
        {
            return null;
        }
        String down = "down " + Numbers.percent(1 - BillOfMaterials.mean(up)) + " of the measured window";
        if (measured && outages.rate() == null)
        {
            String settling = outages.settling() == 0 ? "" : ", less the " + Numbers.duration(outages.settling())
                    + " after each until it was asked again";
            return new OutageScaling(steady, String.format(Locale.ROOT, " at its rate while up (%s: the run's figure"
                    + " x %s over the whole window / the same in the time it was up%s: x %s on average)", down,
                    outages.demand().name(), settling, Numbers.human(BillOfMaterials.mean(steady))));
        }
        String clearOf = "clear of its down windows and the " + Numbers.duration(outages.settling())
                + " after each while its load came back";
        if (measured)
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
     * @return the seconds of {@code from}..{@code to} within one of {@code windows} or the {@code settling} after it
     *         (windows that overlap counted once); 0 for an element never down then (a down window in the warm-up takes
     *         nothing from the measured window)
     */
    private static double covered(final double from, final double to, final List<Purchase.Down> windows,
            final double settling)
    {
        List<Purchase.Down> sorted = windows.stream().sorted(Comparator.comparingDouble(Purchase.Down::from)).toList();
        double covered = 0;
        double reached = from; // the end of what is counted so far
        for (Purchase.Down d : sorted)
        {
            double start = Math.max(d.from(), reached);
            double end = Math.min(d.until() + settling, to);
            if (end > start)
            {
                covered += end - start;
                reached = end;
            }
        }
        return covered;
    }

    /**
     * @return the replication's factor for work done only while up and asked again: the demand over the window ÷ the
     *         demand in that time (each interval's × its share of the time outside the down windows and their
     *         settling); NaN where the demand is missing or none fell in that time, 1 where none was asked at all
     */
    private static double upTimeFactor(final ReplicationOutput rep, final Purchase.Outages outages)
    {
        ReplicationOutput.Series demand = rep.series().get(outages.demand().name());
        MeasurementWindow window = rep.window();
        if (demand == null || demand.values().length != window.intervals())
        {
            return Double.NaN;
        }
        double asked = 0;
        double askedUp = 0;
        for (int j = 0; j < window.intervals(); j++)
        {
            double length = window.intervalLength(j);
            double down = covered(window.intervalStart(j), window.intervalEnd(j), outages.windows(),
                    outages.settling());
            asked += demand.values()[j];
            askedUp += demand.values()[j] * (length - down) / length;
        }
        if (asked == 0)
        {
            return 1;
        }
        return askedUp > 0 ? asked / askedUp : Double.NaN;
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
