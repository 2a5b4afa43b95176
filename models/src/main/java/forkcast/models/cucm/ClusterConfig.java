package forkcast.models.cucm;

/**
 * The CUCM cluster.
 *
 * @param bhccRating rated busy-hour call completions (the BHCC verdict compares the busy hour against it)
 * @param ctiRating CTI messages per second the CTI Manager handles
 * @param builtInBridge cluster-wide built-in bridge default (R22)
 * @param recordingSetupDelay seconds from the session request to media reaching the recorder; that part of the call
 *            is not recorded
 * @param ctiCosts messages per CTI occurrence (F4)
 * @param authenticatedPhoneRecording the service parameter "authenticated phone recording" is allow (R33; CUCM's
 *            default is deny)
 * @param conferenceCodec the codec a conference bridge negotiates with phones that do not lock theirs (R34)
 * @param tones the recording-tone service parameters (R24)
 */
public record ClusterConfig(double bhccRating, double ctiRating, boolean builtInBridge, double recordingSetupDelay,
        CtiCosts ctiCosts, boolean authenticatedPhoneRecording, forkcast.models.media.Codec conferenceCodec,
        ToneConfig tones)
{
    public ClusterConfig
    {
        if (!(bhccRating > 0) || !(ctiRating > 0) || !(recordingSetupDelay >= 0))
        {
            throw new IllegalArgumentException("cluster needs bhccRating > 0, ctiRating > 0, recordingSetupDelay >= 0");
        }
    }
}
