package forkcast.models.cucm;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Call;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.PhoneProtocol;
import forkcast.models.calls.RecordingOption;
import forkcast.models.media.Codec;
import forkcast.sim.SimContext;

/**
 * F3: what ends the first agent's talk when it is not a plain release. A consult (for a consult transfer or a
 * conference) ends the recording and places a consult call to another agent, itself counted in BHCC and recorded by
 * the line's rules (R32); when it completes the recording restarts: on the new agent's line after a transfer, with
 * the conference bridge as far end after a conference. A blind transfer restarts it when the new agent answers.
 * Gateway forking is not kept across a transfer (F5).
 */
final class TransfersAndConferences
{
    private final CallControl control;
    private final SimContext context;
    private final BhccAccount bhcc;
    private final CtiAccount cti;
    private final RecordingFunction recording;
    private final CallMedia media;
    private final CallCounters counters;
    private final Codec bridgeCodec;

    /** @param bridgeCodec the codec a conference bridge negotiates with phones that do not lock their codec (R34) */
    TransfersAndConferences(final CallControl control, final SimContext context, final BhccAccount bhcc,
            final CtiAccount cti, final RecordingFunction recording, final CallMedia media, final CallCounters counters,
            final Codec bridgeCodec)
    {
        this.control = control;
        this.context = context;
        this.bhcc = bhcc;
        this.cti = cti;
        this.recording = recording;
        this.media = media;
        this.counters = counters;
        this.bridgeCodec = bridgeCodec;
    }

    /**
     * F3: the agent consults another agent (for a transfer or a conference): the recording of the call ends, the
     * customer waits, and a consult call between the two agents is set up (BHCC), recorded by the consulting line's
     * rules (R32).
     */
    void consult(final Call call, final AgentGroup target, final boolean forTransfer)
    {
        double now = this.context.now();
        if (!target.seizeAgent(now))
        {
            featureFailed(call, target, now);
            return;
        }
        call.become(Call.State.CONSULTING);
        this.counters.recordable(call, now, -1);
        this.recording.sessionInterrupted(call);
        AgentGroup consulting = call.group();
        RecordingOption option = consulting.config().line().recording();
        Call consult = Call.consult(-call.id(), call, consulting,
                option == RecordingOption.SELECTIVE && call.features().recordConsult());
        consult.become(Call.State.CONNECTED);
        this.bhcc.consultCallConnected(now);
        this.control.trace(now, call, CallEvent.CONSULT_STARTED, target.config().id());
        if (consulting.config().line().ctiMonitored())
        {
            this.cti.callSetUp(now);
        }
        this.media.consult(consult, consulting, target, now, +1);
        this.recording.consultConnected(call, consult);
        this.context.scheduleIn(call.features().consult(), () -> consultEnded(call, consult, target, forTransfer));
    }

    private void consultEnded(final Call call, final Call consult, final AgentGroup target, final boolean forTransfer)
    {
        double now = this.context.now();
        AgentGroup consulting = call.group();
        this.recording.callReleased(consult);
        this.media.consult(consult, consulting, target, now, -1);
        if (consulting.config().line().ctiMonitored())
        {
            this.cti.callReleased(now);
        }
        this.control.trace(now, call, CallEvent.CONSULT_ENDED, target.config().id());
        if (forTransfer)
        {
            handOver(call, target, now);
        }
        else
        {
            joinConference(call, target, now);
        }
    }

    void blindTransfer(final Call call)
    {
        double now = this.context.now();
        AgentGroup target = call.source().transferTarget();
        this.recording.sessionInterrupted(call);
        if (!target.seizeAgent(now))
        {
            featureFailed(call, target, now);
            return;
        }
        this.counters.recordable(call, now, -1);
        handOver(call, target, now);
    }

    /** The transfer or conference found no free agent: the call is released. */
    private void featureFailed(final Call call, final AgentGroup target, final double now)
    {
        this.counters.featureFailed().increment(now);
        if (this.control.tracing())
        {
            this.control.trace(now, call, CallEvent.FEATURE_FAILED, "no free agent in " + target.config().id());
        }
        this.control.release(call, null);
    }

    /** The first agent drops out; the call continues with an agent of {@code target}, whose line now records it. */
    private void handOver(final Call call, final AgentGroup target, final double now)
    {
        AgentGroup first = call.group();
        this.media.call(call, now, -1);
        this.control.freeAgent(first, now);
        call.group(target);
        call.gatewayForkingLost(); // F5
        if (call.state() == Call.State.CONSULTING)
        {
            call.become(Call.State.CONNECTED); // a blind transfer never left the connected state
        }
        this.media.call(call, now, +1);
        this.counters.transferred().increment(now);
        this.control.trace(now, call, CallEvent.TRANSFERRED, target.config().id());
        call.recordable(CallControl.meantToBeRecorded(call));
        this.counters.recordable(call, now, +1);
        this.recording.sessionResumed(call);
        this.context.scheduleIn(call.features().secondTalk(), () -> this.control.release(call, null));
    }

    /**
     * F3: after the consult the three parties join on a conference bridge, which becomes the recorded call's far end.
     * R34: with recording on, SCCP phones advertise one codec (codec lock) and keep the call's; other phones take the
     * bridge's codec.
     */
    private void joinConference(final Call call, final AgentGroup colleague, final double now)
    {
        call.become(Call.State.CONNECTED);
        call.bridgeIsFarEnd(true);
        boolean locked = call.group().config().phone().protocol() == PhoneProtocol.SCCP;
        if (!locked && !call.codec().equals(this.bridgeCodec))
        {
            this.media.call(call, now, -1);
            call.codec(this.bridgeCodec);
            this.media.call(call, now, +1);
        }
        this.counters.conferenced().increment(now);
        if (this.control.tracing())
        {
            this.control.trace(now, call, CallEvent.CONFERENCE_JOINED, "bridge is the far end; codec "
                    + call.codec().name() + (locked ? " locked (R34)" : ""));
        }
        this.counters.recordable(call, now, +1);
        this.recording.sessionResumed(call);
        this.context.scheduleIn(call.features().secondTalk(), () -> this.control.release(call, colleague));
    }
}
