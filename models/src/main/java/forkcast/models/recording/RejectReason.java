package forkcast.models.recording;

/**
 * Why a recording session failed. Each reason is counted as {@code recording.failed.<key>}. A reason is also a
 * trunk's answer when it refuses a session ({@link Admission}).
 */
public enum RejectReason implements Admission
{
    /** R15, R22: no device can fork the media (e.g. the phone's built-in bridge is off). */
    NO_MEDIA_SOURCE("no-media-source"),
    /** The SIP trunk to the recorder has no free dialog for the two recording calls (R5). */
    TRUNK_FULL("trunk-full"),
    /** The recorder has no room for two more streams (F6). */
    RECORDER_FULL("recorder-full"),
    /** The recorder is already accepting sessions at its sustained set-up rate (F6). */
    RECORDER_SETUP_RATE("recorder-setup-rate"),
    /** The call is secure (SRTP) and the recorder does not accept SRTP. */
    SRTP_NOT_ACCEPTED("srtp-not-accepted"),
    /** R21, R27: the line uses MLPP with a busy trigger below 3, which recording needs. */
    MLPP_BUSY_TRIGGER("mlpp-busy-trigger"),
    /** R4, R25: selective user recording by the Record key, but the phone's template has no such key. */
    NO_RECORD_KEY("no-record-key"),
    /** F4, R4: a selective start came while the call was on hold or consulting, not in the Connected state. */
    CALL_NOT_CONNECTED("not-connected"),
    /** The trunk, recorder, CUBE or a link on the media's route is down (a failure window). */
    TRUNK_DOWN("trunk-down"),
    RECORDER_DOWN("recorder-down"),
    CUBE_DOWN("cube-down"),
    LINK_DOWN("link-down"),
    /** The CUBE has no room for the session's dialogs (two inbound, two per copy). */
    CUBE_FULL("cube-full"),
    /** R10, R18: the trunk to CUBE has no usable Early Offer for a source that cannot offer SDP itself. */
    EARLY_OFFER_MISSING("early-offer-missing"),
    /** R10, R18: mandatory Early Offer needed MTPs and the trunk's pool had none free. */
    MTP_UNAVAILABLE("mtp-unavailable");

    private final String key;

    RejectReason(final String key)
    {
        this.key = key;
    }

    /** @return the metric key, e.g. {@code recorder-full} */
    public String key()
    {
        return this.key;
    }
}
