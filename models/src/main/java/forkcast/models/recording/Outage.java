package forkcast.models.recording;

import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;

/**
 * One failure window of one element (a recorder, CUBE, trunk or link), and the recorded seconds it cost: what the
 * copies it cut missed until their sessions ended, and what sessions admitted meanwhile waited on INVITEs that went
 * unanswered because of it before the route list advanced (item 6 of the failover model).
 */
public final class Outage
{
    private final String element;
    private final int number;
    private final IntervalCounter lostSeconds;

    /**
     * @param element what failed, as kind and id (e.g. {@code recorder.rec-a})
     * @param number the window's place in the element's {@code down} list, from 1
     */
    public Outage(final String element, final int number, final MeasurementWindow window)
    {
        this.element = element;
        this.number = number;
        this.lostSeconds = new IntervalCounter(window);
    }

    /** Count {@code seconds} of recording lost to this window, at time {@code now}. */
    void lost(final double now, final double seconds)
    {
        this.lostSeconds.add(now, seconds);
    }

    /** @return what failed, as kind and id, e.g. {@code recorder.rec-a} */
    public String element()
    {
        return this.element;
    }

    /** @return the window's place in the element's list, from 1 */
    public int number()
    {
        return this.number;
    }

    /** @return the recorded seconds lost to this window (counted when they became known) */
    public double lostSeconds()
    {
        return this.lostSeconds.total();
    }
}
