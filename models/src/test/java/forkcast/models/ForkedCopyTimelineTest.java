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
import forkcast.models.recording.CubeConfig;
import forkcast.models.recording.DownWindow;
import forkcast.models.recording.EarlyOffer;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.SipTimers;
import forkcast.models.recording.TrunkConfig;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.ReplicationRunner;
import forkcast.sim.RunWindow;

/**
 * R10: the exact timeline of copies forked by CUBE to a recorder that answers at once (rec1, down from 5 h for 2 h)
 * and one whose set-ups queue (rec2, one session per 300 s): every figure is predicted from the calls' arrival times
 * alone, by the rules written out here.
 */
class ForkedCopyTimelineTest
{
    private static final double DELAY = 0.3;
    private static final double HOLDING = 400;
    private static final double PER_SET_UP = 300;
    private static final double DOWN = 5 * 3600;
    private static final double UP = 7 * 3600;
    private static final RunWindow WINDOW = new RunWindow(0, 20 * 3600, 3600);

    @Test
    @DisplayName("R10: a late copy records from its recorder's answer; its missed seconds are lost, it is never"
            + " complete, and the call records while some copy's media flows")
    void r10_lateCopiesTimeline()
    {
        // an INVITE timeout longer than any wait: rec2 takes every copy
        SipTimers timers = new SipTimers(1e6, false, 60, 120);
        Deployment base = TestDeployments.branch(10, DurationDistribution.deterministic(HOLDING),
                RecordingOption.AUTOMATIC, BuiltInBridgeSetting.DEFAULT, DELAY);
        Deployment deployment = base.toBuilder()
                .recorders(List.of(
                        RecorderConfig.builder("rec1", "dc").maxStreams(10_000)
                                .maxSetupsPerSecond(Double.POSITIVE_INFINITY)
                                .down(List.of(new DownWindow(DOWN, UP - DOWN))).build(),
                        RecorderConfig.builder("rec2", "dc").maxStreams(10_000).maxSetupsPerSecond(1 / PER_SET_UP)
                                .build()))
                .cubes(List.of(CubeConfig.builder("cube", "dc", 100_000).forkTo(List.of("rec1", "rec2")).build()))
                .trunks(List.of(TrunkConfig.builder("t").cube("cube").earlyOffer(EarlyOffer.MANDATORY).timers(timers)
                        .build()))
                .build();
        List<Step> trace = new ArrayList<>();
        ReplicationOutput out = ReplicationRunner.run(WINDOW, 11, 1,
                context -> new RecordingModel(deployment, context, Timeline.into(trace)));
        double end = WINDOW.warmup() + WINDOW.duration();

        double freeAt = 0; // when rec2's set-up queue is free
        double lost = 0;
        double setupLost = 0;
        double recorded = 0;
        double failedCopies = 0;
        int ended = 0;
        int redundant = 0;
        int late = 0;
        int gaps = 0;
        for (List<Step> steps : Timeline.byCall(trace).values())
        {
            double t = steps.get(0).time();
            assertEquals(CallEvent.ARRIVED, steps.get(0).event());
            double release = t + HOLDING;
            // rec2: FIFO, one session (both legs together) per 300 s, answered when taken up
            double wait2 = Math.max(0, freeAt - t);
            freeAt = t + wait2 + PER_SET_UP;
            boolean rec1Up = t < DOWN || t >= UP;
            double mediaAt;
            double cut1 = Double.POSITIVE_INFINITY; // when rec1's copy is cut
            double start2; // when rec2's copy's media starts
            if (rec1Up)
            {
                // rec1 answers at once, so the session does; rec2's copy is late by its wait
                mediaAt = t + DELAY;
                start2 = t + (wait2 + DELAY);
                if (t < DOWN && release > DOWN)
                {
                    cut1 = DOWN;
                }
                late += wait2 > 0 ? 1 : 0;
            }
            else
            {
                // rec1 refuses its copy (both legs: one whole copy); the session is answered with rec2
                failedCopies += 1;
                mediaAt = t + (wait2 + DELAY);
                start2 = mediaAt;
                if (release < end)
                {
                    setupLost += Math.min(HOLDING, wait2);
                    lost += Math.min(HOLDING, wait2);
                }
            }
            if (release < end)
            {
                ended++;
                if (rec1Up)
                {
                    lost += Math.max(0, Math.min(start2, release) - mediaAt); // rec2's late seconds
                    lost += cut1 < release ? release - cut1 : 0; // rec1's cut copy
                    redundant += wait2 == 0 && cut1 == Double.POSITIVE_INFINITY ? 1 : 0;
                }
            }
            // recorded while rec1's copy flows [mediaAt, cut1) or rec2's [start2, release), clipped to the window
            double flows1Until = rec1Up ? Math.min(cut1, release) : mediaAt;
            double from2 = Math.max(start2, mediaAt);
            recorded += clipped(mediaAt, flows1Until, end) + clipped(from2, release, end)
                    - clipped(Math.max(mediaAt, from2), Math.min(flows1Until, release), end);
            if (rec1Up && cut1 < start2 && cut1 < release)
            {
                gaps++; // rec1's copy cut while rec2's still waited: the call is not recorded until rec2 answers
            }
        }
        assertTrue(late > 50 && gaps > 0, late + " late copies, " + gaps + " gaps");
        assertEquals(failedCopies, out.value("recording.copies.failed"), 0.0);
        assertEquals(setupLost, out.value("recording.lostSeconds.setup"), 1e-6);
        assertEquals(lost, out.value("recording.lostSeconds"), 1e-6);
        assertEquals(recorded, out.value("recording.recordedSeconds"), 1e-6);
        assertEquals((double) redundant / ended, out.value("recording.redundantShare"), 1e-12);
    }

    /** @return the length of [from, to) within [0, end) */
    private static double clipped(final double from, final double to, final double end)
    {
        return Math.max(0, Math.min(to, end) - Math.max(from, 0));
    }
}
