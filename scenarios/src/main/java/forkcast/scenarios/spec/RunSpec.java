package forkcast.scenarios.spec;

/** {@code run:} warm-up, measured duration, replications and the time-series interval. */
public record RunSpec(DurationValue warmup, DurationValue duration, Integer replications, DurationValue interval)
{
    /** The section left out: every key absent, so each takes its default. */
    public static final RunSpec ABSENT = new RunSpec(null, null, null, null);
}
