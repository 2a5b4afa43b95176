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
    /** Min-heap of the times at which queued entries leave the queue. */
    private double[] leaving = new double[16];
    private int queued;

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
     * A set-up of {@code sessions} sessions' worth of recording calls (1 for a session's pair) arrives now, waits
     * {@code wait} (from {@link #waitFor}) and is then taken up.
     */
    public void admit(final double now, final double wait, final double sessions)
    {
        drain(now);
        this.freeAt = now + wait + sessions * this.secondsPerSetUp;
        if (wait > 0)
        {
            enqueue(now, now + wait);
        }
        this.waits.add(now, wait);
        this.setUps.add(now, sessions);
    }

    /** A set-up arrives now and would wait past {@code timeout}: it leaves the queue unserved at the timeout. */
    public void timedOut(final double now, final double timeout)
    {
        drain(now);
        enqueue(now, now + timeout);
        this.timeouts.increment(now);
    }

    private void enqueue(final double now, final double leaves)
    {
        if (this.queued == this.leaving.length)
        {
            this.leaving = Arrays.copyOf(this.leaving, 2 * this.queued);
        }
        int i = this.queued++;
        while (i > 0 && this.leaving[(i - 1) / 2] > leaves)
        {
            this.leaving[i] = this.leaving[(i - 1) / 2];
            i = (i - 1) / 2;
        }
        this.leaving[i] = leaves;
        this.waiting.set(now, this.queued);
    }

    /** Take out, in time order, the entries that left by {@code now}. */
    private void drain(final double now)
    {
        while (this.queued > 0 && this.leaving[0] <= now)
        {
            double t = this.leaving[0];
            double last = this.leaving[--this.queued];
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
                i = child;
            }
            this.leaving[i] = last;
            this.waiting.set(t, this.queued);
        }
    }

    /** @return set-ups waiting over time (mean, peak) */
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
