package forkcast.models.recording;

import java.util.List;

import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * CUBE media proxy (R10): accepts a recording session's two dialogs from CUCM and forks each stream to every
 * recorder in its fork list (1 to 5), holding two outbound dialogs per copy. Each copy is admitted or refused by its
 * recorder on its own; the session stands when CUBE and at least one recorder accept. By default it refuses a
 * session when it has no room for the inbound pair and one copy ({@link RejectReason#CUBE_FULL}), and while down it
 * refuses everything and its sessions are cut.
 */
public final class CubeMediaProxy
{
    /** Inbound dialogs per session, and outbound dialogs per copy: one per stream (R5). */
    public static final int DIALOGS_PER_PAIR = 2;

    private final CubeConfig config;
    private final int siteIndex;
    private final List<Recorder> forkTo;
    private final TimeWeightedLevel dialogs;
    private final TimeWeightedLevel ingress;
    private final TimeWeightedLevel egress;
    private int active;
    private long ingressMilliBps;
    private long egressMilliBps;
    private boolean down;

    public CubeMediaProxy(final CubeConfig config, final int siteIndex, final List<Recorder> forkTo,
            final MeasurementWindow window)
    {
        this.config = config;
        this.siteIndex = siteIndex;
        this.forkTo = List.copyOf(forkTo);
        this.dialogs = new TimeWeightedLevel(window);
        this.ingress = new TimeWeightedLevel(window);
        this.egress = new TimeWeightedLevel(window);
    }

    /** @return true when {@code count} dialogs fit and were taken */
    public boolean seize(final double now, final int count)
    {
        if (this.active + count > this.config.maxSessions())
        {
            return false;
        }
        this.active += count;
        this.dialogs.set(now, this.active);
        return true;
    }

    /** @return whether the inbound pair and one copy would fit now */
    public boolean hasRoomForASession()
    {
        return this.active + 2 * DIALOGS_PER_PAIR <= this.config.maxSessions();
    }

    public void release(final double now, final int count)
    {
        this.active -= count;
        if (this.active < 0)
        {
            throw new IllegalStateException("CUBE " + this.config.id() + " released more dialogs than it held at t=" + now);
        }
        this.dialogs.set(now, this.active);
    }

    /** Media into CUBE (a negative rate stops it), in millibits per second. */
    public void ingress(final double now, final long milliBps)
    {
        this.ingressMilliBps += milliBps;
        this.ingress.set(now, this.ingressMilliBps / 1000.0);
    }

    /** Media out of CUBE toward the recorders (a negative rate stops it), in millibits per second. */
    public void egress(final double now, final long milliBps)
    {
        this.egressMilliBps += milliBps;
        this.egress.set(now, this.egressMilliBps / 1000.0);
    }

    public CubeConfig config()
    {
        return this.config;
    }

    public int siteIndex()
    {
        return this.siteIndex;
    }

    /** @return the recorders it forks to, in order */
    public List<Recorder> forkTo()
    {
        return this.forkTo;
    }

    public boolean down()
    {
        return this.down;
    }

    public void down(final boolean isDown)
    {
        this.down = isDown;
    }

    /** @return dialogs held over time (two inbound and two per copy for each session) */
    public TimeWeightedLevel dialogs()
    {
        return this.dialogs;
    }

    public TimeWeightedLevel ingress()
    {
        return this.ingress;
    }

    public TimeWeightedLevel egress()
    {
        return this.egress;
    }

    public void close()
    {
        this.dialogs.close();
        this.ingress.close();
        this.egress.close();
    }
}
