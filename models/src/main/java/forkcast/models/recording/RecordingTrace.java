package forkcast.models.recording;

import forkcast.models.calls.Call;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.CallTrace;
import forkcast.models.calls.MediaSource;
import forkcast.models.calls.SelectiveTrigger;

/**
 * The recording events of a call's trace (requests, route advance, establishment, media, cuts). A run without a trace
 * pays a null check: the details are built only when a trace is installed.
 */
final class RecordingTrace
{
    private final CallTrace sink;

    /** @param sink receives the events; null for none */
    RecordingTrace(final CallTrace sink)
    {
        this.sink = sink;
    }

    void record(final double now, final Call call, final CallEvent event, final String detail)
    {
        if (this.sink != null)
        {
            this.sink.record(now, call.id(), event, detail);
        }
    }

    /** R3, R4: the one named by {@code trigger} asks to start or stop recording the call. */
    void requestedBy(final double now, final Call call, final CallEvent event, final SelectiveTrigger trigger)
    {
        if (this.sink != null)
        {
            record(now, call, event, trigger.name().toLowerCase());
        }
    }

    /** R20: {@code trunk} refused the session for {@code reason}, the next trunk is tried. */
    void routeAdvanced(final double now, final Call call, final SipTrunk trunk, final RejectReason reason)
    {
        if (this.sink != null)
        {
            record(now, call, CallEvent.ROUTE_ADVANCED, trunk.config().id() + " " + reason.key());
        }
    }

    /**
     * The request stands: where its legs go (one session, or the second leg's too when it took another trunk) and who
     * forks them.
     */
    void established(final double now, final Call call, final RecordingSession first, final RecordingSession second,
            final MediaSourceSelector.Selection source)
    {
        if (this.sink == null)
        {
            return;
        }
        String by = source.source() == MediaSource.PHONE ? "phone"
                : "gateway " + call.gateways().get(source.gateway()).config().id();
        record(now, call, CallEvent.RECORDING_ESTABLISHED, first.describe()
                + (second == null ? "" : " + " + second.describe()) + " source " + by
                + (source.fallback() ? " (fallback " + source.step() + ")" : ""));
    }

    /** F2: one recording call, with its SIP From header. */
    void recordingCall(final double now, final Call call, final int leg)
    {
        if (this.sink == null)
        {
            return;
        }
        String farEnd = call.bridgeIsFarEnd() ? "conference bridge"
                : call.consultCall() ? "phone (consult)"
                : call.gateways().isEmpty() ? "phone" : call.gateways().get(0).config().id();
        record(now, call, CallEvent.RECORDING_CALL, "From: " + (leg == RecordingSession.NEAR_END ? "x-nearend"
                : "x-farend") + "; x-refci=" + call.id() + "; far end " + farEnd + " ("
                + call.source().config().direction().name().toLowerCase() + ")");
    }

    /** Media started, stopped, or the session ended: {@code event} with the recorders still recording. */
    void atRecorders(final double now, final RecordingSession session, final CallEvent event)
    {
        if (this.sink == null)
        {
            return;
        }
        StringBuilder s = new StringBuilder();
        for (Copy c : session.copies())
        {
            // media starts and stops at the copies whose media flows (R10: not at a copy still waiting for its
            // recorder's answer); the recording ends at every copy not cut
            if (event == CallEvent.RECORDING_ENDED ? !c.cut() : c.flowing())
            {
                s.append(s.length() == 0 ? "" : " ").append(c.recorder().config().id());
            }
        }
        record(now, session.call(), event, s.toString());
    }

    /** R10: a late copy's media starts at its recorder's answer. */
    void copyStarted(final double now, final RecordingSession session, final Copy copy)
    {
        if (this.sink != null)
        {
            record(now, session.call(), CallEvent.MEDIA_STARTED, copy.recorder().config().id());
        }
    }

    /** A failure cut {@code copy} for {@code reason}. */
    void copyCut(final double now, final RecordingSession session, final Copy copy, final RejectReason reason)
    {
        if (this.sink != null)
        {
            record(now, session.call(), CallEvent.COPY_CUT, copy.recorder().config().id() + " " + reason.key());
        }
    }
}
