package forkcast.models.recording;

import java.util.Arrays;

import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.SampleTally;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * F6: the set-up capacity of a recorder or a CUBE as a sustained rate. Recording calls that arrive for set-up wait in
 * a FIFO queue served one session's set-up at a time at {@code maxSetupsPerSecond} (a deterministic service of
 * {@code 1 / rate} seconds per session): MediaSense's "two calls per second sustained over the busy hour" is an
 * average capacity, so a Poisson burst waits instead of being refused. A recording call is answered when its set-up
 * is taken up; one whose wait would pass the trunk's INVITE timeout is given up by CUCM at that timeout and takes no
 * service (the caller advances the route list).
 *
 * <p>Because service is deterministic and FIFO, the moment a set-up is taken up is known when it arrives
 * ({@link #waitFor}); the queue's length is kept as a level from the times its entries leave (taken up or timed out),
 * drained in time order as later set-ups arrive, so no event is scheduled for it.
 */
public final class SetupQueue
{
    private final double secondsPerSetUp;
    private final TimeWeightedLevel waiting;
    private final SampleTally waits;
    private final IntervalCounter setUps;
    private final IntervalCounter timeouts;
    private final double windowLength;
    private double freeAt;
    /** When the set-up admitted last is taken up, and its sessions' worth (with the legs that joined it). */
    private double lastStart;
    private double lastWork;
    /** Min-heap of the times at which queued entries leave the queue, and each entry's sessions' worth. */
    private double[] leaving = new double[16];
    private double[] worth = new double[16];
    private int queued;
    private double waitingSessions;
    /** When the set-up admitted last leaves the queue (NaN when it did not wait). */
    private double lastAdmitted = Double.NaN;

    /** @param rate sessions set up per second; {@code Double.POSITIVE_INFINITY} for no queue */
    public SetupQueue(final double rate, final MeasurementWindow window)
    {
        this.secondsPerSetUp = Double.isInfinite(rate) ? 0 : 1.0 / rate;
        this.waiting = new TimeWeightedLevel(window);
        this.waits = new SampleTally(window);
        this.setUps = new IntervalCounter(window);
        this.timeouts = new IntervalCounter(window);
        this.windowLength = window.length();
    }

    /** @return how long a set-up arriving now would wait before it is taken up */
    public double waitFor(final double now)
    {
        return Math.max(0, this.freeAt - now);
    }

    /**
     * A set-up of {@code sessions} sessions' worth arrives at a recorder or CUBE that has room for its calls: it joins
     * the set-up admitted last when it is the other leg of that set-up, at the same instant ({@code join}); else it is
     * taken up after {@code wait} (from {@link #waitFor}), or, when that wait would pass {@code timeout} (the trunk's
     * INVITE timeout), it leaves unserved at the timeout.
     * @return false when it timed out (the caller refuses the session; CUCM learns it only at the timeout)
     */
    public boolean arrive(final double now, final double wait, final double timeout, final double sessions,
            final boolean join)
    {
        if (join)
        {
            join(now, sessions);
            return true;
        }
        if (wait > timeout)
        {
            timedOut(now, timeout, sessions);
            return false;
        }
        admit(now, wait, sessions);
        return true;
    }

    /**
     * A set-up of {@code sessions} sessions' worth of recording calls (1 for a session's pair) arrives now, waits
     * {@code wait} (from {@link #waitFor}) and is then taken up.
     */
    private void admit(final double now, final double wait, final double sessions)
    {
        drain(now);
        this.lastStart = now + wait;
        this.lastWork = sessions;
        this.freeAt = this.lastStart + sessions * this.secondsPerSetUp;
        this.lastAdmitted = wait > 0 ? now + wait : Double.NaN;
        if (wait > 0)
        {
            enqueue(now, now + wait, sessions);
        }
        this.waits.add(now, wait);
        this.setUps.add(now, sessions);
    }

    /**
     * The other leg of the set-up admitted last, at this same instant, comes with it: its {@code sessions}' worth of
     * work is added to that set-up, which answers both (no wait of its own is observed).
     */
    private void join(final double now, final double sessions)
    {
        drain(now);
        this.lastWork += sessions;
        this.freeAt = this.lastStart + this.lastWork * this.secondsPerSetUp; // the same sum as one set-up of both
        this.setUps.add(now, sessions);
        if (this.lastAdmitted > now)
        {
            // the joined set-up waits in the queue: it now stands for more work
            addWorthToLast(sessions);
            this.waitingSessions += sessions;
            this.waiting.set(now, this.waitingSessions);
        }
    }

    /**
     * A set-up of {@code sessions} sessions' worth arrives now and would wait past {@code timeout}: it leaves the queue
     * unserved at the timeout.
     */
    private void timedOut(final double now, final double timeout, final double sessions)
    {
        drain(now);
        enqueue(now, now + timeout, sessions);
        this.timeouts.add(now, sessions);
    }

    private void enqueue(final double now, final double leaves, final double sessions)
    {
        if (this.queued == this.leaving.length)
        {
            this.leaving = Arrays.copyOf(this.leaving, 2 * this.queued);
            this.worth = Arrays.copyOf(this.worth, 2 * this.queued);
        }
        int i = this.queued++;
        while (i > 0 && this.leaving[(i - 1) / 2] > leaves)
        {
            this.leaving[i] = this.leaving[(i - 1) / 2];
            this.worth[i] = this.worth[(i - 1) / 2];
            i = (i - 1) / 2;
        }
        this.leaving[i] = leaves;
        this.worth[i] = sessions;
        this.waitingSessions += sessions;
        this.waiting.set(now, this.waitingSessions);
    }

    /** Add {@code sessions} to the entry of the set-up admitted last (found by its leaving time). */
    private void addWorthToLast(final double sessions)
    {
        for (int i = 0; i < this.queued; i++)
        {
            if (this.leaving[i] == this.lastAdmitted)
            {
                this.worth[i] += sessions;
                return;
            }
        }
    }

    /** Take out, in time order, the entries that left by {@code now}. */
    private void drain(final double now)
    {
        while (this.queued > 0 && this.leaving[0] <= now)
        {
            double t = this.leaving[0];
            this.waitingSessions -= this.worth[0];
            double last = this.leaving[--this.queued];
            double lastWorth = this.worth[this.queued];
            int i = 0;
            while (2 * i + 1 < this.queued)
            {
                int child = 2 * i + 1;
                if (child + 1 < this.queued && this.leaving[child + 1] < this.leaving[child])
                {
                    child++;
                }
                if (this.leaving[child] >= last)
                {
                    break;
                }
                this.leaving[i] = this.leaving[child];
                this.worth[i] = this.worth[child];
                i = child;
            }
            this.leaving[i] = last;
            this.worth[i] = lastWorth;
            this.waiting.set(t, Math.max(0, this.waitingSessions));
        }
    }

    /** @return sessions' worth of set-ups waiting over time (mean, peak) */
    public TimeWeightedLevel waiting()
    {
        return this.waiting;
    }

    /** @return the waits of the set-ups taken up, each observed when it arrived */
    public SampleTally waits()
    {
        return this.waits;
    }

    /** @return sessions' set-ups taken up */
    public IntervalCounter setUps()
    {
        return this.setUps;
    }

    /** @return set-ups given up because they would have waited past the INVITE timeout */
    public IntervalCounter timeouts()
    {
        return this.timeouts;
    }

    /** @return set-ups taken up per second over the window ÷ the rate (0 without a limit) */
    public double utilisation()
    {
        return this.secondsPerSetUp * this.setUps.total() / this.windowLength;
    }

    /** Take out what is left by the end of the run and close the level. */
    public void close(final double end)
    {
        drain(end);
        this.waiting.close();
    }
}
