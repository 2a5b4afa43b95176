package forkcast.models.recording;

import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * One copy of a recording session at one recorder: the only one for a session to a recorder, one per forked
 * recorder through CUBE. A failure on its path cuts it; what it misses until the call ends is lost.
 *
 * <p>R10: a copy forked by CUBE whose recorder answers after the session's media has started is <em>late</em>: its
 * media (and its streams at the recorder, reserved until then) starts at its recorder's answer, the seconds of the
 * session it misses before that are lost for it, and it is never a complete copy (R13).
 */
public final class Copy
{
    private final Recorder recorder;
    /** Seconds its set-up waited in its recorder's set-up queue (F6); 0 for a session straight to a recorder. */
    private final double setupWait;
    private RecordingSession session;
    private boolean late;
    /** True while a late copy waits for its recorder's answer: its streams are reserved, its media does not flow. */
    private boolean waiting;
    private double startsAt = Double.NaN;
    private SimEventInterface<Double> start;
    private boolean cut;
    private double cutAt;
    private Outage outage;

    /** A session's only copy, straight to its recorder. */
    public Copy(final Recorder recorder)
    {
        this(recorder, 0);
    }

    /** @param setupWait seconds the copy's set-up waits in its recorder's set-up queue (F6) */
    public Copy(final Recorder recorder, final double setupWait)
    {
        this.recorder = recorder;
        this.setupWait = setupWait;
    }

    public Recorder recorder()
    {
        return this.recorder;
    }

    /** @return seconds its set-up waited in its recorder's set-up queue (F6) */
    double setupWait()
    {
        return this.setupWait;
    }

    /** @return the session it is a copy of */
    RecordingSession session()
    {
        return this.session;
    }

    void session(final RecordingSession owner)
    {
        this.session = owner;
    }

    /** R10: its recorder answers after the session's media starts; its streams are reserved until {@link #started}. */
    void late()
    {
        this.late = true;
        this.waiting = true;
    }

    /** @return whether it started after its session's media (R10), so that it is not a complete copy (R13) */
    boolean isLate()
    {
        return this.late;
    }

    /** @return whether it is a late copy still waiting for its recorder's answer (no media, streams reserved) */
    boolean waiting()
    {
        return this.waiting;
    }

    /** @return whether its media flows while its session records: not cut and not waiting for its recorder */
    boolean flowing()
    {
        return !this.cut && !this.waiting;
    }

    /** @return whether it recorded its session from the session's start to its end: not late and not cut (R13) */
    boolean complete()
    {
        return !this.late && !this.cut;
    }

    /** A late copy's start is scheduled at {@code time} ({@code event}); null once it came or was cancelled. */
    void start(final SimEventInterface<Double> event, final double time)
    {
        this.start = event;
        this.startsAt = time;
    }

    SimEventInterface<Double> start()
    {
        return this.start;
    }

    /** A late copy's start was cancelled: it was cut, or its session ended, before its recorder answered. */
    void startCancelled()
    {
        this.start = null;
    }

    /** A late copy's recorder answered: its media flows from now. */
    void started()
    {
        this.start = null;
        this.waiting = false;
    }

    /**
     * @return the seconds of its session's media a late copy missed by {@code now}, from {@code sessionMediaAt} (when
     *         the session's media started) until its own start, or its cut if that came first; 0 for a copy on time
     */
    double lateSeconds(final double sessionMediaAt, final double now)
    {
        if (!this.late || Double.isNaN(sessionMediaAt))
        {
            return 0;
        }
        double until = Math.min(now, this.startsAt);
        if (this.cut)
        {
            until = Math.min(until, this.cutAt);
        }
        return Math.max(0, until - sessionMediaAt);
    }

    /** Give back the streams it holds at its recorder (reserved ones when it still waits). */
    void release(final double now, final int streams)
    {
        if (this.waiting)
        {
            this.recorder.unreserve(streams);
        }
        else
        {
            this.recorder.release(now, streams);
        }
    }

    public boolean cut()
    {
        return this.cut;
    }

    public double cutAt()
    {
        return this.cutAt;
    }

    /** @param cause the failure window that cut it, or null */
    public void cut(final double now, final Outage cause)
    {
        this.cut = true;
        this.cutAt = now;
        this.outage = cause;
    }

    /** @return the failure window that cut it, or null */
    public Outage outage()
    {
        return this.outage;
    }
}
