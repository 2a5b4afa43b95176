package forkcast.models.recording;

import forkcast.sim.CountedResource;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * A recording server. By default it accepts a session when it has room for two more streams and the session is within
 * its sustained set-up rate; when full it rejects with {@link RejectReason#RECORDER_FULL}, when too fast with
 * {@link RejectReason#RECORDER_SETUP_RATE}, and a secure call to a recorder that does not take SRTP with
 * {@link RejectReason#SRTP_NOT_ACCEPTED}. The set-up rate is a token bucket that refills at
 * {@code maxSetupsPerSecond} and holds at most one second's worth (at least one token): a burst of that many sessions
 * passes, more wait for the bucket. Storage is the codec payload of the recorded seconds (F6: about 1 MB per minute of
 * G.711, both streams).
 */
public final class Recorder
{
    /** Streams per recording session: near end and far end (R5). */
    public static final int STREAMS_PER_SESSION = 2;

    private final RecorderConfig config;
    private final int siteIndex;
    private final CountedResource<RejectReason> streams;
    private final TimeWeightedLevel ingressBitsPerSecond;
    private final TimeWeightedLevel payloadBitsPerSecond;
    private final double bucketSize;
    private double tokens;
    private double lastRefill;
    private long ingressMilliBps;
    private long payloadMilliBps;
    private boolean down;

    public Recorder(final RecorderConfig config, final int siteIndex, final MeasurementWindow window)
    {
        this.config = config;
        this.siteIndex = siteIndex;
        this.streams = new CountedResource<>("recorder " + config.id() + " streams", config.maxStreams(),
                RejectReason.RECORDER_FULL, window);
        this.ingressBitsPerSecond = new TimeWeightedLevel(window);
        this.payloadBitsPerSecond = new TimeWeightedLevel(window);
        this.bucketSize = Math.max(1.0, Double.isInfinite(config.maxSetupsPerSecond()) ? 1.0 : config.maxSetupsPerSecond());
        this.tokens = this.bucketSize;
    }

    /**
     * Admit a session: two streams and one set-up.
     * @return null when admitted, else why not (nothing is taken then)
     */
    public RejectReason admit(final double now, final boolean secure)
    {
        if (this.down)
        {
            return this.streams.refuse(RejectReason.RECORDER_DOWN);
        }
        if (secure && !this.config.secure())
        {
            return this.streams.refuse(RejectReason.SRTP_NOT_ACCEPTED);
        }
        if (!this.streams.fits(STREAMS_PER_SESSION))
        {
            return this.streams.refuse(RejectReason.RECORDER_FULL);
        }
        if (!Double.isInfinite(this.config.maxSetupsPerSecond()))
        {
            this.tokens = Math.min(this.bucketSize, this.tokens + (now - this.lastRefill) * this.config.maxSetupsPerSecond());
            this.lastRefill = now;
            if (this.tokens < 1.0)
            {
                return this.streams.refuse(RejectReason.RECORDER_SETUP_RATE);
            }
            this.tokens -= 1.0;
        }
        return this.streams.take(now, STREAMS_PER_SESSION);
    }

    /** The session's two recording calls end. */
    public void release(final double now)
    {
        this.streams.give(now, STREAMS_PER_SESSION);
    }

    /** @return sessions refused for {@code reason} in the whole run */
    public long refusals(final RejectReason reason)
    {
        return this.streams.refusals(reason);
    }

    /**
     * Media of one session starts or stops arriving (a negative sign stops it).
     * @param ingressMilliBps both streams on the recorder's port, in millibits per second
     * @param payloadMilliBps both streams' codec payload (what is stored), in millibits per second
     */
    public void media(final double now, final long ingressMilliBps, final long payloadMilliBps)
    {
        this.ingressMilliBps += ingressMilliBps;
        this.payloadMilliBps += payloadMilliBps;
        this.ingressBitsPerSecond.set(now, this.ingressMilliBps / 1000.0);
        this.payloadBitsPerSecond.set(now, this.payloadMilliBps / 1000.0);
    }

    public boolean down()
    {
        return this.down;
    }

    public void down(final boolean isDown)
    {
        this.down = isDown;
    }

    public RecorderConfig config()
    {
        return this.config;
    }

    public int siteIndex()
    {
        return this.siteIndex;
    }

    /** @return concurrent streams over time */
    public TimeWeightedLevel streams()
    {
        return this.streams.level();
    }

    /** @return ingress bits per second over time */
    public TimeWeightedLevel ingress()
    {
        return this.ingressBitsPerSecond;
    }

    /** @return bytes stored per day at the measured mean rate */
    public double storageBytesPerDay()
    {
        return this.payloadBitsPerSecond.mean() / 8.0 * 86_400.0;
    }

    public void close()
    {
        this.streams.close();
        this.ingressBitsPerSecond.close();
        this.payloadBitsPerSecond.close();
    }
}
