package forkcast.sim.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * One metric over replications: mean, sample standard deviation, the 95% confidence interval of the mean by Student's
 * t with n-1 degrees of freedom, min and max. Replications where the metric is undefined (NaN) are left out, and
 * {@code n} says how many remain. With n = 1 the deviation and the interval are undefined and are null; with n = 0
 * everything but n is null.
 */
public record MetricSummary(int n, Double mean, Double stddev, Double ci95low, Double ci95high, Double min, Double max)
{
    public static final double CONFIDENCE = 0.95;

    public static MetricSummary of(final double[] values)
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
            return new MetricSummary(0, null, null, null, null, null, null);
        }
        double mean = sum / n;
        if (n == 1)
        {
            return new MetricSummary(1, mean, null, null, null, min, max);
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
        return new MetricSummary(n, mean, stddev, mean - half, mean + half, min, max);
    }

    /** @return true when the 95% interval contains {@code x} (false when the interval is undefined) */
    public boolean contains(final double x)
    {
        return this.ci95low != null && this.ci95low <= x && x <= this.ci95high;
    }
}
