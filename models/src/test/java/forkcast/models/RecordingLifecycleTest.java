package forkcast.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.models.Timeline.Step;
import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.RecordingOption;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.ReplicationRunner;
import forkcast.sim.RunWindow;

class RecordingLifecycleTest
{
    private static final double HOLD = 100;
    private static final double DELAY = 0.3;
    private static final RunWindow WINDOW = new RunWindow(0, 20 * 3600, 3600);

    private final List<Step> trace = new ArrayList<>();

    private ReplicationOutput run(final Deployment deployment)
    {
        return ReplicationRunner.run(WINDOW, 11, 1, context -> new RecordingModel(deployment, context,
                Timeline.into(this.trace)));
    }

    @Test
    @DisplayName("R2, R5, R7, F4: automatic recording starts when the call connects and ends with it")
    void r2_automaticRecordingTimeline()
    {
        ReplicationOutput out = run(TestDeployments.branch(3, DurationDistribution.deterministic(HOLD),
                RecordingOption.AUTOMATIC, BuiltInBridgeSetting.DEFAULT, DELAY));
        Map<Long, List<Step>> calls = Timeline.byCall(this.trace);
        assertTrue(calls.size() > 30, "about 60 calls in 20 hours");
        int complete = 0;
        for (List<Step> steps : calls.values())
        {
            double t = steps.get(0).time();
            if (t + HOLD > WINDOW.end())
            {
                continue; // still connected at the end of the run
            }
            complete++;
            List<Step> expected = List.of(new Step(t, steps.get(0).call(), CallEvent.ARRIVED, "in"),
                    new Step(t, steps.get(0).call(), CallEvent.CONNECTED, "agents"),
                    new Step(t, steps.get(0).call(), CallEvent.RECORDING_REQUESTED, "rp"),
                    new Step(t, steps.get(0).call(), CallEvent.RECORDING_ESTABLISHED, "t rec source phone"),
                    new Step(t, steps.get(0).call(), CallEvent.RECORDING_CALL,
                            "From: x-nearend; x-refci=" + steps.get(0).call() + "; far end gw (inbound)"),
                    new Step(t, steps.get(0).call(), CallEvent.RECORDING_CALL,
                            "From: x-farend; x-refci=" + steps.get(0).call() + "; far end gw (inbound)"),
                    new Step(t + DELAY, steps.get(0).call(), CallEvent.MEDIA_STARTED, "rec"),
                    new Step(t + HOLD, steps.get(0).call(), CallEvent.MEDIA_STOPPED, "rec"),
                    new Step(t + HOLD, steps.get(0).call(), CallEvent.RECORDING_ENDED, "rec"),
                    new Step(t + HOLD, steps.get(0).call(), CallEvent.RELEASED, "agents"));
            assertEquals(expected.size(), steps.size(), steps.toString());
            for (int i = 0; i < expected.size(); i++)
            {
                assertEquals(expected.get(i).event(), steps.get(i).event());
                assertEquals(expected.get(i).detail(), steps.get(i).detail());
                assertEquals(expected.get(i).time(), steps.get(i).time(), 1e-9, steps.get(i).toString());
            }
        }
        assertTrue(complete > 30);
        assertEquals(out.value("calls.connected"), out.value("recording.sessions.established"), 0.0);
        // coverage: each call is recorded for HOLD - DELAY of its HOLD seconds (calls cut by the end excepted)
        assertEquals((HOLD - DELAY) / HOLD, out.value("recording.coverage"), 0.002);
    }

    @Test
    @DisplayName("R6, R31: every recording session adds two calls to BHCC")
    void r6_twoBhccPerRecordingSession()
    {
        ReplicationOutput out = run(TestDeployments.branch(300, DurationDistribution.exponential(120),
                RecordingOption.AUTOMATIC, BuiltInBridgeSetting.DEFAULT, DELAY));
        double[] recordingCalls = out.series().get("bhcc.recordingCalls").values();
        double[] sessions = out.series().get("recording.sessions.established").values();
        double[] agentCalls = out.series().get("bhcc.agentCalls").values();
        double[] connected = out.series().get("calls.connected").values();
        for (int i = 0; i < sessions.length; i++)
        {
            assertEquals(2 * sessions[i], recordingCalls[i], 0.0, "interval " + i);
            assertEquals(connected[i], agentCalls[i], 0.0, "interval " + i);
        }
        assertTrue(out.value("recording.sessions.established") > 5000);
    }

    @Test
    @DisplayName("F4: CTI messages are the catalog's costs of each monitored call and recording event")
    void f4_ctiMessagesFollowTheEvents()
    {
        ReplicationOutput out = run(TestDeployments.branch(300, DurationDistribution.exponential(120),
                RecordingOption.AUTOMATIC, BuiltInBridgeSetting.DEFAULT, DELAY));
        double expected = 0;
        for (Step s : this.trace)
        {
            if (s.time() >= WINDOW.end())
            {
                continue;
            }
            expected += switch (s.event())
            {
                case CONNECTED -> TestDeployments.CTI.callSetup();
                case RELEASED -> TestDeployments.CTI.callRelease();
                case RECORDING_ESTABLISHED -> TestDeployments.CTI.recordingStarted();
                case RECORDING_ENDED -> TestDeployments.CTI.recordingEnded();
                case RECORDING_FAILED -> TestDeployments.CTI.recordingFailed();
                default -> 0;
            };
        }
        assertEquals(expected, out.value("cti.messagesPerSecond.mean") * WINDOW.duration(), 1e-6);
        assertTrue(expected > 10_000);
    }

    @Test
    @DisplayName("R1: a line with recording disabled asks for no session")
    void r1_disabledLineIsNotRecorded()
    {
        ReplicationOutput out = run(TestDeployments.branch(300, DurationDistribution.exponential(120),
                RecordingOption.DISABLED, BuiltInBridgeSetting.DEFAULT, DELAY));
        assertTrue(out.value("calls.connected") > 5000);
        assertEquals(0, out.value("recording.sessions.requested"), 0.0);
        assertEquals(0, out.value("bhcc.busyHour.recordingCalls"), 0.0);
        assertTrue(Double.isNaN(out.value("recording.coverage")), "coverage is undefined without recorded lines");
        assertTrue(this.trace.stream().noneMatch(s -> s.event().name().startsWith("RECORDING")));
    }

    @Test
    @DisplayName("R22, R15: a phone whose bridge is off cannot fork; the session fails with no-media-source")
    void r22_bridgeOffFailsEverySession()
    {
        ReplicationOutput out = run(TestDeployments.branch(300, DurationDistribution.exponential(120),
                RecordingOption.AUTOMATIC, BuiltInBridgeSetting.OFF, DELAY));
        double requested = out.value("recording.sessions.requested");
        assertTrue(requested > 5000);
        assertEquals(requested, out.value("recording.failed.no-media-source"), 0.0);
        assertEquals(1.0, out.value("recording.blockingProbability"), 0.0);
        assertEquals(0, out.value("bandwidth.link.wan.forkMbps.peak"), 0.0);
    }

    @Test
    @DisplayName("R7, F1: the phone forks two streams per recorded call up the branch's link")
    void r7_phoneForksTwoStreamsTowardTheRecorder()
    {
        ReplicationOutput out = run(TestDeployments.branch(300, DurationDistribution.exponential(120),
                RecordingOption.AUTOMATIC, BuiltInBridgeSetting.DEFAULT, DELAY));
        double recorded = out.value("recording.calls.mean");
        assertEquals(2 * 0.0872 * recorded, out.value("bandwidth.link.wan.forkMbps.mean"), 1e-9);
        double[] up = out.series().get("bandwidth.link.wan.to-dc.forkMbps").values();
        double[] down = out.series().get("bandwidth.link.wan.to-branch.forkMbps").values();
        double[] upAll = out.series().get("bandwidth.link.wan.to-dc.mbps").values();
        double[] downAll = out.series().get("bandwidth.link.wan.to-branch.mbps").values();
        for (int i = 0; i < up.length; i++)
        {
            assertEquals(0, down[i], 0.0, "nothing is forked toward the branch");
            assertEquals(upAll[i] - up[i], downAll[i], 1e-9, "the call's own media is one stream each way");
        }
        assertEquals(out.value("bandwidth.recorder.rec.mbps.mean"), out.value("bandwidth.link.wan.forkMbps.mean"), 1e-9,
                "both Ethernet, same streams");
    }
}
