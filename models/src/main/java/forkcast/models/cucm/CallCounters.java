package forkcast.models.cucm;

import forkcast.models.calls.Call;
import forkcast.sim.stats.ExactLevel;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/** What call control counts: calls by outcome, features, monitoring, and the connected and recordable calls. */
public final class CallCounters
{
    private final IntervalCounter offered;
    private final IntervalCounter connected;
    private final IntervalCounter blockedAtGateway;
    private final IntervalCounter blockedAtAgents;
    private final IntervalCounter blockedByCac;
    private final IntervalCounter abandoned;
    private final IntervalCounter held;
    private final IntervalCounter transferred;
    private final IntervalCounter conferenced;
    private final IntervalCounter featureFailed;
    private final IntervalCounter monitoringStarted;
    private final IntervalCounter monitoringFailed;
    private final ExactLevel connectedCalls;
    private final ExactLevel recordableCalls;

    CallCounters(final MeasurementWindow window)
    {
        this.offered = new IntervalCounter(window);
        this.connected = new IntervalCounter(window);
        this.blockedAtGateway = new IntervalCounter(window);
        this.blockedAtAgents = new IntervalCounter(window);
        this.blockedByCac = new IntervalCounter(window);
        this.abandoned = new IntervalCounter(window);
        this.held = new IntervalCounter(window);
        this.transferred = new IntervalCounter(window);
        this.conferenced = new IntervalCounter(window);
        this.featureFailed = new IntervalCounter(window);
        this.monitoringStarted = new IntervalCounter(window);
        this.monitoringFailed = new IntervalCounter(window);
        this.connectedCalls = ExactLevel.counting(window);
        this.recordableCalls = ExactLevel.counting(window);
    }

    /** One more (+1) or one fewer (-1) connected call. */
    void connectedCalls(final double now, final int sign)
    {
        this.connectedCalls.add(now, sign);
    }

    /**
     * The leg counts toward coverage's base ({@code on}, while it is meant to be recorded) or no longer does. The leg
     * keeps whether it is counted, so that saying it twice changes nothing.
     */
    void recordable(final Call leg, final double now, final boolean on)
    {
        boolean counted = on && leg.recordable();
        if (counted != leg.countedRecordable())
        {
            leg.countedRecordable(counted);
            this.recordableCalls.add(now, counted ? 1 : -1);
            if (counted)
            {
                leg.countedIn(leg.group().lines(leg.recordingOption())); // a transfer may move it before it stops
            }
            leg.countedIn().recordableLeg(now, counted ? 1 : -1);
        }
    }

    public IntervalCounter offered()
    {
        return this.offered;
    }

    public IntervalCounter connected()
    {
        return this.connected;
    }

    /** @return calls refused by locations CAC (F7) */
    public IntervalCounter blockedByCac()
    {
        return this.blockedByCac;
    }

    public IntervalCounter blockedAtGateway()
    {
        return this.blockedAtGateway;
    }

    public IntervalCounter blockedAtAgents()
    {
        return this.blockedAtAgents;
    }

    public IntervalCounter abandoned()
    {
        return this.abandoned;
    }

    /** @return calls put on hold (R35) */
    public IntervalCounter held()
    {
        return this.held;
    }

    /** @return calls handed to another agent (F3) */
    public IntervalCounter transferred()
    {
        return this.transferred;
    }

    /** @return calls joined into a conference (F3) */
    public IntervalCounter conferenced()
    {
        return this.conferenced;
    }

    /** @return transfers and conferences that found no free agent (the call is then released) */
    public IntervalCounter featureFailed()
    {
        return this.featureFailed;
    }

    /** @return calls a supervisor started to monitor */
    public IntervalCounter monitoringStarted()
    {
        return this.monitoringStarted;
    }

    /** @return monitoring requests that found the phone's bridge off */
    public IntervalCounter monitoringFailed()
    {
        return this.monitoringFailed;
    }

    /** @return concurrent connected calls */
    public TimeWeightedLevel connectedCalls()
    {
        return this.connectedCalls.level();
    }

    /**
     * @return concurrent call legs meant to be recorded (the base of coverage), over the same legs that record: every
     *         leg on an automatically recorded line (the answering agent's, the calling agent's, both consult legs, a
     *         conference colleague's), the selected ones on a selectively recorded line; a held or consulting leg
     *         only while its session records through it (gateway forking over hold, F5)
     */
    public TimeWeightedLevel recordableCalls()
    {
        return this.recordableCalls.level();
    }

    void close()
    {
        this.connectedCalls.close();
        this.recordableCalls.close();
    }
}
