package forkcast.scenarios.spec;

/**
 * A distribution of durations: {@code {dist: exponential, mean: 180s}}, {@code lognormal {mean, stddev}},
 * {@code erlang {mean, k}}, {@code uniform {min, max}}, {@code deterministic {value}}, {@code empirical {file}} (a
 * CSV of durations in seconds, relative to the scenario file).
 */
public record DistributionSpec(String dist, DurationValue mean, DurationValue stddev, DurationValue min,
        DurationValue max, DurationValue value, Integer k, String file)
{
}
