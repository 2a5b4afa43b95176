package forkcast.sim.metrics;

/**
 * How one replication's value of a metric is formed from the simulation. Over replications every scalar is then the
 * mean with a Student-t 95% interval clamped to the metric's physical range, and every series is averaged interval
 * by interval.
 */
public enum Aggregation
{
    /** Summed over the measurement window. */
    TOTAL("sum over the window"),

    /** Time-weighted mean over the window. */
    TIME_WEIGHTED_MEAN("time-weighted mean over the window"),

    /** Largest value held for a positive time. */
    PEAK("largest value held for a positive time"),

    /** Largest interval value. */
    BUSIEST_INTERVAL("value of the busiest interval"),

    /** Sum over the busiest hour of consecutive intervals. */
    BUSY_HOUR("sum over the busiest hour"),

    /** 95th percentile of the interval means. */
    PERCENTILE_95("95th percentile of the interval means"),

    /** Mean of the values sampled in the window (e.g. waits), each counted once. */
    SAMPLE_MEAN("mean of the samples in the window"),

    /** 95th percentile of the values sampled in the window. */
    SAMPLE_PERCENTILE_95("95th percentile of the samples in the window"),

    /** The value when the window ends. */
    AT_END("value at the end of the window"),

    /**
     * A daily volume: the window's total per 24 hours when the window covers a day or more, else the busiest hour's
     * total divided by a declared share of the day (undefined, and not published, without one).
     */
    PER_DAY("per day: the window's total per 24 h, or the busy hour's ÷ its declared share of the day"),

    /** A quotient of two totals of the replication (undefined when the divisor is 0). */
    QUOTIENT("quotient of two totals of the replication"),

    /** Intervals that meet a condition. */
    INTERVAL_COUNT("number of intervals meeting the condition"),

    /** Events counted in each interval. */
    PER_INTERVAL_COUNT("count in each interval"),

    /** Time-weighted mean in each interval. */
    PER_INTERVAL_MEAN("time-weighted mean in each interval"),

    /** Events per second in each interval. */
    PER_INTERVAL_RATE("rate in each interval");

    private final String label;

    Aggregation(final String label)
    {
        this.label = label;
    }

    /** @return the aggregation as documented in {@code docs/metrics.md} */
    public String label()
    {
        return this.label;
    }
}
