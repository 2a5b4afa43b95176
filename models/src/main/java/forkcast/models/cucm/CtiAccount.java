package forkcast.models.cucm;

import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;

/**
 * CTI messages by cause (F4), weighted by the catalog's cost per message: call events on monitored lines, recording
 * requests and events (start requests; started, ended, failed), and supervisors' monitoring requests.
 */
public final class CtiAccount
{
    private final CtiCosts costs;
    private final IntervalCounter callEvents;
    private final IntervalCounter recordingEvents;
    private final IntervalCounter monitoringEvents;
    private final double perObserver;

    public CtiAccount(final CtiCosts costs, final MeasurementWindow window)
    {
        this.costs = costs;
        this.callEvents = new IntervalCounter(window);
        this.recordingEvents = new IntervalCounter(window);
        this.monitoringEvents = new IntervalCounter(window);
        this.perObserver = costs.observersPerLine() * costs.costPerMessage();
    }

    public void callSetUp(final double now)
    {
        this.callEvents.add(now, this.costs.callSetup() * this.perObserver);
    }

    public void callReleased(final double now)
    {
        this.callEvents.add(now, this.costs.callRelease() * this.perObserver);
    }

    /** F4: a CTI application sent startRecording and got its response (not per observer: one application asks). */
    public void recordingStartRequested(final double now)
    {
        this.recordingEvents.add(now, this.costs.recordingStartRequest() * this.costs.costPerMessage());
    }

    /** F4: a CTI application sent stopRecording and got its response. */
    public void recordingStopRequested(final double now)
    {
        this.recordingEvents.add(now, this.costs.recordingStopRequest() * this.costs.costPerMessage());
    }

    /** F4: observers get a recording-started event. */
    public void recordingStarted(final double now)
    {
        this.recordingEvents.add(now, this.costs.recordingStarted() * this.perObserver);
    }

    /** F4: observers get a recording-ended event. */
    public void recordingEnded(final double now)
    {
        this.recordingEvents.add(now, this.costs.recordingEnded() * this.perObserver);
    }

    /** F4: observers get a recording-failed event. */
    public void recordingFailed(final double now)
    {
        this.recordingEvents.add(now, this.costs.recordingFailed() * this.perObserver);
    }

    /** A supervisor's CTI request to monitor a call, and its response. */
    public void monitoringRequested(final double now)
    {
        this.monitoringEvents.add(now, this.costs.monitoringRequest() * this.costs.costPerMessage());
    }

    public IntervalCounter monitoringEvents()
    {
        return this.monitoringEvents;
    }

    public IntervalCounter callEvents()
    {
        return this.callEvents;
    }

    public IntervalCounter recordingEvents()
    {
        return this.recordingEvents;
    }

    /** @return weighted messages per second in each interval, all causes */
    public double[] messagesPerSecond()
    {
        return IntervalSums.add(this.callEvents.perSecond(), this.recordingEvents.perSecond(),
                this.monitoringEvents.perSecond());
    }
}
