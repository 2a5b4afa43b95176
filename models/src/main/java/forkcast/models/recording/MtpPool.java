package forkcast.models.recording;

import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * A pool of media termination points. Mandatory Early Offer takes one per recording call when the media source
 * cannot offer SDP itself (R10, R18); an empty pool fails the session with {@link RejectReason#MTP_UNAVAILABLE}.
 */
public final class MtpPool
{
    private final MtpPoolConfig config;
    private final TimeWeightedLevel inUse;
    private int active;

    public MtpPool(final MtpPoolConfig config, final MeasurementWindow window)
    {
        this.config = config;
        this.inUse = new TimeWeightedLevel(window);
    }

    /** @return true when {@code count} MTPs were free and are now taken */
    public boolean take(final double now, final int count)
    {
        if (this.active + count > this.config.size())
        {
            return false;
        }
        this.active += count;
        this.inUse.set(now, this.active);
        return true;
    }

    public void give(final double now, final int count)
    {
        this.active -= count;
        if (this.active < 0)
        {
            throw new IllegalStateException("MTP pool " + this.config.id() + " got back more MTPs than it lent at t=" + now);
        }
        this.inUse.set(now, this.active);
    }

    public MtpPoolConfig config()
    {
        return this.config;
    }

    public TimeWeightedLevel inUse()
    {
        return this.inUse;
    }
}
