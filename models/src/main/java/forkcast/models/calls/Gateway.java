package forkcast.models.calls;

import forkcast.sim.CountedResource;
import forkcast.sim.stats.ExactLevel;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * A voice gateway with a fixed number of channels. A call in its path holds one channel from arrival (while queued
 * too) to release; a call that finds no free channel is blocked at the gateway. The gateway counts the calls offered
 * to it (those that reached it on their path), those it refused, those that took a channel and those of them that
 * locations CAC then refused (F7), per interval: the bill of materials grosses its carried channels up by both shares
 * (docs/answer.md).
 */
public final class Gateway
{
    private final GatewayConfig config;
    private final int siteIndex;
    private final CountedResource<CountedResource.Refusal> channels;
    private final IntervalCounter offered;
    private final IntervalCounter blocked;
    private final IntervalCounter seized;
    private final IntervalCounter refusedByCac;
    /** In millibits per second. */
    private final ExactLevel forkEgress;

    public Gateway(final GatewayConfig config, final int siteIndex, final MeasurementWindow window)
    {
        this.config = config;
        this.siteIndex = siteIndex;
        this.channels = CountedResource.refusingWhenFull("gateway " + config.id() + " channels", config.channels(),
                window);
        this.forkEgress = new ExactLevel(window, 1000);
        this.offered = new IntervalCounter(window);
        this.blocked = new IntervalCounter(window);
        this.seized = new IntervalCounter(window);
        this.refusedByCac = new IntervalCounter(window);
    }

    /** Forked recording streams leave the gateway (a negative rate stops them), in millibits per second. */
    public void forkEgress(final double now, final long milliBps)
    {
        this.forkEgress.add(now, milliBps);
    }

    /** @return the recording streams this gateway forks, on its Ethernet port */
    public TimeWeightedLevel forkEgress()
    {
        return this.forkEgress.level();
    }

    /** A call asks for a channel: counted as offered, and as blocked when none is free. @return true when taken */
    public boolean seize(final double now)
    {
        this.offered.increment(now);
        boolean taken = this.channels.take(now, 1) == null;
        if (taken)
        {
            this.seized.increment(now);
        }
        else
        {
            this.blocked.increment(now);
        }
        return taken;
    }

    public void release(final double now)
    {
        this.channels.give(now, 1);
    }

    /**
     * F7: locations CAC refused a call that holds a channel here: counted, and the channel given back early. Once the
     * budget is bought, such a call holds its channel to the end of its conversation instead.
     */
    public void refusedByCac(final double now)
    {
        this.refusedByCac.increment(now);
        release(now);
    }

    public GatewayConfig config()
    {
        return this.config;
    }

    public int siteIndex()
    {
        return this.siteIndex;
    }

    /** @return channels held over time */
    public TimeWeightedLevel channels()
    {
        return this.channels.level();
    }

    /** @return the calls that asked this gateway for a channel, per interval */
    public IntervalCounter offered()
    {
        return this.offered;
    }

    /** @return the calls this gateway refused for want of a free channel, per interval */
    public IntervalCounter blocked()
    {
        return this.blocked;
    }

    /** @return the calls that took one of this gateway's channels, per interval */
    public IntervalCounter seized()
    {
        return this.seized;
    }

    /** @return the calls that took one of this gateway's channels and that locations CAC then refused, per interval */
    public IntervalCounter refusedByCac()
    {
        return this.refusedByCac;
    }

    /** Integrate the gateway's levels to the end of the window; call once at the end of the run. */
    public void close()
    {
        this.channels.close();
        this.forkEgress.close();
    }
}
