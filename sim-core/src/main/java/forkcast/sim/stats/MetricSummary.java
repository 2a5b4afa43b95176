package forkcast.sim.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * One metric over replications: mean, sample standard deviation, the 95% confidence interval of the mean by Student's
 * t with n-1 degrees of freedom, min and max. Replications where the metric is undefined (NaN) are left out, and
 * {@code n} says how many remain. With n = 1 the deviation and the interval are undefined and are null; with n = 0
 * everything but n is null.
 * <p>
 * A bound of the interval that falls outside the metric's {@link PhysicalRange} (a count's lower bound below 0, a
 * share's upper bound above 1, as Student's t gives for few replications or a skewed metric) is set to the range's
 * edge, and {@code ci95clamped} says so. Clamping never changes the interval's coverage: the true mean lies in the
 * range, so it is inside the clamped interval exactly when it is inside the Student-t one.
 *
 * @param ci95clamped whether a bound of the interval was clamped to the metric's physical range
 */
public record MetricSummary(int n, Double mean, Double stddev, Double ci95low, Double ci95high, Double min, Double max,
        boolean ci95clamped)
{
    public static final double CONFIDENCE = 0.95;

    /** @return the summary of a metric that may take any real value (nothing clamped) */
    public static MetricSummary of(final double[] values)
    {
        return of(values, PhysicalRange.ANY);
    }

    /**
     * @param values one value per replication, NaN where undefined
     * @param range the values the metric can take; the interval is clamped to it
     */
    public static MetricSummary of(final double[] values, final PhysicalRange range)
    {
        int n = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values)
        {
            if (!Double.isNaN(v))
            {
                n++;
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (n == 0)
        {
            return new MetricSummary(0, null, null, null, null, null, null, false);
        }
        double mean = sum / n;
        if (n == 1)
        {
            return new MetricSummary(1, mean, null, null, null, min, max, false);
        }
        double squares = 0;
        for (double v : values)
        {
            if (!Double.isNaN(v))
            {
                squares += (v - mean) * (v - mean);
            }
        }
        double stddev = Math.sqrt(squares / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
        double half = t * stddev / Math.sqrt(n);
        double low = mean - half;
        double high = mean + half;
        boolean clamped = low < range.low() || high > range.high();
        return new MetricSummary(n, mean, stddev, Math.max(low, range.low()), Math.min(high, range.high()), min, max,
                clamped);
    }

    /** @return true when the 95% interval contains {@code x} (false when the interval is undefined) */
    public boolean contains(final double x)
    {
        return this.ci95low != null && this.ci95low <= x && x <= this.ci95high;
    }
}
