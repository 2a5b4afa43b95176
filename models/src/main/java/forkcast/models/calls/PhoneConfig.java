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
    /** A SIP phone with the given bridge setting and nothing else special. */
    public static PhoneConfig plain(final BuiltInBridgeSetting builtInBridge)
    {
        return builder().builtInBridge(builtInBridge).build();
    }

    /** @return a builder for a phone; see {@link Builder} for the defaults */
    public static Builder builder()
    {
        return new Builder();
    }

    /**
     * Names a phone's settings. Unset settings: built-in bridge as the cluster default, SIP, no MTP required, not
     * authenticated, no Record key, and it offers early unless it is SCCP (SCCP phones cannot).
     *
     * <p>Written by hand, unlike the other configurations' generated builders: the default of {@code offersEarly}
     * follows the protocol set at any point before {@code build()}, which a generated builder's fixed defaults cannot
     * express.
     */
    public static final class Builder
    {
        private BuiltInBridgeSetting builtInBridge = BuiltInBridgeSetting.DEFAULT;
        private PhoneProtocol protocol = PhoneProtocol.SIP;
        private boolean mtpRequired = false;
        private boolean authenticated = false;
        private RecordKey recordKey = RecordKey.NONE;
        /** null: follows the protocol */
        private Boolean offersEarly;

        private Builder()
        {
        }

        public Builder builtInBridge(final BuiltInBridgeSetting value)
        {
            this.builtInBridge = value;
            return this;
        }

        public Builder protocol(final PhoneProtocol value)
        {
            this.protocol = value;
            return this;
        }

        public Builder mtpRequired(final boolean value)
        {
            this.mtpRequired = value;
            return this;
        }

        public Builder authenticated(final boolean value)
        {
            this.authenticated = value;
            return this;
        }

        public Builder recordKey(final RecordKey value)
        {
            this.recordKey = value;
            return this;
        }

        public Builder offersEarly(final boolean value)
        {
            this.offersEarly = value;
            return this;
        }

        public PhoneConfig build()
        {
            return new PhoneConfig(this.builtInBridge, this.protocol, this.mtpRequired, this.authenticated,
                    this.recordKey, this.offersEarly != null ? this.offersEarly : this.protocol != PhoneProtocol.SCCP);
        }
    }
}
