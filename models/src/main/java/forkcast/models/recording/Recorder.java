package forkcast.models.recording;

import forkcast.sim.CountedResource;
import forkcast.sim.stats.ExactLevel;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * A recording server. It accepts a session when it has room for two more streams; when full it rejects with
 * {@link RejectReason#RECORDER_FULL}, and a secure call to a recorder that does not take SRTP with
 * {@link RejectReason#SRTP_NOT_ACCEPTED}. Its sustained set-up rate is a FIFO {@link SetupQueue} served at
 * {@code maxSetupsPerSecond} (F6), which the trunk's admission consults; a copy forked by CUBE that waits for its
 * answer after its session's media started has its streams reserved until then (R10, {@link #reserve}). Storage is
 * the codec payload of the recorded seconds (F6: about 1 MB per minute of G.711, both streams), turned into a daily
 * volume by {@link StoragePerDay}.
 */
public final class Recorder
{
    /** Streams per recording session: near end and far end (R5). */
    public static final int STREAMS_PER_SESSION = 2;

    private final RecorderConfig config;
    private final int siteIndex;
    private final CountedResource<RejectReason> streams;
    /** In millibits per second. */
    private final ExactLevel ingress;
    /** In millibits per second. */
    private final ExactLevel payload;
    private final SetupQueue setupQueue;
    /** R10: copies of sessions' legs a CUBE forked to this recorder, and those it refused, in copies (a leg is half). */
    private final IntervalCounter copiesForked;
    private final IntervalCounter copiesRefused;
    /** Streams of forked copies admitted but not answered yet ({@link #reserve}): held against maxStreams only. */
    private int reserved;
    private boolean down;

    public Recorder(final RecorderConfig config, final int siteIndex, final MeasurementWindow window)
    {
        this.config = config;
        this.siteIndex = siteIndex;
        this.streams = new CountedResource<>("recorder " + config.id() + " streams", config.maxStreams(),
                RejectReason.RECORDER_FULL, window);
        this.ingress = new ExactLevel(window, 1000);
        this.payload = new ExactLevel(window, 1000);
        this.setupQueue = new SetupQueue(config.maxSetupsPerSecond(), window);
        this.copiesForked = new IntervalCounter(window);
        this.copiesRefused = new IntervalCounter(window);
    }

    /** @return how long a session's set-up arriving now would wait in the set-up queue */
    public double setupWait(final double now)
    {
        return this.setupQueue.waitFor(now);
    }

    /**
     * Admit a session: its two streams, and its set-up after {@code wait} in the set-up queue (from
     * {@link #setupWait}); a set-up that would wait past {@code timeout} is refused with
     * {@link RejectReason#RECORDER_SETUP_TIMEOUT}, which CUCM learns only at the timeout.
     * @param timeout the trunk's INVITE timeout
     * @return null when admitted, else why not (nothing is taken then)
     */
    public RejectReason admit(final double now, final boolean secure, final double wait, final double timeout)
    {
        return admit(now, secure, wait, timeout, STREAMS_PER_SESSION, false);
    }

    /**
     * Admit {@code streams} recording calls of a session (1 for one leg, 2 for both, R5); a leg that joins its
     * partner's set-up taken here at the same instant adds its work to that set-up instead of queueing anew.
     * @return null when admitted, else why not (nothing is taken then)
     */
    public RejectReason admit(final double now, final boolean secure, final double wait, final double timeout,
            final int streams, final boolean join)
    {
        RejectReason refused = accept(now, secure, wait, timeout, streams, join);
        return refused != null ? refused : this.streams.take(now, streams);
    }

    /**
     * R10: admit {@code streams} recording calls of a copy forked by CUBE as {@link #admit} does, but only reserve
     * their streams: they count against {@code maxStreams} at once and in the streams level from {@link #start}, when
     * the copy's media starts after its set-up wait (or never, {@link #unreserve}).
     * @return null when admitted, else why not (nothing is reserved then)
     */
    public RejectReason reserve(final double now, final boolean secure, final double wait, final double timeout,
            final int streams, final boolean join)
    {
        RejectReason refused = accept(now, secure, wait, timeout, streams, join);
        if (refused == null)
        {
            this.reserved += streams;
        }
        return refused;
    }

    /** {@code streams} reserved streams start: their copy's media flows from now. */
    public void start(final double now, final int streams)
    {
        unreserve(streams);
        if (this.streams.take(now, streams) != null)
        {
            throw new IllegalStateException("recorder " + this.config.id() + " had no room for reserved streams");
        }
    }

    /** {@code streams} reserved streams are given back before they started. */
    public void unreserve(final int streams)
    {
        if (streams > this.reserved)
        {
            throw new IllegalStateException("recorder " + this.config.id() + " got back " + streams
                    + " reserved streams but reserved only " + this.reserved);
        }
        this.reserved -= streams;
    }

    /** @return null when the recording calls may be taken now, else why not (counted) */
    private RejectReason accept(final double now, final boolean secure, final double wait, final double timeout,
            final int streams, final boolean join)
    {
        if (this.down)
        {
            return this.streams.refuse(RejectReason.RECORDER_DOWN);
        }
        if (secure && !this.config.secure())
        {
            return this.streams.refuse(RejectReason.SRTP_NOT_ACCEPTED);
        }
        if (!this.streams.fits(streams + this.reserved))
        {
            return this.streams.refuse(RejectReason.RECORDER_FULL);
        }
        if (!this.setupQueue.arrive(now, wait, timeout, (double) streams / STREAMS_PER_SESSION, join))
        {
            return this.streams.refuse(RejectReason.RECORDER_SETUP_TIMEOUT);
        }
        return null;
    }

    /** The session's two recording calls end. */
    public void release(final double now)
    {
        release(now, STREAMS_PER_SESSION);
    }

    /** {@code streams} recording calls end. */
    public void release(final double now, final int streams)
    {
        this.streams.give(now, streams);
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
        this.ingress.add(now, ingressMilliBps);
        this.payload.add(now, payloadMilliBps);
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
        return this.ingress.level();
    }

    /** @return the codec payload received over time (what is stored), bits per second; see {@link StoragePerDay} */
    public TimeWeightedLevel payload()
    {
        return this.payload.level();
    }

    /**
     * R10: a CUBE forked {@code copies} of a session's leg to this recorder, {@code refused} of them refused here
     * (a leg's copy is half a copy of the call); the bill grosses this recorder's streams up by the share refused.
     */
    public void forked(final double now, final double copies, final boolean refused)
    {
        this.copiesForked.add(now, copies);
        if (refused)
        {
            this.copiesRefused.add(now, copies);
        }
    }

    /** @return the copies CUBE forked to this recorder, per interval */
    public IntervalCounter copiesForked()
    {
        return this.copiesForked;
    }

    /** @return the copies CUBE forked to this recorder that it refused while their session stood, per interval */
    public IntervalCounter copiesRefused()
    {
        return this.copiesRefused;
    }

    /** @return the set-up queue (F6) */
    public SetupQueue setupQueue()
    {
        return this.setupQueue;
    }

    public void close(final double end)
    {
        this.setupQueue.close(end);
        this.streams.close();
        this.ingress.close();
        this.payload.close();
    }
}
