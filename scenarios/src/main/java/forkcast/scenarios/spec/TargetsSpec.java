package forkcast.scenarios.spec;

/**
 * {@code targets:} what the planner wants met, as shares (0.01 for 1%): the largest recording blocking, the smallest
 * coverage, the largest link and set-up rate utilisation, the largest blocking at each gateway and at each link's
 * locations-CAC budget. Verdicts and the bill of materials use them.
 */
public record TargetsSpec(Double recordingBlocking, Double coverage, Double linkUtilisation, Double setupUtilisation,
        Double gatewayBlocking, Double cacBlocking)
{
    /** The section left out: every key absent, so each takes its default. */
    public static final TargetsSpec ABSENT = new TargetsSpec(null, null, null, null, null, null);
}
