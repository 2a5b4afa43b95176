package forkcast.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.models.Timeline.Step;
import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.RecordingOption;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.RouteListConfig;
import forkcast.models.recording.TrunkConfig;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.ReplicationRunner;
import forkcast.sim.RunWindow;

/**
 * R5, R20: CUCM places a session's near-end and far-end recording calls as two calls, and each hunts the route list
 * on its own: with circular distribution each starts one trunk further than the call before it, so the two legs land
 * on different recorders; a leg that finds no room fails alone.
 */
class PerLegRoutingTest
{
    private static final double HOLD = 100;
    private static final double DELAY = 0.3;
    private static final RunWindow WINDOW = new RunWindow(0, 20 * 3600, 3600);

    private final List<Step> trace = new ArrayList<>();

    /** Two recorders behind a circular route list of two trunks. */
    private ReplicationOutput run(final int rec1Streams, final int rec2Streams)
    {
        Deployment b = TestDeployments.branch(3, DurationDistribution.deterministic(HOLD), RecordingOption.AUTOMATIC,
                BuiltInBridgeSetting.DEFAULT, DELAY);
        Deployment d = b.toBuilder()
                .recorders(List.of(RecorderConfig.builder("rec1", "dc").maxStreams(rec1Streams)
                                .maxSetupsPerSecond(Double.POSITIVE_INFINITY).build(),
                        RecorderConfig.builder("rec2", "dc").maxStreams(rec2Streams)
                                .maxSetupsPerSecond(Double.POSITIVE_INFINITY).build()))
                .trunks(List.of(TrunkConfig.builder("t1").recorder("rec1").maxDialogs(100).build(),
                        TrunkConfig.builder("t2").recorder("rec2").maxDialogs(100).build()))
                .routeLists(List.of(new RouteListConfig("rl", true, List.of("t1", "t2"))))
                .profiles(List.of(new RecordingProfileConfig("rp", null, "rl"))).build();
        return ReplicationRunner.run(WINDOW, 11, 1, context -> new RecordingModel(d, context,
                Timeline.into(this.trace)));
    }

    private Map<Long, List<Step>> completeCalls()
    {
        Map<Long, List<Step>> calls = new LinkedHashMap<>();
        for (Step s : this.trace)
        {
            calls.computeIfAbsent(s.call(), k -> new ArrayList<>()).add(s);
        }
        calls.values().removeIf(steps -> steps.get(0).time() + HOLD >= WINDOW.end());
        return calls;
    }

    private static void assertTimeline(final List<Step> expected, final List<Step> steps)
    {
        assertEquals(expected.size(), steps.size(), "expected " + expected + "\n but was " + steps);
        for (int i = 0; i < expected.size(); i++)
        {
            assertEquals(expected.get(i).event(), steps.get(i).event(), steps.toString());
            assertEquals(expected.get(i).detail(), steps.get(i).detail(), steps.toString());
            assertEquals(expected.get(i).time(), steps.get(i).time(), 1e-9, steps.get(i).toString());
        }
    }

    private static List<Step> start(final long call, final double t)
    {
        return new ArrayList<>(List.of(new Step(t, call, CallEvent.ARRIVED, "in"),
                new Step(t, call, CallEvent.CONNECTED, "agents"),
                new Step(t, call, CallEvent.RECORDING_REQUESTED, "rp")));
    }

    private static Step recordingCall(final long call, final double t, final String end)
    {
        return new Step(t, call, CallEvent.RECORDING_CALL,
                "From: " + end + "; x-refci=" + call + "; far end gw (inbound)");
    }

    @Test
    @DisplayName("R5, R20: with a circular list the near end records on rec1 and the far end on rec2: split")
    void r20_circularListSplitsTheLegs()
    {
        ReplicationOutput out = run(100, 100);
        double seconds = 0;
        for (List<Step> steps : completeCalls().values())
        {
            long call = steps.get(0).call();
            double t = steps.get(0).time();
            List<Step> expected = start(call, t);
            expected.addAll(List.of(
                    new Step(t, call, CallEvent.RECORDING_ESTABLISHED, "t1 rec1 + t2 rec2 source phone"),
                    recordingCall(call, t, "x-nearend"), recordingCall(call, t, "x-farend"),
                    new Step(t + DELAY, call, CallEvent.MEDIA_STARTED, "rec1"),
                    new Step(t + DELAY, call, CallEvent.MEDIA_STARTED, "rec2"),
                    new Step(t + HOLD, call, CallEvent.MEDIA_STOPPED, "rec1"),
                    new Step(t + HOLD, call, CallEvent.RECORDING_ENDED, "rec1"),
                    new Step(t + HOLD, call, CallEvent.MEDIA_STOPPED, "rec2"),
                    new Step(t + HOLD, call, CallEvent.RECORDING_ENDED, "rec2"),
                    new Step(t + HOLD, call, CallEvent.RELEASED, "agents")));
            assertTimeline(expected, steps);
            seconds += HOLD;
        }
        assertTrue(seconds > 30 * HOLD);
        assertEquals(out.value("recording.sessions.established"), out.value("recording.sessions.split"), 0.0);
        assertEquals(seconds, out.value("recording.sessions.split.seconds"), 1e-6);
        assertEquals(0, out.value("recording.sessions.halfRecorded"), 0.0);
        assertEquals(out.value("recorder.rec1.streams.mean"), out.value("recorder.rec2.streams.mean"), 1e-12,
                "one stream of every call on each recorder");
        assertEquals(2 * out.value("recording.sessions.established"), sum(out, "bhcc.recordingCalls"), 0.0,
                "R6: two recording calls per session, wherever they land");
        assertEquals((HOLD - DELAY) / HOLD, out.value("recording.coverage"), 0.002, "both halves recorded");
    }

    private static double sum(final ReplicationOutput out, final String series)
    {
        double total = 0;
        for (double v : out.series().get(series).values())
        {
            total += v;
        }
        return total;
    }

    @Test
    @DisplayName("R5, R20: a leg that finds no room on any trunk fails alone; the call is half recorded")
    void r20_aLegWithoutRoomFailsAlone()
    {
        // rec1 has room for one recording call, rec2 for none: the near end takes rec1; the far end, starting at
        // t2 (circular), is refused there and at rec1
        ReplicationOutput out = run(1, 0);
        int checked = 0;
        for (List<Step> steps : completeCalls().values())
        {
            long call = steps.get(0).call();
            double t = steps.get(0).time();
            if (steps.stream().anyMatch(s -> s.event() == CallEvent.RECORDING_FAILED))
            {
                continue; // arrived while another call held rec1's only stream
            }
            List<Step> expected = start(call, t);
            expected.addAll(List.of(new Step(t, call, CallEvent.ROUTE_ADVANCED, "t2 recorder-full"),
                    new Step(t, call, CallEvent.RECORDING_ESTABLISHED, "t1 rec1 source phone"),
                    recordingCall(call, t, "x-nearend"),
                    new Step(t + DELAY, call, CallEvent.MEDIA_STARTED, "rec1"),
                    new Step(t + HOLD, call, CallEvent.MEDIA_STOPPED, "rec1"),
                    new Step(t + HOLD, call, CallEvent.RECORDING_ENDED, "rec1"),
                    new Step(t + HOLD, call, CallEvent.RELEASED, "agents")));
            assertTimeline(expected, steps);
            checked++;
        }
        assertTrue(checked > 30, checked + " calls");
        assertEquals(out.value("recording.sessions.established"), out.value("recording.sessions.halfRecorded"), 0.0);
        double recorded = 0;
        for (Step s : this.trace)
        {
            if (s.event() == CallEvent.MEDIA_STARTED)
            {
                recorded += 0.5 * (Math.min(s.time() - DELAY + HOLD, WINDOW.end()) - s.time()); // one stream of two
            }
        }
        assertEquals(recorded, out.value("recording.calls.mean") * WINDOW.duration(), 1e-6,
                "a half-recorded call counts half in coverage");
    }
}
