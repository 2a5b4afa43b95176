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
    /**
     * F6: the session's set-up would wait in the recorder's set-up queue longer than the trunk's INVITE timeout;
     * CUCM gives the INVITE up at the timeout and advances the route list.
     */
    RECORDER_SETUP_TIMEOUT("recorder-setup-timeout", true),
    /** F6: the same at CUBE's set-up queue. */
    CUBE_SETUP_TIMEOUT("cube-setup-timeout", true),
    /** The call is secure (SRTP) and the recorder does not accept SRTP. */
    SRTP_NOT_ACCEPTED("srtp-not-accepted"),
    /** R21, R27: the line uses MLPP with a busy trigger below 3, which recording needs. */
    MLPP_BUSY_TRIGGER("mlpp-busy-trigger"),
    /** R4, R25: selective user recording by the Record key, but the phone's template has no such key. */
    NO_RECORD_KEY("no-record-key"),
    /** F4, R4: a selective start came while the call was on hold or consulting, not in the Connected state. */
    CALL_NOT_CONNECTED("not-connected"),
    /**
     * The trunk's destination (the trunk itself, its recorder or its CUBE) is down (a failure window) and the trunk's
     * OPTIONS ping has not marked it out of service: the INVITE goes unanswered until the trunk's INVITE timeout.
     */
    TRUNK_DOWN("trunk-down", true),
    RECORDER_DOWN("recorder-down", true),
    CUBE_DOWN("cube-down", true),
    /** A link on the media's route is down (a failure window). */
    LINK_DOWN("link-down"),
    /** The trunk's OPTIONS ping marked its destination out of service: CUCM skips the trunk at once. */
    TRUNK_OUT_OF_SERVICE("trunk-out-of-service"),
    /** The call was released, held or transferred while its recording calls were still being set up. */
    SETUP_CANCELLED("setup-cancelled"),
    /** The CUBE has no room for the session's dialogs (two inbound, two per copy). */
    CUBE_FULL("cube-full"),
    /** R10, R18: the trunk to CUBE has no usable Early Offer for a source that cannot offer SDP itself. */
    EARLY_OFFER_MISSING("early-offer-missing"),
    /** R10, R18: mandatory Early Offer needed MTPs and the trunk's pool had none free. */
    MTP_UNAVAILABLE("mtp-unavailable"),
    /**
     * F7: locations CAC found no room between the forking device and the recording destination for the recording
     * call (each counted as a two-way call); CUCM does not record, the call goes on.
     */
    LOCATION_CAC("location-cac");

    private final String key;
    private final boolean afterTimeout;

    RejectReason(final String key)
    {
        this(key, false);
    }

    RejectReason(final String key, final boolean afterTimeout)
    {
        this.key = key;
        this.afterTimeout = afterTimeout;
    }

    /** @return true when CUCM learns this refusal only when the trunk's INVITE timeout expires */
    public boolean afterTimeout()
    {
        return this.afterTimeout;
    }

    /** @return the metric key, e.g. {@code recorder-full} */
    public String key()
    {
        return this.key;
    }
}
