package forkcast.scenarios.spec;

/** {@code traffic[].hold:} a share of calls is held once, {@code after} into the talk, for {@code duration}. */
public record HoldSpec(Double share, DistributionSpec after, DistributionSpec duration)
{
}
