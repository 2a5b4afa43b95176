package forkcast.models.recording;

import forkcast.sim.CountedResource;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * A pool of media termination points. Mandatory Early Offer takes one per recording call when the media source
 * cannot offer SDP itself (R10, R18); an empty pool fails the session with {@link RejectReason#MTP_UNAVAILABLE}.
 */
public final class MtpPool
{
    private final MtpPoolConfig config;
    private final CountedResource<RejectReason> inUse;

    public MtpPool(final MtpPoolConfig config, final MeasurementWindow window)
    {
        this.config = config;
        this.inUse = new CountedResource<>("MTP pool " + config.id(), config.size(), RejectReason.MTP_UNAVAILABLE,
                window);
    }

    /** @return null when {@code count} MTPs were free and are now taken, else {@link RejectReason#MTP_UNAVAILABLE} */
    public RejectReason take(final double now, final int count)
    {
        return this.inUse.take(now, count);
    }

    public void give(final double now, final int count)
    {
        this.inUse.give(now, count);
    }

    public MtpPoolConfig config()
    {
        return this.config;
    }

    /** @return MTPs lent over time */
    public TimeWeightedLevel inUse()
    {
        return this.inUse.level();
    }

    /** Integrate the pool's level to the end of the window; call once at the end of the run. */
    public void close()
    {
        this.inUse.close();
    }
}
