package forkcast.models.recording;

import forkcast.sim.CountedResource;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * A SIP trunk from CUCM to a recorder or a CUBE (R5, R19). Each recording session holds two dialogs, one per recording
 * call; when fewer than two are free, the session is rejected with {@link RejectReason#TRUNK_FULL}; while down it
 * rejects everything ({@link RejectReason#TRUNK_DOWN}) and its sessions are cut.
 */
public final class SipTrunk
{
    /** Dialogs per recording session (R5: near-end and far-end recording calls). */
    public static final int DIALOGS_PER_SESSION = 2;

    private final TrunkConfig config;
    private final Recorder recorder;
    private final CubeMediaProxy cube;
    private final MtpPool mtpPool;
    private final CountedResource<RejectReason> dialogs;
    private boolean down;
    private boolean outOfService;

    /**
     * @param recorder the recorder it reaches, or null
     * @param cube the CUBE it reaches, or null
     * @param mtpPool where mandatory Early Offer takes its MTPs; null for none
     */
    public SipTrunk(final TrunkConfig config, final Recorder recorder, final CubeMediaProxy cube, final MtpPool mtpPool,
            final MeasurementWindow window)
    {
        this.config = config;
        this.recorder = recorder;
        this.cube = cube;
        this.mtpPool = mtpPool;
        this.dialogs = new CountedResource<>("trunk " + config.id() + " dialogs", config.maxDialogs(),
                RejectReason.TRUNK_FULL, window);
    }

    /** A trunk straight to a recorder. */
    public SipTrunk(final TrunkConfig config, final Recorder recorder, final MeasurementWindow window)
    {
        this(config, recorder, null, null, window);
    }

    /** @return null when a session's two dialogs were taken, else {@link RejectReason#TRUNK_FULL} */
    public RejectReason seize(final double now)
    {
        return seize(now, DIALOGS_PER_SESSION);
    }

    /** @return null when {@code count} dialogs (one per recording call) were taken, else why not */
    public RejectReason seize(final double now, final int count)
    {
        return this.dialogs.take(now, count);
    }

    /** A session's two dialogs end. */
    public void release(final double now)
    {
        release(now, DIALOGS_PER_SESSION);
    }

    /** {@code count} recording calls' dialogs end. */
    public void release(final double now, final int count)
    {
        this.dialogs.give(now, count);
    }

    /** Give back {@code count} MTPs that mandatory Early Offer took from the trunk's pool (none when 0). */
    public void giveMtps(final double now, final int count)
    {
        if (count > 0)
        {
            this.mtpPool.give(now, count);
        }
    }

    public TrunkConfig config()
    {
        return this.config;
    }

    /** @return the recorder it reaches, or null when it reaches a CUBE */
    public Recorder recorder()
    {
        return this.recorder;
    }

    /** @return the CUBE it reaches, or null */
    public CubeMediaProxy cube()
    {
        return this.cube;
    }

    public MtpPool mtpPool()
    {
        return this.mtpPool;
    }

    public boolean down()
    {
        return this.down;
    }

    public void down(final boolean isDown)
    {
        this.down = isDown;
    }

    /** @return true while its destination does not answer: the trunk, its recorder or its CUBE is down */
    public boolean destinationDown()
    {
        return this.down || (this.recorder != null ? this.recorder.down() : this.cube.down());
    }

    /** @return the reason an INVITE over it goes unanswered now, or null when its destination is up */
    public RejectReason unanswered()
    {
        if (this.down)
        {
            return RejectReason.TRUNK_DOWN;
        }
        if (this.recorder != null)
        {
            return this.recorder.down() ? RejectReason.RECORDER_DOWN : null;
        }
        return this.cube.down() ? RejectReason.CUBE_DOWN : null;
    }

    /** @return true while its OPTIONS ping has its destination marked out of service */
    public boolean outOfService()
    {
        return this.outOfService;
    }

    void outOfService(final boolean marked)
    {
        this.outOfService = marked;
    }

    /** @return its SIP timers (INVITE timeout, OPTIONS ping) */
    public SipTimers timers()
    {
        return this.config.timers();
    }

    /** @return the site of its destination */
    public int destinationSite()
    {
        return this.recorder != null ? this.recorder.siteIndex() : this.cube.siteIndex();
    }

    /** @return dialogs held over time */
    public TimeWeightedLevel dialogs()
    {
        return this.dialogs.level();
    }

    /** Integrate the trunk's level to the end of the window; call once at the end of the run. */
    public void close()
    {
        this.dialogs.close();
    }
}
