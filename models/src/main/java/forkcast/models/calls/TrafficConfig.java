package forkcast.models.calls;

import java.util.List;

import io.soabase.recordbuilder.core.RecordBuilder;

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
@RecordBuilder
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

    /**
     * @return a builder for calls of stream {@code id} to agent group {@code group} at a base rate. Unset parts: a
     *         constant rate (no profile; profileInterval 300 s, the default {@code run.interval}), inbound, no gateway,
     *         no secure calls, holding time exponential with mean 180 s, no hold, transfer or conference, not via CVP,
     *         no calling agent group. The codec mix has no default here (codecs come from the catalog): a stream built
     *         without one is refused.
     */
    public static TrafficConfigBuilder builder(final String id, final String group, final double callsPerSecond)
    {
        return TrafficConfigBuilder.builder().id(id).group(group).callsPerSecond(callsPerSecond).profile(new double[0])
                .profileInterval(300).direction(CallDirection.INBOUND).gateways(List.of()).codecs(List.of())
                .holdingTime(DurationDistribution.exponential(180));
    }

    /** @return a builder holding this record's parts, to change some of them */
    public TrafficConfigBuilder toBuilder()
    {
        return TrafficConfigBuilder.builder(this);
    }
}
