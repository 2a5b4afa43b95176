package forkcast.models.cucm;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Call;
import forkcast.models.calls.CallLegs;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.PhoneProtocol;
import forkcast.models.calls.RecordingOption;
import forkcast.models.media.Codec;
import forkcast.sim.SimContext;

/**
 * F3: what ends the first agent's talk when it is not a plain release. A consult (for a consult transfer or a
 * conference) ends the recording and places a consult call to another agent, itself counted once in BHCC; each of its
 * two legs is recorded by its own line's rules (F8: the consulting agent's and the target's bridges both start
 * sessions; R32 on a selective line). When it completes the recording restarts: on the new agent's line after a
 * transfer, with the conference bridge as far end after a conference, where the colleague's line records its own leg
 * too (F8). A blind transfer restarts it when the new agent answers. The media source is chosen afresh by the line
 * now handling the call, and may again be the gateway still in the path (F5).
 */
final class TransfersAndConferences
{
    private final CallControl control;
    private final SimContext context;
    private final BhccAccount bhcc;
    private final RecordingFunction recording;
    private final CallMedia media;
    private final CallCounters counters;
    private final AgentLegs legs;
    private final Codec bridgeCodec;

    /** @param bridgeCodec the codec a conference bridge negotiates with phones that do not lock their codec (R34) */
    TransfersAndConferences(final CallControl control, final SimContext context, final BhccAccount bhcc,
            final RecordingFunction recording, final CallMedia media, final CallCounters counters,
            final AgentLegs legs, final Codec bridgeCodec)
    {
        this.control = control;
        this.context = context;
        this.bhcc = bhcc;
        this.recording = recording;
        this.media = media;
        this.counters = counters;
        this.legs = legs;
        this.bridgeCodec = bridgeCodec;
    }

    /**
     * F3: the agent consults another agent (for a transfer or a conference): the recording of the call ends, the
     * customer waits, and a consult call between the two agents is set up (one BHCC); each agent's leg of it is
     * recorded by that agent's line (F8, R32: on a selective line when the agent presses Record at its start).
     */
    void consult(final Call call, final AgentGroup target, final boolean forTransfer)
    {
        double now = this.context.now();
        if (!target.seizeAgent(now))
        {
            featureFailed(call, target, now);
            return;
        }
        AgentGroup consulting = call.group();
        boolean pressesRecord = call.features().recordConsult();
        Call consult = CallLegs.consult(CallLegs.id(call.id(), CallLegs.ANSWERING_LINE, true), call, consulting,
                selective(consulting) && pressesRecord);
        if (!this.media.admitConsult(consult, consulting, target, now))
        {
            // F7: locations CAC refuses the consult call; the transfer or conference fails
            this.control.freeAgent(target, now);
            featureFailed(call, target, now, "locations CAC refused the consult call to ");
            return;
        }
        call.become(Call.State.CONSULTING);
        this.legs.interrupt(call, now);
        Call answer = CallLegs.consult(CallLegs.id(call.id(), CallLegs.CALLING_LINE, true), call, target,
                selective(target) && pressesRecord);
        consult.become(Call.State.CONNECTED);
        answer.become(Call.State.CONNECTED);
        this.bhcc.consultCallConnected(now, consulting);
        this.control.trace(now, call, CallEvent.CONSULT_STARTED, target.config().id());
        this.media.consult(consult, consulting, target, now, +1);
        this.legs.connected(consult, now);
        this.legs.connected(answer, now);
        this.recording.consultConnected(call, consult);
        this.recording.consultConnected(call, answer);
        this.context.scheduleIn(call.features().consult(),
                () -> consultEnded(call, consult, answer, target, forTransfer));
    }

    private static boolean selective(final AgentGroup group)
    {
        return group.config().line().recording() == RecordingOption.SELECTIVE;
    }

    private void consultEnded(final Call call, final Call consult, final Call answer, final AgentGroup target,
            final boolean forTransfer)
    {
        double now = this.context.now();
        AgentGroup consulting = call.group();
        this.legs.released(consult, now);
        this.legs.released(answer, now);
        this.media.consult(consult, consulting, target, now, -1);
        this.media.releaseCac(consult, now);
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
        this.legs.interrupt(call, now);
        if (!target.seizeAgent(now))
        {
            featureFailed(call, target, now);
            return;
        }
        handOver(call, target, now);
    }

    /** The transfer or conference found no free agent: the call is released. */
    private void featureFailed(final Call call, final AgentGroup target, final double now)
    {
        featureFailed(call, target, now, "no free agent in ");
    }

    private void featureFailed(final Call call, final AgentGroup target, final double now, final String why)
    {
        this.counters.featureFailed().increment(now);
        if (this.control.tracing())
        {
            this.control.trace(now, call, CallEvent.FEATURE_FAILED, why + target.config().id());
        }
        this.control.release(call);
    }

    /**
     * The first agent drops out; the call continues with an agent of {@code target}, whose line now records it by its
     * own rules: always when automatic, when selective if the call was being recorded (the selective recording goes
     * with the call). The calling agent's leg of an internal call records again too (its far end changed, F3).
     */
    private void handOver(final Call call, final AgentGroup target, final double now)
    {
        AgentGroup first = call.group();
        // F7: the call's deduction moves to the new agent's route; with no room there the transfer fails
        this.media.releaseCac(call, now);
        if (!this.media.admit(call, target, now))
        {
            boolean retaken = this.media.admit(call, first, now);
            assert retaken : "the deduction just given back fits again";
            if (call.state() == Call.State.CONSULTING)
            {
                call.become(Call.State.CONNECTED);
            }
            this.control.freeAgent(target, now);
            featureFailed(call, target, now, "locations CAC refused the transfer to ");
            return;
        }
        this.media.call(call, now, -1);
        this.control.freeAgent(first, now);
        call.group(target);
        if (call.state() == Call.State.CONSULTING)
        {
            call.become(Call.State.CONNECTED); // a blind transfer never left the connected state
        }
        this.media.call(call, now, +1);
        this.counters.transferred().increment(now);
        this.control.trace(now, call, CallEvent.TRANSFERRED, target.config().id());
        RecordingOption option = target.config().line().recording();
        call.recordable(option == RecordingOption.AUTOMATIC
                || option == RecordingOption.SELECTIVE && call.wasRecording());
        this.legs.restart(call, now);
        this.context.scheduleIn(call.features().secondTalk(), () -> this.control.release(call));
    }

    /**
     * F3: after the consult the three parties join on a conference bridge, which becomes the recorded call's far end;
     * F8: the colleague's line records its own leg, with the bridge as far end too. R34: with recording on, SCCP
     * phones advertise one codec (codec lock) and keep the call's; other phones take the bridge's codec.
     */
    private void joinConference(final Call call, final AgentGroup colleague, final double now)
    {
        call.become(Call.State.CONNECTED);
        call.bridgeIsFarEnd(true);
        if (call.peer() != null)
        {
            call.peer().bridgeIsFarEnd(true);
        }
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
        Call leg = CallLegs.otherLine(CallLegs.id(call.id(), CallLegs.COLLEAGUE_LINE, false), call, colleague, false);
        leg.become(Call.State.CONNECTED);
        leg.bridgeIsFarEnd(true);
        call.colleague(leg);
        this.control.trace(now, leg, CallEvent.CONNECTED, colleague.config().id());
        this.legs.connected(leg, now);
        this.legs.restart(call, now);
        this.recording.callConnected(leg);
        this.context.scheduleIn(call.features().secondTalk(), () -> this.control.release(call));
    }
}
