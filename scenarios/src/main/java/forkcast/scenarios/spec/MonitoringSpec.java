package forkcast.scenarios.spec;

/** {@code agentGroups[].monitoring:} a share of calls is silently monitored by a supervisor. */
public record MonitoringSpec(Double share)
{
}
