package forkcast.scenarios.spec;

/**
 * {@code run:} warm-up, measured duration, replications, the time-series interval, and the busy hour's share of a
 * day's calls (for storage per day of a run shorter than a day; no default).
 */
public record RunSpec(DurationValue warmup, DurationValue duration, Integer replications, DurationValue interval,
        Double busyHourShare)
{
    /** The section left out: every key absent, so each takes its default. */
    public static final RunSpec ABSENT = new RunSpec(null, null, null, null, null);
}
