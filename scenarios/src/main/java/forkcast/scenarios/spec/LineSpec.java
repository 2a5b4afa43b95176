package forkcast.scenarios.spec;

/** {@code agentGroups[].line:} the agents' lines. */
public record LineSpec(String recording, String profile, String mediaSource, Boolean ctiMonitored,
        Integer busyTrigger, Boolean mlpp)
{
    /** The section left out: every key absent, so each takes its default. */
    public static final LineSpec ABSENT = new LineSpec(null, null, null, null, null, null);
}
