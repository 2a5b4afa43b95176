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
import forkcast.models.calls.RecordingOption;
import forkcast.models.recording.DownWindow;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.RouteListConfig;
import forkcast.models.recording.SipTimers;
import forkcast.models.recording.TrunkConfig;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.ReplicationRunner;
import forkcast.sim.RunWindow;

/**
 * Exact timelines of the set-up queue (F6) and of failover (route advance after an INVITE timeout, OPTIONS ping): each
 * call's events are predicted from its arrival time alone, by the rules written out in the test.
 */
class SetupAndFailoverTimelineTest
{
    private static final double DELAY = 0.3;
    private static final RunWindow WINDOW = new RunWindow(0, 20 * 3600, 3600);

    private final List<Step> trace = new ArrayList<>();

    private ReplicationOutput run(final Deployment deployment)
    {
        return ReplicationRunner.run(WINDOW, 11, 1, context -> new RecordingModel(deployment, context,
                Timeline.into(this.trace)));
    }

    /** The test branch with other recorders, trunks, route lists and profile target. */
    private static Deployment branch(final double callsPerHour, final double holding,
            final List<RecorderConfig> recorders, final List<TrunkConfig> trunks, final List<RouteListConfig> lists,
            final RecordingProfileConfig profile)
    {
        Deployment b = TestDeployments.branch(callsPerHour, DurationDistribution.deterministic(holding),
                RecordingOption.AUTOMATIC, BuiltInBridgeSetting.DEFAULT, DELAY);
        return b.toBuilder().recorders(recorders).cubes(List.of()).mtpPools(List.of()).trunks(trunks).routeLists(lists)
                .profiles(List.of(profile)).build();
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

    /**
     * A recorded call that is set up at {@code setUp} on {@code trunk}/{@code recorder}, media after {@code wait};
     * {@code advances} come before the session is established, {@code farAdvances} between the near-end and the
     * far-end recording calls (the far end's own hunt, R5, when it went on after a timeout).
     */
    private static List<Step> recorded(final long call, final double t, final double setUp, final double wait,
            final double end, final String trunk, final String recorder, final List<Step> advances,
            final List<Step> farAdvances)
    {
        List<Step> s = new ArrayList<>(List.of(new Step(t, call, CallEvent.ARRIVED, "in"),
                new Step(t, call, CallEvent.CONNECTED, "agents"),
                new Step(t, call, CallEvent.RECORDING_REQUESTED, "rp")));
        s.addAll(advances);
        String farEnd = "; x-refci=" + call + "; far end gw (inbound)";
        s.addAll(List.of(
                new Step(setUp, call, CallEvent.RECORDING_ESTABLISHED, trunk + " " + recorder + " source phone"),
                new Step(setUp, call, CallEvent.RECORDING_CALL, "From: x-nearend" + farEnd)));
        s.addAll(farAdvances);
        s.addAll(List.of(new Step(setUp, call, CallEvent.RECORDING_CALL, "From: x-farend" + farEnd),
                new Step(setUp + wait + DELAY, call, CallEvent.MEDIA_STARTED, recorder),
                new Step(end, call, CallEvent.MEDIA_STOPPED, recorder),
                new Step(end, call, CallEvent.RECORDING_ENDED, recorder),
                new Step(end, call, CallEvent.RELEASED, "agents")));
        return s;
    }

    @Test
    @DisplayName("F6: a set-up waits FIFO for the recorder's rate; past the INVITE timeout it fails"
            + " recorder-setup-timeout")
    void f6_setupQueueTimeline()
    {
        double holding = 400;
        double perSetUp = 300; // one session set up every 300 s
        double timeout = 200;
        TrunkConfig trunk = TrunkConfig.builder("t").recorder("rec").timers(new SipTimers(timeout, false, 60, 120))
                .build();
        RecorderConfig recorder = RecorderConfig.builder("rec", "dc").maxStreams(10_000).maxSetupsPerSecond(1 / perSetUp)
                .build();
        ReplicationOutput out = run(branch(10, holding, List.of(recorder), List.of(trunk), List.of(),
                new RecordingProfileConfig("rp", "t")));
        double freeAt = 0;
        int waited = 0;
        int timedOut = 0;
        double lost = 0;
        for (List<Step> steps : Timeline.byCall(this.trace).values())
        {
            long call = steps.get(0).call();
            double t = steps.get(0).time();
            if (t + holding >= WINDOW.end())
            {
                continue;
            }
            double wait = Math.max(0, freeAt - t);
            if (wait > timeout)
            {
                timedOut++;
                assertTimeline(List.of(new Step(t, call, CallEvent.ARRIVED, "in"),
                        new Step(t, call, CallEvent.CONNECTED, "agents"),
                        new Step(t, call, CallEvent.RECORDING_REQUESTED, "rp"),
                        new Step(t + timeout, call, CallEvent.RECORDING_FAILED, "recorder-setup-timeout"),
                        new Step(t + holding, call, CallEvent.RELEASED, "agents")), steps);
                continue;
            }
            waited += wait > 0 ? 1 : 0;
            lost += wait;
            freeAt = t + wait + perSetUp;
            assertTimeline(recorded(call, t, t, wait, t + holding, "t", "rec", List.of(), List.of()), steps);
        }
        assertTrue(waited > 5 && timedOut > 5, waited + " waited, " + timedOut + " timed out");
        assertEquals(timedOut, out.value("recording.failed.recorder-setup-timeout"), 0.0);
        assertEquals(lost, out.value("recording.lostSeconds.setup"), 1e-6, "the waits are lost recording");
        assertEquals(lost, out.value("recording.lostSeconds"), 1e-6);
        assertEquals(timedOut, out.value("recorder.rec.setupTimeouts"), 0.0);
    }

    /** Two recorders behind a top-down route list; rec1 is down from 5 h for 2 h. */
    private ReplicationOutput failover(final boolean ping)
    {
        SipTimers timers = new SipTimers(32, ping, 60, 120);
        List<TrunkConfig> trunks = List.of(
                TrunkConfig.builder("t1").recorder("rec1").timers(timers).build(),
                TrunkConfig.builder("t2").recorder("rec2").timers(timers).build());
        List<RecorderConfig> recorders = List.of(
                RecorderConfig.builder("rec1", "dc").maxStreams(10_000).maxSetupsPerSecond(Double.POSITIVE_INFINITY)
                        .down(List.of(new DownWindow(5 * 3600, 2 * 3600))).build(),
                RecorderConfig.builder("rec2", "dc").maxStreams(10_000).maxSetupsPerSecond(Double.POSITIVE_INFINITY)
                        .build());
        return run(branch(60, 100, recorders, trunks, List.of(new RouteListConfig("rl", false, List.of("t1", "t2"))),
                new RecordingProfileConfig("rp", null, "rl")));
    }

    /**
     * @param skipFrom when the ping marked t1 out of service (calls skip it at once), or infinity
     * @param skipUntil when a ping found it back
     * @return the lost seconds the timeline gives for rec1's window
     */
    private double assertFailoverTimelines(final double skipFrom, final double skipUntil)
    {
        double down = 5 * 3600;
        double up = 7 * 3600;
        double lost = 0;
        int timedOut = 0;
        int skipped = 0;
        for (List<Step> steps : Timeline.byCall(this.trace).values())
        {
            long call = steps.get(0).call();
            double t = steps.get(0).time();
            double end = t + 100;
            if (end >= WINDOW.end())
            {
                continue;
            }
            if (t < down && end > down)
            {
                // cut by the failure: rec1's copy is lost until the call ends
                assertTrue(steps.stream().anyMatch(s -> s.event() == CallEvent.COPY_CUT && s.time() == down
                        && s.detail().equals("rec1 recorder-down")), steps.toString());
                lost += end - down;
            }
            else if (t >= skipFrom && t < skipUntil)
            {
                skipped++;
                // R5: each recording call hunts; both skip the trunk marked out of service, at once
                Step skip = new Step(t, call, CallEvent.ROUTE_ADVANCED, "t1 trunk-out-of-service");
                assertTimeline(recorded(call, t, t, 0, end, "t2", "rec2", List.of(skip, skip), List.of()), steps);
            }
            else if (t >= down && t < up)
            {
                timedOut++;
                // both recording calls wait for their INVITE timeout; the far end's lands on its partner's trunk
                Step advance = new Step(t + 32, call, CallEvent.ROUTE_ADVANCED, "t1 recorder-down");
                assertTimeline(recorded(call, t, t + 32, 0, end, "t2", "rec2", List.of(advance), List.of(advance)),
                        steps);
                lost += 32;
            }
            else
            {
                assertTimeline(recorded(call, t, t, 0, end, "t1", "rec1", List.of(), List.of()), steps);
            }
        }
        assertTrue(skipFrom == Double.POSITIVE_INFINITY ? timedOut > 50 : skipped > 50, timedOut + " waited on the"
                + " dead recorder, " + skipped + " skipped it");
        return lost;
    }

    @Test
    @DisplayName("Failover without OPTIONS ping: every INVITE to the dead recorder waits 32 s, then the route advances")
    void failoverWithoutPingWaitsForTheInviteTimeout()
    {
        ReplicationOutput out = failover(false);
        double lost = assertFailoverTimelines(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertEquals(lost, out.value("failure.recorder.rec1.1.lostSeconds"), 1e-6);
        assertEquals(lost, out.value("recording.lostSeconds"), 1e-6);
        assertEquals(0, out.value("recording.sessions.failed"), 0.0);
    }

    @Test
    @DisplayName("Failover with OPTIONS ping: out of service 32 s after the first ping that finds it down, back at an"
            + " out-of-service ping")
    void failoverWithPingSkipsTheMarkedTrunk()
    {
        ReplicationOutput out = failover(true);
        double marked = 5 * 3600 + 32; // pings every 60 s from 0: one at 5 h exactly, unanswered for 32 s
        double back = marked + 120 * Math.ceil((7 * 3600 - marked) / 120); // first out-of-service ping after 7 h
        double lost = assertFailoverTimelines(marked, back);
        assertEquals(lost, out.value("failure.recorder.rec1.1.lostSeconds"), 1e-6);
        assertTrue(out.value("recording.rejected.trunk-out-of-service") > 3);
    }
}
