package forkcast.scenarios.spec;

/**
 * {@code run:} warm-up, measured duration, replications, the time-series interval, the busy hour's share of a
 * day's calls (for storage per day of a run shorter than a day; no default), the clock time at which the
 * simulation starts ({@code start: "09:00"}, for the charts' time axis; absent: simulated minutes) and the traffic
 * growth factor ({@code trafficScale}, which multiplies every traffic stream's rate).
 */
public record RunSpec(DurationValue warmup, DurationValue duration, Integer replications, DurationValue interval,
        Double busyHourShare, String start, Double trafficScale)
{
    /** The section left out: every key absent, so each takes its default. */
    public static final RunSpec ABSENT = new RunSpec(null, null, null, null, null, null, null);
}
