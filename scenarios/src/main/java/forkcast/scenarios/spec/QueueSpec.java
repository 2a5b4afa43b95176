package forkcast.scenarios.spec;

/** {@code agentGroups[].queue:} callers wait for an agent, each for a patience drawn from this distribution. */
public record QueueSpec(DistributionSpec patience)
{
}
