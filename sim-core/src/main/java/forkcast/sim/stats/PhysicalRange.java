package forkcast.sim.stats;

/**
 * The values a metric can physically take, declared with the metric when the model records it. A confidence interval
 * of the mean is clamped to this range (see {@link MetricSummary}): the true mean of a count can never be negative,
 * nor a share above 1, so a Student-t bound beyond the range says nothing about the metric and only misleads.
 */
public enum PhysicalRange
{
    /** Any real number (a difference between alternatives, a test metric). Nothing is clamped. */
    ANY(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),

    /** Counts, rates, levels, bandwidths, durations and utilisations (a load over a rating may exceed 1). */
    NON_NEGATIVE(0, Double.POSITIVE_INFINITY),

    /** Shares, probabilities and coverage: a part of a whole, in [0, 1]. */
    SHARE(0, 1);

    private final double low;
    private final double high;

    PhysicalRange(final double low, final double high)
    {
        this.low = low;
        this.high = high;
    }

    public double low()
    {
        return this.low;
    }

    public double high()
    {
        return this.high;
    }
}
