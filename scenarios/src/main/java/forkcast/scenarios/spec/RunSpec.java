package forkcast.scenarios.spec;

/** {@code run:} warm-up, measured duration, replications and the time-series interval. */
public record RunSpec(DurationValue warmup, DurationValue duration, Integer replications, DurationValue interval)
{
}
