package forkcast.sim.metrics;

/** What kind of figure a metric is; reports choose how to show a value by its kind. */
public enum MetricKind
{
    /** Events counted over the measurement window. */
    COUNTER("counter"),

    /** The time-weighted mean of a level (units in use, megabits per second). */
    LEVEL_MEAN("level mean"),

    /** The highest value of a level (held for a positive time, or of the busiest interval). */
    LEVEL_PEAK("level peak"),

    /** A percentile of a level's interval means. */
    LEVEL_PERCENTILE("level percentile"),

    /** A quotient: a share of a whole, or a load over a rating; shown as a percentage. */
    RATIO("ratio"),

    /** Any other amount derived from the run (a level at the end, a storage volume). */
    AMOUNT("amount"),

    /** One value per interval of the measurement window ({@code timeseries.csv}). */
    SERIES("per-interval series");

    private final String label;

    MetricKind(final String label)
    {
        this.label = label;
    }

    /** @return the kind as documented in {@code docs/metrics.md} */
    public String label()
    {
        return this.label;
    }
}
