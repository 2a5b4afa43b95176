package forkcast.scenarios.spec;

/**
 * {@code run:} warm-up, measured duration, replications, the time-series interval, and the clock time at which the
 * simulation starts ({@code start: "09:00"}, for the charts' time axis; absent: simulated minutes).
 */
public record RunSpec(DurationValue warmup, DurationValue duration, Integer replications, DurationValue interval,
        String start)
{
    /** The section left out: every key absent, so each takes its default. */
    public static final RunSpec ABSENT = new RunSpec(null, null, null, null, null);
}
