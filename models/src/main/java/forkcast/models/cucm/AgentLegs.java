package forkcast.models.cucm;

import java.util.function.ObjDoubleConsumer;

import forkcast.models.calls.Call;
import forkcast.models.calls.RecordingOption;

/**
 * A call's legs on agents' lines (F8), as call control accounts for them: each leg's CTI call events (F4), its place
 * in coverage's base ({@link CallCounters#recordableCalls()}) and its session at the recording function.
 *
 * <p>Kept in one class because coverage's base must move leg by leg over the same legs and at the same instants at
 * which the recording function starts and ends their sessions, so that recorded call-seconds can never exceed it;
 * every step here therefore changes both together. Call control, hold and resume, and transfers and conferences all
 * go through it.
 */
final class AgentLegs
{
    private final CtiAccount cti;
    private final RecordingFunction recording;
    private final CallCounters counters;

    AgentLegs(final CtiAccount cti, final RecordingFunction recording, final CallCounters counters)
    {
        this.cti = cti;
        this.recording = recording;
        this.counters = counters;
    }

    /**
     * R2, R3, R4, R32: every leg on an automatically recorded line, the selected ones on a selectively recorded line
     * (a consult leg is selected when the agent presses Record at its start; a calling agent's or a conference
     * colleague's leg never is, see docs).
     */
    static boolean meantToBeRecorded(final Call call)
    {
        RecordingOption option = call.recordingOption();
        return option == RecordingOption.AUTOMATIC || option == RecordingOption.SELECTIVE && call.selected();
    }

    /** The leg connected: it enters coverage's base when its line means to record it. */
    void counted(final Call leg, final double now)
    {
        leg.recordable(meantToBeRecorded(leg));
        this.counters.recordable(leg, now, true);
    }

    /** A leg on another agent's line was set up: its CTI call events and its place in coverage's base (F4, F8). */
    void connected(final Call leg, final double now)
    {
        if (leg.group().config().line().ctiMonitored())
        {
            this.cti.callSetUp(now);
        }
        counted(leg, now);
    }

    /** A leg on another agent's line ends: its session, its CTI call events, its place in coverage's base. */
    void released(final Call leg, final double now)
    {
        this.recording.callReleased(leg);
        if (leg.group().config().line().ctiMonitored())
        {
            this.cti.callReleased(now);
        }
        this.counters.recordable(leg, now, false);
    }

    /**
     * R35, F5: the leg is held; a phone-forked session ends and the leg leaves coverage's base until it resumes.
     * @return whether the leg's session records on through the hold (F5)
     */
    boolean held(final Call leg, final double now)
    {
        boolean through = this.recording.callHeld(leg);
        if (!through)
        {
            this.counters.recordable(leg, now, false);
        }
        return through;
    }

    /** R35, F3: the leg records again by its line's rules (a new session) and is back in coverage's base. */
    void resumed(final Call leg, final double now)
    {
        this.counters.recordable(leg, now, true);
        this.recording.sessionResumed(leg);
    }

    /** F3: a consult or a transfer ends the sessions of the call's legs (the answering and the calling agent's). */
    void interrupt(final Call call, final double now)
    {
        eachLeg(call, now, this::interrupted);
    }

    private void interrupted(final Call leg, final double now)
    {
        this.counters.recordable(leg, now, false);
        this.recording.sessionInterrupted(leg);
    }

    /** F3: after a transfer or a conference the call's legs record again, each by its line's rules. */
    void restart(final Call call, final double now)
    {
        eachLeg(call, now, this::resumed);
    }

    /** Take {@code step} on the call's own leg, then on the calling agent's leg of an internal call, if any. */
    private static void eachLeg(final Call call, final double now, final ObjDoubleConsumer<Call> step)
    {
        step.accept(call, now);
        Call peer = call.peer();
        if (peer != null)
        {
            step.accept(peer, now);
        }
    }

    /** A selective recording was stopped on request: the rest of the call is not meant to be recorded. */
    void recordingStopped(final Call call, final double now)
    {
        this.counters.recordable(call, now, false);
        call.recordable(false);
    }
}
