package forkcast.scenarios.spec;

/** {@code cluster:} the CUCM cluster's ratings and service parameters. */
public record ClusterSpec(Double bhccRating, Double ctiRating, String builtInBridge, DurationValue recordingSetupDelay,
        CtiCostsSpec ctiCosts, String authenticatedPhoneRecording, ToneSpec tones, String conferenceCodec)
{
}
