package forkcast.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.Call;
import forkcast.models.calls.Call.State;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.RecordingOption;
import forkcast.models.calls.TrafficSource;
import forkcast.models.recording.Copy;
import forkcast.models.recording.Recorder;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.RecorderConfigBuilder;
import forkcast.models.recording.RecordingSession;
import forkcast.models.recording.SessionPhase;
import forkcast.models.recording.SipTrunk;
import forkcast.models.recording.TrunkConfig;
import forkcast.sim.RandomStreams;
import forkcast.sim.stats.MeasurementWindow;

/** A call's states and a recording session's phases have one owner each, and only the steps of their life. */
class LifeStepsTest
{
    private final MeasurementWindow window = new MeasurementWindow(0, 3600, 300);

    private Call newCall()
    {
        Deployment d = TestDeployments.branch(60, DurationDistribution.deterministic(100), RecordingOption.AUTOMATIC,
                BuiltInBridgeSetting.DEFAULT, 0.3);
        AgentGroup group = new AgentGroup(d.groups().get(0), 0, true, false, this.window);
        return new TrafficSource(d.traffic().get(0), group, List.of(), null, new RandomStreams(1, 1)).newCall(7);
    }

    @Test
    void aCallStepsOnlyAlongItsLife()
    {
        assertEquals(EnumSet.of(State.QUEUED, State.CONNECTED, State.BLOCKED), successors(State.ARRIVED));
        // F7: a queued call that an agent takes can still be blocked by locations CAC when it is answered
        assertEquals(EnumSet.of(State.CONNECTED, State.ABANDONED, State.BLOCKED), successors(State.QUEUED));
        assertEquals(EnumSet.of(State.HELD, State.CONSULTING, State.RELEASED), successors(State.CONNECTED));
        assertEquals(EnumSet.of(State.CONNECTED), successors(State.HELD));
        assertEquals(EnumSet.of(State.CONNECTED), successors(State.CONSULTING));
        for (State end : List.of(State.RELEASED, State.BLOCKED, State.ABANDONED))
        {
            assertTrue(successors(end).isEmpty(), end + " is final");
        }
    }

    @Test
    void aCallRefusesAStepOutsideItsLife()
    {
        Call call = newCall();
        assertEquals(State.ARRIVED, call.state());
        call.become(State.CONNECTED);
        call.become(State.HELD);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> call.become(State.RELEASED));
        assertTrue(e.getMessage().contains("call 7") && e.getMessage().contains("HELD"), e.getMessage());
        assertEquals(State.HELD, call.state(), "a refused step changes nothing");
        call.become(State.CONNECTED);
        call.become(State.RELEASED);
        assertThrows(IllegalStateException.class, () -> call.become(State.CONNECTED));
    }

    @Test
    void aSessionStepsOnlyAlongItsLife()
    {
        assertEquals(EnumSet.of(SessionPhase.RECORDING, SessionPhase.LOST, SessionPhase.ENDED),
                phases(SessionPhase.SETTING_UP));
        assertEquals(EnumSet.of(SessionPhase.LOST, SessionPhase.ENDED), phases(SessionPhase.RECORDING));
        assertEquals(EnumSet.of(SessionPhase.ENDED), phases(SessionPhase.LOST));
        assertTrue(phases(SessionPhase.ENDED).isEmpty());
    }

    @Test
    void anEstablishedSessionStartsSettingUp()
    {
        Recorder recorder = recorder(RecorderConfig.builder("rec", "dc").maxStreams(10).maxSetupsPerSecond(5));
        SipTrunk trunk = new SipTrunk(TrunkConfig.builder("t").recorder("rec").maxDialogs(10).build(),
                recorder, this.window);
        RecordingSession session = new RecordingSession(newCall(), trunk, null, new Copy[] {new Copy(recorder)}, 0, 0,
                0);
        assertEquals(SessionPhase.SETTING_UP, session.phase());
        assertTrue(!session.recording() && !session.lost());
    }

    private static Set<State> successors(final State from)
    {
        Set<State> next = EnumSet.noneOf(State.class);
        for (State s : State.values())
        {
            if (from.canBecome(s))
            {
                next.add(s);
            }
        }
        return next;
    }

    private static Set<SessionPhase> phases(final SessionPhase from)
    {
        Set<SessionPhase> next = EnumSet.noneOf(SessionPhase.class);
        for (SessionPhase p : SessionPhase.values())
        {
            if (from.canBecome(p))
            {
                next.add(p);
            }
        }
        return next;
    }

    private Recorder recorder(final RecorderConfigBuilder config)
    {
        return new Recorder(config.build(), 0, this.window);
    }
}
