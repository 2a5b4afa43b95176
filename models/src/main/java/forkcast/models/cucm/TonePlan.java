package forkcast.models.cucm;

import forkcast.models.calls.Call;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.CallTrace;
import forkcast.models.calls.MediaSource;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;

/**
 * Each call's tones. R28: a secure call hears the secure tone once, at its start, on both sides, whatever the
 * recording tone; then the recording tone. R24: while recorded, the recording tone goes to the agent and/or the
 * customer as the service parameters say; the device that forks the media plays it, and since a gateway never forks
 * an SRTP call (R14), recording tones on SRTP calls always come from the phone. R26: a call both recorded and
 * monitored hears only the recording tone.
 */
public final class TonePlan
{
    private final ToneConfig config;
    private final CallTrace trace;
    private final IntervalCounter secure;
    private final IntervalCounter recordingToAgent;
    private final IntervalCounter recordingToCustomer;
    private final IntervalCounter monitoringPlayed;
    private final IntervalCounter monitoringSuppressed;

    public TonePlan(final ToneConfig config, final CallTrace trace, final MeasurementWindow window)
    {
        this.config = config;
        this.trace = trace;
        this.secure = new IntervalCounter(window);
        this.recordingToAgent = new IntervalCounter(window);
        this.recordingToCustomer = new IntervalCounter(window);
        this.monitoringPlayed = new IntervalCounter(window);
        this.monitoringSuppressed = new IntervalCounter(window);
    }

    /** R28: the secure tone, once, to both parties of a secure call. */
    public void callConnected(final Call call, final double now)
    {
        if (call.secure())
        {
            this.secure.increment(now);
            trace(now, call, "secure tone to both parties (R28)");
        }
    }

    /** R24: a recording session started; the source device plays the configured recording tones. */
    public void recordingStarted(final Call call, final MediaSource source, final double now)
    {
        if (!this.config.toAgent() && !this.config.toCustomer())
        {
            return;
        }
        if (this.config.toAgent())
        {
            this.recordingToAgent.increment(now);
        }
        if (this.config.toCustomer())
        {
            this.recordingToCustomer.increment(now);
        }
        if (this.trace != null)
        {
            trace(now, call, "recording tone to " + (this.config.toAgent() ? "agent" : "")
                    + (this.config.toAgent() && this.config.toCustomer() ? " and " : "")
                    + (this.config.toCustomer() ? "customer" : "") + ", played by the "
                    + source.name().toLowerCase() + " (R24)");
        }
    }

    /** R26: monitoring started; its tone plays unless the call is being recorded. */
    public void monitoringStarted(final Call call, final boolean recorded, final double now)
    {
        if (!this.config.monitoring())
        {
            return;
        }
        if (recorded)
        {
            this.monitoringSuppressed.increment(now);
            trace(now, call, "monitoring tone suppressed: recorded calls hear only the recording tone (R26)");
        }
        else
        {
            this.monitoringPlayed.increment(now);
            trace(now, call, "monitoring tone");
        }
    }

    private void trace(final double now, final Call call, final String detail)
    {
        if (this.trace != null)
        {
            this.trace.record(now, call.id(), CallEvent.TONE, detail);
        }
    }

    public IntervalCounter secure()
    {
        return this.secure;
    }

    public IntervalCounter recordingToAgent()
    {
        return this.recordingToAgent;
    }

    public IntervalCounter recordingToCustomer()
    {
        return this.recordingToCustomer;
    }

    public IntervalCounter monitoringPlayed()
    {
        return this.monitoringPlayed;
    }

    public IntervalCounter monitoringSuppressed()
    {
        return this.monitoringSuppressed;
    }
}
