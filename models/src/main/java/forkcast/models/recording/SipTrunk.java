package forkcast.models.recording;

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
    private final TimeWeightedLevel dialogs;
    private int active;
    private boolean down;

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
        this.dialogs = new TimeWeightedLevel(window);
    }

    /** A trunk straight to a recorder. */
    public SipTrunk(final TrunkConfig config, final Recorder recorder, final MeasurementWindow window)
    {
        this(config, recorder, null, null, window);
    }

    /** @return true when two dialogs were taken */
    public boolean seize(final double now)
    {
        if (this.active + DIALOGS_PER_SESSION > this.config.maxDialogs())
        {
            return false;
        }
        this.active += DIALOGS_PER_SESSION;
        this.dialogs.set(now, this.active);
        return true;
    }

    public void release(final double now)
    {
        this.active -= DIALOGS_PER_SESSION;
        if (this.active < 0)
        {
            throw new IllegalStateException("trunk " + this.config.id() + " released more dialogs than it held at t=" + now);
        }
        this.dialogs.set(now, this.active);
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

    /** @return the site of its destination */
    public int destinationSite()
    {
        return this.recorder != null ? this.recorder.siteIndex() : this.cube.siteIndex();
    }

    public TimeWeightedLevel dialogs()
    {
        return this.dialogs;
    }
}
