package forkcast.scenarios.spec;

/** {@code traffic[].conference:} a share of calls becomes a three-party conference after a consult. */
public record ConferenceSpec(Double share, DistributionSpec consult)
{
}
