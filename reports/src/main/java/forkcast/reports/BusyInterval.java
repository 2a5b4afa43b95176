package forkcast.reports;

import java.util.Locale;

import forkcast.sim.stats.MeasurementWindow;

/**
 * The time-consistent busiest interval the bill's loss-system lines are sized on (ITU-T E.500, E.600; docs/answer.md):
 * the one interval whose offered load, averaged over the replications, is the largest, taken in every replication.
 * Taking each replication's own busiest interval instead picks the largest of many noisy estimates, which is biased
 * upward by an amount that more replications do not shrink, and counts the random ups and downs of the load that the
 * loss formula already allows for a second time.
 */
final class BusyInterval
{
    private BusyInterval()
    {
    }

    /**
     * @param load per replication, per interval: the offered load
     * @return the interval with the largest mean over replications, the earliest of equal ones; -1 where there is no
     *         replication or interval, or the replications have different numbers of intervals
     */
    static int of(final double[][] load)
    {
        if (load.length == 0 || load[0].length == 0)
        {
            return -1;
        }
        int intervals = load[0].length;
        for (double[] replication : load)
        {
            if (replication.length != intervals)
            {
                return -1;
            }
        }
        int busiest = -1;
        double most = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < intervals; k++)
        {
            double sum = 0;
            for (double[] replication : load)
            {
                sum += replication[k];
            }
            double mean = sum / load.length;
            if (mean > most)
            {
                most = mean;
                busiest = k;
            }
        }
        return busiest;
    }

    /** @return per replication, the value of interval {@code k} */
    static double[] at(final double[][] perInterval, final int k)
    {
        double[] values = new double[perInterval.length];
        for (int i = 0; i < perInterval.length; i++)
        {
            values[i] = perInterval[i][k];
        }
        return values;
    }

    /**
     * @return how a line's basis names interval {@code k} and why it is the busiest: by its minutes of simulated time,
     *         as the charts' default axis and timeseries.csv's {@code intervalStart} (in seconds) place it, and by its
     *         index ({@code minutes 45 to 50 of simulated time, interval 10 of 12: the largest mean over replications,
     *         the same interval in every replication (time-consistent)}); with one replication there is no mean to
     *         take, and it says so
     */
    static String describe(final MeasurementWindow window, final int k, final int replications)
    {
        return String.format(Locale.ROOT, "minutes %s to %s of simulated time, interval %d of %d: %s",
                Numbers.exact(window.intervalStart(k) / 60), Numbers.exact(window.intervalEnd(k) / 60), k + 1,
                window.intervals(), replications > 1 ? "the largest mean over replications, the same interval in every"
                        + " replication (time-consistent)" : "the largest of the one replication's intervals, as"
                        + " there are no replications to average over");
    }
}
