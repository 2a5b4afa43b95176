package forkcast.scenarios.spec;

/** {@code cluster:} the CUCM cluster's ratings and service parameters. */
public record ClusterSpec(Double bhccRating, Double ctiRating, String builtInBridge, DurationValue recordingSetupDelay,
        CtiCostsSpec ctiCosts, String authenticatedPhoneRecording, ToneSpec tones, String conferenceCodec,
        java.util.List<NodeSpec> nodes, Integer ctiDevices, Integer ctiLines)
{
    /** The section left out: every key absent, so each takes its default. */
    public static final ClusterSpec ABSENT = new ClusterSpec(null, null, null, null, null, null, null, null, null,
            null, null);
}
