package forkcast.scenarios.spec;

/** {@code agentGroups[].line:} the agents' lines. */
public record LineSpec(String recording, String profile, String mediaSource, Boolean ctiMonitored,
        Integer busyTrigger, Boolean mlpp)
{
}
