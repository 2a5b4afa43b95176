package forkcast.models.recording;

/**
 * Chooses the device that forks a call's media (R14, R15, R22). This slice implements the phone rows of Table 1: with
 * a phone preference the phone is the source, always (R14), provided its built-in bridge is on (R22: the phone can
 * fork only with the bridge on); otherwise no source is available and the session fails with
 * {@link RejectReason#NO_MEDIA_SOURCE} (R15). Gateway preference is refused by scenario validation until gateway
 * forking is modelled.
 */
public final class MediaSourceSelector
{
    private MediaSourceSelector()
    {
    }

    /**
     * @param preference the line's preferred source
     * @param phoneBuiltInBridge whether the agent phone's bridge is on (cluster default and phone override, R22)
     * @return the chosen source, or null when none is available
     */
    public static MediaSource select(final MediaSourcePreference preference, final boolean phoneBuiltInBridge)
    {
        if (preference != MediaSourcePreference.PHONE)
        {
            throw new IllegalArgumentException("media source preference " + preference + " is not modelled yet");
        }
        return phoneBuiltInBridge ? MediaSource.PHONE : null;
    }
}
