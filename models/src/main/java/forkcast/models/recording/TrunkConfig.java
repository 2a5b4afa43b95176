package forkcast.models.recording;

import java.util.List;

/**
 * A SIP trunk from CUCM to a recording destination, a recorder or a CUBE media proxy (R5, R19).
 *
 * @param id trunk id
 * @param recorder the recorder it reaches, or null
 * @param cube the CUBE it reaches, or null (exactly one of the two is set)
 * @param maxDialogs concurrent SIP dialogs it carries (each recording session holds two)
 * @param earlyOffer the SIP profile's Early Offer setting (R18)
 * @param mtpPool the MTP pool that mandatory Early Offer takes from; null for none
 * @param down failure windows
 * @param timers the SIP timers of its failover: INVITE timeout and OPTIONS ping
 */
public record TrunkConfig(String id, String recorder, String cube, int maxDialogs, EarlyOffer earlyOffer,
        String mtpPool, List<DownWindow> down, SipTimers timers)
{
    public TrunkConfig
    {
        down = List.copyOf(down);
        if (timers == null)
        {
            throw new IllegalArgumentException("trunk " + id + ": needs its SIP timers");
        }
        if (maxDialogs < 0)
        {
            throw new IllegalArgumentException("trunk " + id + ": maxDialogs must be >= 0");
        }
        if ((recorder == null) == (cube == null))
        {
            throw new IllegalArgumentException("trunk " + id + ": reaches either a recorder or a CUBE");
        }
    }

    /** @return a builder for trunk {@code id}; see {@link Builder} for the defaults */
    public static Builder builder(final String id)
    {
        return new Builder(id);
    }

    /**
     * Names a trunk's settings; set exactly one destination, {@code recorder} or {@code cube}. Unset settings:
     * unlimited dialogs, no Early Offer, no MTP pool, never down, CUCM's default SIP timers
     * ({@link SipTimers#DEFAULT}).
     */
    public static final class Builder
    {
        private final String id;
        private String recorder = null;
        private String cube = null;
        private int maxDialogs = Integer.MAX_VALUE;
        private EarlyOffer earlyOffer = EarlyOffer.NONE;
        private String mtpPool = null;
        private List<DownWindow> down = List.of();
        private SipTimers timers = SipTimers.DEFAULT;

        private Builder(final String id)
        {
            this.id = id;
        }

        public Builder recorder(final String value)
        {
            this.recorder = value;
            return this;
        }

        public Builder cube(final String value)
        {
            this.cube = value;
            return this;
        }

        public Builder maxDialogs(final int value)
        {
            this.maxDialogs = value;
            return this;
        }

        public Builder earlyOffer(final EarlyOffer value)
        {
            this.earlyOffer = value;
            return this;
        }

        public Builder mtpPool(final String value)
        {
            this.mtpPool = value;
            return this;
        }

        public Builder down(final List<DownWindow> value)
        {
            this.down = value;
            return this;
        }

        public Builder timers(final SipTimers value)
        {
            this.timers = value;
            return this;
        }

        public TrunkConfig build()
        {
            return new TrunkConfig(this.id, this.recorder, this.cube, this.maxDialogs, this.earlyOffer, this.mtpPool,
                    this.down, this.timers);
        }
    }
}
