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
 */
public record PhoneConfig(BuiltInBridgeSetting builtInBridge, PhoneProtocol protocol, boolean mtpRequired,
        boolean authenticated, RecordKey recordKey)
{
    /** A SIP phone with the given bridge setting and nothing else special. */
    public static PhoneConfig plain(final BuiltInBridgeSetting builtInBridge)
    {
        return new PhoneConfig(builtInBridge, PhoneProtocol.SIP, false, false, RecordKey.NONE);
    }
}
