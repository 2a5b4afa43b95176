package forkcast.models.recording;

import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * A SIP trunk from CUCM to a recorder (R5, R19). Each recording session holds two dialogs, one per recording call;
 * when fewer than two are free, the session is rejected with {@link RejectReason#TRUNK_FULL}.
 */
public final class SipTrunk
{
    /** Dialogs per recording session (R5: near-end and far-end recording calls). */
    public static final int DIALOGS_PER_SESSION = 2;

    private final TrunkConfig config;
    private final Recorder recorder;
    private final TimeWeightedLevel dialogs;
    private int active;

    public SipTrunk(final TrunkConfig config, final Recorder recorder, final MeasurementWindow window)
    {
        this.config = config;
        this.recorder = recorder;
        this.dialogs = new TimeWeightedLevel(window);
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

    public Recorder recorder()
    {
        return this.recorder;
    }

    public TimeWeightedLevel dialogs()
    {
        return this.dialogs;
    }
}
