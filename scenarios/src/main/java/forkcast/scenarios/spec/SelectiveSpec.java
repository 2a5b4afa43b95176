package forkcast.scenarios.spec;

/**
 * {@code agentGroups[].selective:} how selective recording starts: {@code share} of calls, started {@code by} a
 * supervisor, the recorder, the agent (Record key) or the agent's desktop, after {@code delay}.
 */
public record SelectiveSpec(Double share, String by, DistributionSpec delay, Double stopShare,
        DistributionSpec stopAfter)
{
    /** The section left out: every key absent, so each takes its default. */
    public static final SelectiveSpec ABSENT = new SelectiveSpec(null, null, null, null, null);
}
