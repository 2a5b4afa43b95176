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
    private final StreamInterface stopChoice;
    private final DistContinuous stopAfter;
    private final AgentGroup transferTarget;
    private final AgentGroup callerGroup;
    private final StreamInterface holdChoice;
    private final DistContinuous holdAfter;
    private final DistContinuous holdDuration;
    private final StreamInterface featureChoice;
    private final DistContinuous transferConsult;
    private final StreamInterface recordConsultChoice;
    private final DistContinuous conferenceConsult;
    private final DistContinuous secondTalk;
    private final StreamInterface monitoringChoice;
    private final double[] codecCumulative;
    private final Codec[] codecs;

    /**
     * @param transferTarget the agent group calls are transferred to; null when the traffic has no transfers
     */
    public TrafficSource(final TrafficConfig config, final AgentGroup group, final List<Gateway> gateways,
            final AgentGroup transferTarget, final RandomStreams streams)
    {
        this(config, group, gateways, transferTarget, null, streams);
    }

    /**
     * @param transferTarget the agent group calls are transferred to; null when the traffic has no transfers
     * @param callerGroup the agent group whose agents place these internal calls; null when the caller is not modelled
     */
    public TrafficSource(final TrafficConfig config, final AgentGroup group, final List<Gateway> gateways,
            final AgentGroup transferTarget, final AgentGroup callerGroup, final RandomStreams streams)
    {
        this.transferTarget = transferTarget;
        this.callerGroup = callerGroup;
        this.config = config;
        this.group = group;
        this.gateways = List.copyOf(gateways);
        this.gatewaysCanFork = new boolean[gateways.size()];
        for (int i = 0; i < this.gatewaysCanFork.length; i++)
        {
            this.gatewaysCanFork[i] = gateways.get(i).config().canFork() && !config.viaCvp(); // R29
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
        this.stopChoice = selective == null ? null : streams.stream(prefix + "selectiveStop");
        this.stopAfter = selective == null ? null : selective.stopAfter().create(streams.stream(prefix + "selectiveStopAfter"));
        HoldConfig hold = config.hold();
        this.holdChoice = hold == null ? null : streams.stream(prefix + "hold");
        this.holdAfter = hold == null ? null : hold.after().create(streams.stream(prefix + "holdAfter"));
        this.holdDuration = hold == null ? null : hold.duration().create(streams.stream(prefix + "holdDuration"));
        TransferConfig transfer = config.transfer();
        ConferenceConfig conference = config.conference();
        boolean features = transfer != null || conference != null;
        this.featureChoice = features ? streams.stream(prefix + "feature") : null;
        this.transferConsult = transfer == null ? null : transfer.consult().create(streams.stream(prefix + "consult"));
        this.recordConsultChoice = transfer == null ? null : streams.stream(prefix + "recordConsult");
        this.conferenceConsult = conference == null ? null
                : conference.consult().create(streams.stream(prefix + "conferenceConsult"));
        this.secondTalk = features ? config.holdingTime().create(streams.stream(prefix + "secondTalk")) : null;
        this.monitoringChoice = group.config().monitoring() == null ? null : streams.stream(prefix + "monitoring");
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
        boolean monitored = this.monitoringChoice != null
                && this.monitoringChoice.nextDouble() < this.group.config().monitoring().share();
        double stop = Double.NaN;
        if (this.stopChoice != null)
        {
            boolean stopped = this.stopChoice.nextDouble() < this.group.config().selective().stopShare();
            double after = this.stopAfter.draw();
            stop = stopped ? after : Double.NaN;
        }
        Call call = new Call(id, this, codec, secure, holding, wait, selected, delay, features(holding), monitored);
        call.stopAfter(stop);
        return call;
    }

    /** Every draw is taken whatever is chosen, so that each purpose's stream stays aligned across alternatives. */
    private CallFeatures features(final double holding)
    {
        if (this.holdChoice == null && this.featureChoice == null)
        {
            return CallFeatures.PLAIN;
        }
        double holdAt = Double.NaN;
        double holdFor = 0;
        if (this.holdChoice != null)
        {
            boolean held = this.holdChoice.nextDouble() < this.config.hold().share();
            double after = this.holdAfter.draw();
            double duration = this.holdDuration.draw();
            if (held && after < holding)
            {
                holdAt = after;
                holdFor = duration;
            }
        }
        CallFeatures.Ending ending = CallFeatures.Ending.RELEASE;
        double consult = 0;
        boolean recordConsult = false;
        double second = 0;
        if (this.featureChoice != null)
        {
            double u = this.featureChoice.nextDouble();
            double transferConsultTime = this.transferConsult == null ? 0 : this.transferConsult.draw();
            boolean recordIt = this.recordConsultChoice != null
                    && this.recordConsultChoice.nextDouble() < this.config.transfer().recordConsultShare();
            double conferenceConsultTime = this.conferenceConsult == null ? 0 : this.conferenceConsult.draw();
            second = this.secondTalk.draw();
            double transferShare = this.config.transfer() == null ? 0 : this.config.transfer().share();
            double conferenceShare = this.config.conference() == null ? 0 : this.config.conference().share();
            if (u < transferShare)
            {
                ending = this.config.transfer().blind() ? CallFeatures.Ending.BLIND_TRANSFER
                        : CallFeatures.Ending.CONSULT_TRANSFER;
                consult = transferConsultTime;
                recordConsult = recordIt;
            }
            else if (u < transferShare + conferenceShare)
            {
                ending = CallFeatures.Ending.CONFERENCE;
                consult = conferenceConsultTime;
                recordConsult = recordIt;
            }
        }
        return new CallFeatures(holdAt, holdFor, ending, consult, recordConsult, second);
    }

    public TrafficConfig config()
    {
        return this.config;
    }

    public AgentGroup group()
    {
        return this.group;
    }

    /** @return the group calls are transferred to; null when the traffic has no transfers */
    public AgentGroup transferTarget()
    {
        return this.transferTarget;
    }

    /** @return the agent group whose agents place these internal calls (F8), or null when the caller is not modelled */
    public AgentGroup callerGroup()
    {
        return this.callerGroup;
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
