package forkcast.models.calls;

/**
 * The agents' phones in a group.
 *
 * @param builtInBridge the phone's BIB setting (R22); the phone can fork media only with the bridge on (R7)
 * @param protocol SIP or SCCP
 * @param mtpRequired "media termination point required" is checked on the phone; with the bridge on, recording
 *            through the phone fails (R22)
 * @param authenticated the phone is in authenticated security mode (R33)
 * @param recordKey where the Record key is, for selective user recording (R4, R25)
 * @param offersEarly whether the phone can offer SDP in the first INVITE, which Early Offer toward CUBE needs
 *            (R10, R18); without it mandatory Early Offer inserts an MTP
 */
public record PhoneConfig(BuiltInBridgeSetting builtInBridge, PhoneProtocol protocol, boolean mtpRequired,
        boolean authenticated, RecordKey recordKey, boolean offersEarly)
{
    /** A phone that offers early unless it is SCCP (SCCP phones cannot). */
    public PhoneConfig(final BuiltInBridgeSetting builtInBridge, final PhoneProtocol protocol, final boolean mtpRequired,
            final boolean authenticated, final RecordKey recordKey)
    {
        this(builtInBridge, protocol, mtpRequired, authenticated, recordKey, protocol != PhoneProtocol.SCCP);
    }

    /** A SIP phone with the given bridge setting and nothing else special. */
    public static PhoneConfig plain(final BuiltInBridgeSetting builtInBridge)
    {
        return new PhoneConfig(builtInBridge, PhoneProtocol.SIP, false, false, RecordKey.NONE);
    }
}
