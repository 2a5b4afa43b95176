package forkcast.models.recording;

import java.util.List;

import forkcast.sim.CountedResource;
import forkcast.sim.stats.ExactLevel;
import forkcast.sim.stats.IntervalCounter;
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
    private final CountedResource<RejectReason> dialogs;
    private final SetupQueue setupQueue;
    /** In millibits per second. */
    private final ExactLevel ingress;
    /** In millibits per second. */
    private final ExactLevel egress;
    /** R10: the dialogs the legs set up through it asked of it (inbound and one per fork), and those of refused copies. */
    private final IntervalCounter dialogsAsked;
    private final IntervalCounter dialogsRefused;
    private boolean down;

    public CubeMediaProxy(final CubeConfig config, final int siteIndex, final List<Recorder> forkTo,
            final MeasurementWindow window)
    {
        this.config = config;
        this.siteIndex = siteIndex;
        this.forkTo = List.copyOf(forkTo);
        this.dialogs = new CountedResource<>("CUBE " + config.id() + " dialogs", config.deratedSessions(),
                RejectReason.CUBE_FULL, window);
        this.ingress = new ExactLevel(window, 1000);
        this.egress = new ExactLevel(window, 1000);
        this.setupQueue = new SetupQueue(config.deratedSetupsPerSecond(), window);
        this.dialogsAsked = new IntervalCounter(window);
        this.dialogsRefused = new IntervalCounter(window);
    }

    /**
     * R10: a session's leg was set up through this CUBE with {@code copies} of its {@link #forkTo} recorders: it asked
     * one inbound dialog and one outbound per fork, and the forks its recorders refused left theirs unused; the bill
     * grosses the CUBE's dialogs up by that share.
     */
    public void legSetUp(final double now, final int copies)
    {
        this.dialogsAsked.add(now, 1 + this.forkTo.size());
        if (copies < this.forkTo.size())
        {
            this.dialogsRefused.add(now, this.forkTo.size() - copies);
        }
    }

    /** @return the dialogs the legs set up through this CUBE asked of it, inbound and outbound, per interval */
    public IntervalCounter dialogsAsked()
    {
        return this.dialogsAsked;
    }

    /** @return the outbound dialogs of copies the CUBE's recorders refused while their session stood, per interval */
    public IntervalCounter dialogsRefused()
    {
        return this.dialogsRefused;
    }

    /** @return how long a session's set-up arriving now would wait in CUBE's set-up queue */
    public double setupWait(final double now)
    {
        return this.setupQueue.waitFor(now);
    }

    /**
     * Take a session's inbound pair, when there is room for it and one copy, and its set-up after {@code wait} (from
     * {@link #setupWait}); a set-up that would wait past {@code timeout} is refused with
     * {@link RejectReason#CUBE_SETUP_TIMEOUT}.
     * @return null when taken, else why not
     */
    public RejectReason seizeSession(final double now, final double wait, final double timeout)
    {
        return seizeSession(now, wait, timeout, DIALOGS_PER_PAIR, false);
    }

    /**
     * Take {@code calls} inbound recording calls of a session (1 for one leg, 2 for both) when there is room for them
     * and one copy of each; a leg joining its partner's set-up taken here at the same instant adds its work to it.
     * @return null when taken, else why not
     */
    public RejectReason seizeSession(final double now, final double wait, final double timeout, final int calls,
            final boolean join)
    {
        if (!this.dialogs.fits(2 * calls))
        {
            return this.dialogs.refuse(RejectReason.CUBE_FULL);
        }
        if (!this.setupQueue.arrive(now, wait, timeout, (double) calls / DIALOGS_PER_PAIR, join))
        {
            return this.dialogs.refuse(RejectReason.CUBE_SETUP_TIMEOUT);
        }
        return this.dialogs.take(now, calls);
    }

    /** @return null when {@code calls} outbound dialogs of a copy were taken, else {@link RejectReason#CUBE_FULL} */
    public RejectReason seizeCopy(final double now, final int calls)
    {
        return this.dialogs.take(now, calls);
    }

    /** {@code calls} dialogs end. */
    public void release(final double now, final int calls)
    {
        this.dialogs.give(now, calls);
    }

    /** @return null when a copy's outbound pair was taken, else {@link RejectReason#CUBE_FULL} */
    public RejectReason seizeCopy(final double now)
    {
        return this.dialogs.take(now, DIALOGS_PER_PAIR);
    }

    /** A pair of dialogs ends: a session's inbound pair or a copy's outbound pair. */
    public void releasePair(final double now)
    {
        this.dialogs.give(now, DIALOGS_PER_PAIR);
    }

    /** Media into CUBE (a negative rate stops it), in millibits per second. */
    public void ingress(final double now, final long milliBps)
    {
        this.ingress.add(now, milliBps);
    }

    /** Media out of CUBE toward the recorders (a negative rate stops it), in millibits per second. */
    public void egress(final double now, final long milliBps)
    {
        this.egress.add(now, milliBps);
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
        return this.dialogs.level();
    }

    public TimeWeightedLevel ingress()
    {
        return this.ingress.level();
    }

    public TimeWeightedLevel egress()
    {
        return this.egress.level();
    }

    /** @return the set-up queue (F6, as at a recorder) */
    public SetupQueue setupQueue()
    {
        return this.setupQueue;
    }

    public void close(final double end)
    {
        this.setupQueue.close(end);
        this.dialogs.close();
        this.ingress.close();
        this.egress.close();
    }
}
