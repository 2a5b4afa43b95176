package forkcast.scenarios;

import java.util.Locale;

/**
 * What a run will take, estimated from its scenario before it starts (see {@link ResourceEstimator}): model events
 * over all replications, peak heap, and the bytes of its output files.
 *
 * @param events model events executed, over all replications
 * @param memoryBytes peak heap: calls in progress and their pending events on each worker thread, plus the interval
 *            series of every replication, which are held until the outputs are written
 * @param outputBytes bytes of the output files
 * @param timeseriesRows rows of {@code timeseries.csv} (0 for commands that do not write it)
 */
public record ResourceEstimate(double events, double memoryBytes, double outputBytes, double timeseriesRows)
{
    /** @return a readable count: 1.2 billion, 35 million, 4,200 */
    static String count(final double n)
    {
        if (n >= 1e9)
        {
            return String.format(Locale.ROOT, "%.1f billion", n / 1e9);
        }
        if (n >= 1e6)
        {
            return String.format(Locale.ROOT, "%.0f million", n / 1e6);
        }
        return String.format(Locale.ROOT, "%,.0f", n);
    }

    /** @return readable bytes: 2.5 GB, 310 MB, 12 kB */
    static String bytes(final double b)
    {
        if (b >= 1e9)
        {
            return String.format(Locale.ROOT, "%.1f GB", b / 1e9);
        }
        if (b >= 1e6)
        {
            return String.format(Locale.ROOT, "%.0f MB", b / 1e6);
        }
        return String.format(Locale.ROOT, "%.0f kB", b / 1e3);
    }
}
