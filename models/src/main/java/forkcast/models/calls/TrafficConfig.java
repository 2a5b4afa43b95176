package forkcast.models.calls;

import java.util.List;

/**
 * A stream of calls offered to one agent group.
 *
 * @param id traffic id (names its random streams: {@code traffic.<id>.arrivals}, ...)
 * @param group the agent group that answers
 * @param callsPerSecond base Poisson arrival rate
 * @param profile multipliers of the rate, one per interval of {@code profileInterval} from time 0, cycled; empty
 *            for a constant rate
 * @param profileInterval seconds each profile multiplier lasts (the traffic's {@code profileInterval}, by default the
 *            scenario's {@code run.interval}; 3600 with 24 multipliers is a day)
 * @param direction inbound, outbound or internal
 * @param gateways gateways in the call path, in order (0 to 2); each holds one channel for the call
 * @param secureShare share of calls that are secure (SRTP)
 * @param codecs codec mix; shares sum to 1
 * @param holdingTime talk time from connect to release (or to the transfer or conference)
 * @param hold hold and resume; null for none
 * @param transfer transfers; null for none
 * @param conference conferences; null for none
 * @param viaCvp the calls are routed through Customer Voice Portal: the gateway is not in CUCM's call path for
 *            forking, so the agent phone is the media source (R29)
 * @param callerGroup for internal calls: the agent group whose agents place them, so that the calling line records
 *            by its own configuration too (F8); null when the caller is a phone Forkcast does not model
 */
public record TrafficConfig(String id, String group, double callsPerSecond, double[] profile, double profileInterval,
        CallDirection direction, List<String> gateways, double secureShare, List<CodecShare> codecs,
        DurationDistribution holdingTime, HoldConfig hold, TransferConfig transfer, ConferenceConfig conference,
        boolean viaCvp, String callerGroup)
{
    public TrafficConfig
    {
        profile = profile.clone();
        gateways = List.copyOf(gateways);
        codecs = List.copyOf(codecs);
        if (!(callsPerSecond >= 0) || !Double.isFinite(callsPerSecond))
        {
            throw new IllegalArgumentException("traffic " + id + ": rate must be >= 0");
        }
        if (!(secureShare >= 0 && secureShare <= 1))
        {
            throw new IllegalArgumentException("traffic " + id + ": secureShare must be in [0, 1]");
        }
        if (codecs.isEmpty())
        {
            throw new IllegalArgumentException("traffic " + id + ": no codec");
        }
        double sum = codecs.stream().mapToDouble(CodecShare::share).sum();
        if (Math.abs(sum - 1) > 1e-6)
        {
            throw new IllegalArgumentException("traffic " + id + ": codec shares sum to " + sum + ", not 1");
        }
        for (double m : profile)
        {
            if (!(m >= 0) || !Double.isFinite(m))
            {
                throw new IllegalArgumentException("traffic " + id + ": profile multipliers must be >= 0");
            }
        }
        if (!(profileInterval > 0) || Double.isInfinite(profileInterval))
        {
            throw new IllegalArgumentException("traffic " + id + ": profileInterval must be > 0");
        }
        if (gateways.size() > 2)
        {
            throw new IllegalArgumentException("traffic " + id + ": at most two gateways in a call path");
        }
        if ((transfer == null ? 0 : transfer.share()) + (conference == null ? 0 : conference.share()) > 1 + 1e-9)
        {
            throw new IllegalArgumentException("traffic " + id + ": transfer and conference shares add up to more than 1");
        }
        if (direction == CallDirection.INTERNAL && !gateways.isEmpty())
        {
            throw new IllegalArgumentException("traffic " + id + ": an internal call has no gateway in its path");
        }
        if (callerGroup != null && direction != CallDirection.INTERNAL)
        {
            throw new IllegalArgumentException("traffic " + id + ": only internal calls come from an agent group");
        }
    }

    /** @return the rate multiplier in force at time t */
    public double multiplierAt(final double t)
    {
        if (this.profile.length == 0)
        {
            return 1.0;
        }
        long slot = (long) Math.floor(t / this.profileInterval);
        return this.profile[(int) (slot % this.profile.length)];
    }

    /** @return a builder for calls of stream {@code id} to agent group {@code group} at a base rate; see {@link
     * Builder} for the defaults
     */
    public static Builder builder(final String id, final String group, final double callsPerSecond)
    {
        return new Builder(id, group, callsPerSecond);
    }

    /** @return a builder holding this record's parts, to change some of them */
    public Builder toBuilder()
    {
        return new Builder(this.id, this.group, this.callsPerSecond).profile(this.profile)
                .profileInterval(this.profileInterval).direction(this.direction).gateways(this.gateways)
                .secureShare(this.secureShare).codecs(this.codecs).holdingTime(this.holdingTime).hold(this.hold)
                .transfer(this.transfer).conference(this.conference).viaCvp(this.viaCvp).callerGroup(this.callerGroup);
    }

    /**
     * Names the parts of a traffic stream. Unset parts: a constant rate (no profile; profileInterval 300 s, the default
     * {@code run.interval}), inbound, no gateway, no secure calls, holding time exponential with mean 180 s, no hold,
     * transfer or conference, not via CVP, no calling agent group. The codec mix has no default here (codecs come from the catalog): a stream
     * built without one is refused.
     */
    public static final class Builder
    {
        private final String id;
        private final String group;
        private final double callsPerSecond;
        private double[] profile = new double[0];
        private double profileInterval = 300;
        private CallDirection direction = CallDirection.INBOUND;
        private List<String> gateways = List.of();
        private double secureShare = 0;
        private List<CodecShare> codecs = List.of();
        private DurationDistribution holdingTime = DurationDistribution.exponential(180);
        private HoldConfig hold = null;
        private TransferConfig transfer = null;
        private ConferenceConfig conference = null;
        private boolean viaCvp = false;
        private String callerGroup = null;

        private Builder(final String id, final String group, final double callsPerSecond)
        {
            this.id = id;
            this.group = group;
            this.callsPerSecond = callsPerSecond;
        }

        public Builder profile(final double[] value)
        {
            this.profile = value;
            return this;
        }

        public Builder profileInterval(final double value)
        {
            this.profileInterval = value;
            return this;
        }

        public Builder direction(final CallDirection value)
        {
            this.direction = value;
            return this;
        }

        public Builder gateways(final List<String> value)
        {
            this.gateways = value;
            return this;
        }

        public Builder secureShare(final double value)
        {
            this.secureShare = value;
            return this;
        }

        public Builder codecs(final List<CodecShare> value)
        {
            this.codecs = value;
            return this;
        }

        public Builder holdingTime(final DurationDistribution value)
        {
            this.holdingTime = value;
            return this;
        }

        public Builder hold(final HoldConfig value)
        {
            this.hold = value;
            return this;
        }

        public Builder transfer(final TransferConfig value)
        {
            this.transfer = value;
            return this;
        }

        public Builder conference(final ConferenceConfig value)
        {
            this.conference = value;
            return this;
        }

        public Builder viaCvp(final boolean value)
        {
            this.viaCvp = value;
            return this;
        }

        /** For internal calls: the agent group whose agents place them (their lines record too, F8). */
        public Builder callerGroup(final String value)
        {
            this.callerGroup = value;
            return this;
        }

        public TrafficConfig build()
        {
            return new TrafficConfig(this.id, this.group, this.callsPerSecond, this.profile, this.profileInterval,
                    this.direction, this.gateways, this.secureShare, this.codecs, this.holdingTime, this.hold,
                    this.transfer, this.conference, this.viaCvp, this.callerGroup);
        }
    }
}
