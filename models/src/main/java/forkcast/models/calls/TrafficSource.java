package forkcast.models.calls;

import java.util.List;

import forkcast.models.media.Codec;
import forkcast.sim.RandomStreams;
import nl.tudelft.simulation.jstats.distributions.DistContinuous;
import nl.tudelft.simulation.jstats.streams.StreamInterface;

/**
 * Generates the calls of one traffic stream: Poisson arrivals whose rate follows the profile (piecewise constant, so
 * the next arrival is found exactly by spending one unit-exponential draw across the profile's slots), and for each
 * call its codec, secure flag, holding time, patience and (on selectively recorded lines) whether and when recording
 * is started, each from its own named stream. Every call takes the same
 * draws whatever happens to it, so alternatives that block different calls still see the same traffic.
 */
public final class TrafficSource
{
    private final TrafficConfig config;
    private final AgentGroup group;
    private final List<Gateway> gateways;
    private final boolean[] gatewaysCanFork;
    private final StreamInterface arrivals;
    private final StreamInterface codecChoice;
    private final StreamInterface secureChoice;
    private final DistContinuous holdingTime;
    private final DistContinuous patience;
    private final StreamInterface selectiveChoice;
    private final DistContinuous selectiveDelay;
    private final double selectiveShare;
    private final double[] codecCumulative;
    private final Codec[] codecs;

    public TrafficSource(final TrafficConfig config, final AgentGroup group, final List<Gateway> gateways,
            final RandomStreams streams)
    {
        this.config = config;
        this.group = group;
        this.gateways = List.copyOf(gateways);
        this.gatewaysCanFork = new boolean[gateways.size()];
        for (int i = 0; i < this.gatewaysCanFork.length; i++)
        {
            this.gatewaysCanFork[i] = gateways.get(i).config().canFork();
        }
        String prefix = "traffic." + config.id() + ".";
        this.arrivals = streams.stream(prefix + "arrivals");
        this.codecChoice = streams.stream(prefix + "codec");
        this.secureChoice = streams.stream(prefix + "secure");
        this.holdingTime = config.holdingTime().create(streams.stream(prefix + "holdingTime"));
        DurationDistribution patienceDist = group.config().patience();
        this.patience = patienceDist == null ? null : patienceDist.create(streams.stream(prefix + "patience"));
        SelectiveConfig selective = group.config().selective();
        this.selectiveChoice = selective == null ? null : streams.stream(prefix + "selective");
        this.selectiveDelay = selective == null ? null : selective.delay().create(streams.stream(prefix + "selectiveDelay"));
        this.selectiveShare = selective == null ? 0 : selective.share();
        this.codecs = new Codec[config.codecs().size()];
        this.codecCumulative = new double[this.codecs.length];
        double cumulative = 0;
        for (int i = 0; i < this.codecs.length; i++)
        {
            this.codecs[i] = config.codecs().get(i).codec();
            cumulative += config.codecs().get(i).share();
            this.codecCumulative[i] = cumulative;
        }
    }

    /**
     * @param now the current time
     * @return the time of the next arrival after {@code now}, or +infinity when the rate is zero from here on
     */
    public double nextArrival(final double now)
    {
        double base = this.config.callsPerSecond();
        if (base <= 0)
        {
            return Double.POSITIVE_INFINITY;
        }
        double remaining = -Math.log(this.arrivals.nextDouble());
        double[] profile = this.config.profile();
        if (profile.length == 0)
        {
            return now + remaining / base;
        }
        double slotLength = this.config.profileInterval();
        double t = now;
        int zeroSlots = 0;
        while (true)
        {
            long slot = (long) Math.floor(t / slotLength);
            double slotEnd = (slot + 1) * slotLength;
            if (slotEnd <= t)
            {
                slotEnd = t + slotLength; // guard against rounding at a boundary
            }
            double rate = base * profile[(int) (slot % profile.length)];
            if (rate > 0)
            {
                zeroSlots = 0;
                double needed = remaining / rate;
                if (t + needed <= slotEnd)
                {
                    return t + needed;
                }
                remaining -= rate * (slotEnd - t);
            }
            else if (++zeroSlots > profile.length)
            {
                return Double.POSITIVE_INFINITY; // every multiplier is zero
            }
            t = slotEnd;
        }
    }

    /** Draw a new call's attributes. */
    public Call newCall(final long id)
    {
        double u = this.codecChoice.nextDouble();
        Codec codec = this.codecs[this.codecs.length - 1];
        for (int i = 0; i < this.codecs.length; i++)
        {
            if (u < this.codecCumulative[i])
            {
                codec = this.codecs[i];
                break;
            }
        }
        boolean secure = this.secureChoice.nextDouble() < this.config.secureShare();
        double holding = this.holdingTime.draw();
        double wait = this.patience == null ? 0 : this.patience.draw();
        boolean selected = false;
        double delay = 0;
        if (this.selectiveChoice != null)
        {
            selected = this.selectiveChoice.nextDouble() < this.selectiveShare;
            delay = this.selectiveDelay.draw();
        }
        return new Call(id, this, codec, secure, holding, wait, selected, delay);
    }

    public TrafficConfig config()
    {
        return this.config;
    }

    public AgentGroup group()
    {
        return this.group;
    }

    /**
     * @return for each gateway in the call path, whether it can fork recorded media (R8, R16, R23); the array is
     *         shared, do not change it
     */
    public boolean[] gatewaysCanFork()
    {
        return this.gatewaysCanFork;
    }

    /** @return gateways in the call path, in order */
    public List<Gateway> gateways()
    {
        return this.gateways;
    }
}
