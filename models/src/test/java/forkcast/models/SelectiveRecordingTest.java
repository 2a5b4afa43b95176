package forkcast.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.models.Timeline.Step;
import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.PhoneConfig;
import forkcast.models.calls.RecordKey;
import forkcast.models.calls.SelectiveConfig;
import forkcast.models.calls.SelectiveTrigger;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.ReplicationRunner;
import forkcast.sim.RunWindow;

class SelectiveRecordingTest
{
    private static final double HOLD = 100;
    private static final double DELAY = 20;
    private static final RunWindow WINDOW = new RunWindow(0, 20 * 3600, 3600);
    private final List<Step> trace = new ArrayList<>();

    private static PhoneConfig phone(final RecordKey key)
    {
        return PhoneConfig.builder().builtInBridge(BuiltInBridgeSetting.ON).recordKey(key).build();
    }

    private ReplicationOutput run(final Deployment d)
    {
        return ReplicationRunner.run(WINDOW, 5, 1, context -> new RecordingModel(d, context,
                Timeline.into(this.trace)));
    }

    private List<CallEvent> eventsOfFirstCall()
    {
        long first = this.trace.get(0).call();
        return this.trace.stream().filter(s -> s.call() == first).map(Step::event).toList();
    }

    private double timeOf(final long call, final CallEvent event)
    {
        return this.trace.stream().filter(s -> s.call() == call && s.event() == event).findFirst().orElseThrow().time();
    }

    @Test
    @DisplayName("R3, F4: a supervisor starts recording through CTI after the delay; the phone shows nothing")
    void r3_selectiveSilentBySupervisor()
    {
        Deployment d = TestDeployments.selective(3, DurationDistribution.deterministic(HOLD), phone(RecordKey.NONE),
                SelectiveConfig.builder().trigger(SelectiveTrigger.SUPERVISOR)
                        .delay(DurationDistribution.deterministic(DELAY)).build());
        ReplicationOutput out = run(d);
        assertEquals(List.of(CallEvent.ARRIVED, CallEvent.CONNECTED, CallEvent.RECORDING_START_REQUESTED,
                CallEvent.RECORDING_REQUESTED, CallEvent.RECORDING_ESTABLISHED, CallEvent.RECORDING_CALL,
                CallEvent.RECORDING_CALL, CallEvent.MEDIA_STARTED, CallEvent.MEDIA_STOPPED, CallEvent.RECORDING_ENDED,
                CallEvent.RELEASED), eventsOfFirstCall(), "R3: no indication on the phone");
        long first = this.trace.get(0).call();
        double connected = timeOf(first, CallEvent.CONNECTED);
        assertEquals(connected + DELAY, timeOf(first, CallEvent.RECORDING_START_REQUESTED), 1e-9);
        assertEquals(connected + DELAY + 0.3, timeOf(first, CallEvent.MEDIA_STARTED), 1e-9);
        assertEquals((HOLD - DELAY - 0.3) / HOLD, out.value("recording.coverage"), 0.003);
        // F4 per call: setup 3 + release 2 + startRecording request 2 + started 2 + ended 2
        double calls = this.trace.stream().filter(s -> s.event() == CallEvent.RELEASED && s.time() < WINDOW.end())
                .count();
        assertTrue(calls > 30);
        double messages = out.value("cti.messagesPerSecond.mean") * WINDOW.duration();
        assertTrue(Math.abs(messages - 11 * calls) <= 11, messages + " vs " + 11 * calls + " (a call may straddle the end)");
    }

    @Test
    @DisplayName("R4, R25: the agent's Record key starts selective user recording, which the phone indicates")
    void r4_selectiveUserRecordingByRecordKey()
    {
        Deployment d = TestDeployments.selective(3, DurationDistribution.deterministic(HOLD), phone(RecordKey.SOFTKEY),
                SelectiveConfig.builder().trigger(SelectiveTrigger.AGENT)
                        .delay(DurationDistribution.deterministic(DELAY)).build());
        ReplicationOutput out = run(d);
        assertTrue(eventsOfFirstCall().contains(CallEvent.RECORDING_INDICATED));
        assertEquals(0, out.value("recording.sessions.failed"), 0.0);
        assertEquals(List.of(), DeploymentRules.check(d));
    }

    @Test
    @DisplayName("R25: without a Record key on the phone's templates every user request fails (no-record-key)")
    void r25_noRecordKey()
    {
        Deployment d = TestDeployments.selective(300, DurationDistribution.exponential(120), phone(RecordKey.NONE),
                SelectiveConfig.builder().trigger(SelectiveTrigger.AGENT)
                        .delay(DurationDistribution.deterministic(5)).build());
        ReplicationOutput out = run(d);
        assertTrue(out.value("recording.sessions.requested") > 1000);
        assertEquals(out.value("recording.sessions.requested"), out.value("recording.failed.no-record-key"), 0.0);
        assertEquals(List.of("R25"), DeploymentRules.check(d).stream().map(RuleFinding::rule).toList());
    }

    @Test
    @DisplayName("R3: only the selected share of calls is recorded")
    void r3_shareOfCalls()
    {
        Deployment d = TestDeployments.selective(600, DurationDistribution.exponential(120), phone(RecordKey.NONE),
                SelectiveConfig.builder().share(0.3).trigger(SelectiveTrigger.RECORDER)
                        .delay(DurationDistribution.deterministic(0)).build());
        ReplicationOutput out = run(d);
        double share = out.value("recording.sessions.requested") / out.value("calls.connected");
        assertEquals(0.3, share, 0.015, "12000 calls: the binomial standard deviation is 0.004");
    }

    @Test
    @DisplayName("R3: a call released before its start request is not recorded, and its timer is gone")
    void r3_callEndsBeforeTheRequest()
    {
        Deployment d = TestDeployments.selective(300, DurationDistribution.deterministic(10), phone(RecordKey.NONE),
                SelectiveConfig.builder().trigger(SelectiveTrigger.SUPERVISOR)
                        .delay(DurationDistribution.deterministic(30)).build());
        ReplicationOutput out = run(d);
        assertTrue(out.value("calls.connected") > 1000);
        assertEquals(0, out.value("recording.sessions.requested"), 0.0);
        assertTrue(this.trace.stream().noneMatch(s -> s.event() == CallEvent.RECORDING_START_REQUESTED));
        assertEquals(0, out.value("recording.coverage"), 0.0, "selected calls were meant to be recorded");
    }

    @Test
    @DisplayName("R3, F4: a supervisor stops a selective recording with stopRecording; the rest of the call is not recorded")
    void r3_stopRequest()
    {
        Deployment d = TestDeployments.selective(3, DurationDistribution.deterministic(HOLD), phone(RecordKey.NONE),
                SelectiveConfig.builder().trigger(SelectiveTrigger.SUPERVISOR)
                        .delay(DurationDistribution.deterministic(DELAY)).stopShare(1.0)
                        .stopAfter(DurationDistribution.deterministic(30)).build());
        ReplicationOutput out = run(d);
        assertEquals(List.of(CallEvent.ARRIVED, CallEvent.CONNECTED, CallEvent.RECORDING_START_REQUESTED,
                CallEvent.RECORDING_REQUESTED, CallEvent.RECORDING_ESTABLISHED, CallEvent.RECORDING_CALL,
                CallEvent.RECORDING_CALL, CallEvent.MEDIA_STARTED, CallEvent.RECORDING_STOP_REQUESTED,
                CallEvent.MEDIA_STOPPED, CallEvent.RECORDING_ENDED, CallEvent.RELEASED), eventsOfFirstCall());
        long first = this.trace.get(0).call();
        assertEquals(timeOf(first, CallEvent.CONNECTED) + DELAY + 30, timeOf(first, CallEvent.RECORDING_STOP_REQUESTED),
                1e-9);
        // coverage, worked out from the trace: meant to be recorded from connect to the stop, recorded from the media
        double end = WINDOW.end();
        double meant = 0;
        double recorded = 0;
        for (long call : this.trace.stream().map(Step::call).distinct().toList())
        {
            double connected = timeOf(call, CallEvent.CONNECTED);
            double stop = Math.min(end, connected + DELAY + 30);
            meant += stop - Math.min(connected, end);
            double media = connected + DELAY + 0.3;
            recorded += Math.max(0, stop - Math.min(media, end));
        }
        assertEquals(recorded / meant, out.value("recording.coverage"), 1e-9, "meant to be recorded until the stop");
        assertEquals((30 - 0.3) / (DELAY + 30), out.value("recording.coverage"), 0.01);
        // F4 per call: setup 3 + release 2 + start request 2 + started 2 + stop request 2 + ended 2 = 13
        double calls = this.trace.stream().filter(s -> s.event() == CallEvent.RELEASED && s.time() < WINDOW.end())
                .count();
        double messages = out.value("cti.messagesPerSecond.mean") * WINDOW.duration();
        assertTrue(Math.abs(messages - 13 * calls) <= 13, messages + " vs " + 13 * calls);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "R3, R4, F4: selective recording started by {0}")
    @org.junit.jupiter.params.provider.EnumSource(SelectiveTrigger.class)
    void r3_r4_timelinePerTrigger(final SelectiveTrigger trigger)
    {
        Deployment d = TestDeployments.selective(3, DurationDistribution.deterministic(HOLD), phone(RecordKey.BUTTON),
                SelectiveConfig.builder().trigger(trigger)
                        .delay(DurationDistribution.deterministic(DELAY)).build());
        ReplicationOutput out = run(d);
        List<CallEvent> expected = new ArrayList<>(List.of(CallEvent.ARRIVED, CallEvent.CONNECTED,
                CallEvent.RECORDING_START_REQUESTED, CallEvent.RECORDING_REQUESTED, CallEvent.RECORDING_ESTABLISHED,
                CallEvent.RECORDING_CALL, CallEvent.RECORDING_CALL));
        if (trigger.userRecording())
        {
            expected.add(CallEvent.RECORDING_INDICATED); // R4 only: the phone shows the status
        }
        expected.addAll(List.of(CallEvent.MEDIA_STARTED, CallEvent.MEDIA_STOPPED, CallEvent.RECORDING_ENDED,
                CallEvent.RELEASED));
        assertEquals(expected, eventsOfFirstCall());
        long first = this.trace.get(0).call();
        double connected = timeOf(first, CallEvent.CONNECTED);
        assertEquals(connected + DELAY, timeOf(first, CallEvent.RECORDING_ESTABLISHED), 1e-9);
        assertEquals(connected + DELAY + 0.3, timeOf(first, CallEvent.MEDIA_STARTED), 1e-9);
        assertEquals(connected + HOLD, timeOf(first, CallEvent.RELEASED), 1e-9);
        // BHCC: one agent call and two recording calls per call
        double calls = out.value("calls.connected");
        double recordingCalls = 0;
        for (double v : out.series().get("bhcc.recordingCalls").values())
        {
            recordingCalls += v;
        }
        assertEquals(2 * calls, recordingCalls, 2);
        // F4: setup 3 + release 2 + started 2 + ended 2, plus the startRecording request when it goes through CTI
        double perCall = 9 + (trigger.viaCti() ? 2 : 0);
        double released = this.trace.stream().filter(s -> s.event() == CallEvent.RELEASED && s.time() < WINDOW.end())
                .count();
        double messages = out.value("cti.messagesPerSecond.mean") * WINDOW.duration();
        assertTrue(Math.abs(messages - perCall * released) <= perCall, messages + " vs " + perCall * released);
    }
}
