package forkcast.models.calls;

import forkcast.sim.CountedResource;
import forkcast.sim.stats.ExactLevel;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * A voice gateway with a fixed number of channels. A call in its path holds one channel from arrival (while queued
 * too) to release; a call that finds no free channel is blocked at the gateway.
 */
public final class Gateway
{
    private final GatewayConfig config;
    private final int siteIndex;
    private final CountedResource<CountedResource.Refusal> channels;
    /** In millibits per second. */
    private final ExactLevel forkEgress;

    public Gateway(final GatewayConfig config, final int siteIndex, final MeasurementWindow window)
    {
        this.config = config;
        this.siteIndex = siteIndex;
        this.channels = CountedResource.refusingWhenFull("gateway " + config.id() + " channels", config.channels(),
                window);
        this.forkEgress = new ExactLevel(window, 1000);
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

    /** @return true when a channel was taken */
    public boolean seize(final double now)
    {
        return this.channels.take(now, 1) == null;
    }

    public void release(final double now)
    {
        this.channels.give(now, 1);
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

    /** Integrate the gateway's levels to the end of the window; call once at the end of the run. */
    public void close()
    {
        this.channels.close();
        this.forkEgress.close();
    }
}
