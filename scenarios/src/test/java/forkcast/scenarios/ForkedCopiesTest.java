package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.MetricSummary;

/** R10: the copies CUBE forks to its recorders, counted and timed copy by copy. */
class ForkedCopiesTest
{
    /**
     * One CUBE forking every call to two recorders in one data centre; rec-1 sets up at once, rec-2 at
     * {@code rec2Rate} sessions per second. Poisson calls at {@code callsPerHour}, exponential talk of
     * {@code holdingSeconds}, measured over {@code duration}; no set-up delay, so that a copy's media starts at its
     * recorder's answer.
     */
    static String cubeToTwo(final double rec2Rate, final int callsPerHour, final int holdingSeconds, final int seed,
            final String duration)
    {
        return """
                name: cube-2rec
                seed: %4$d
                run: { warmup: 10m, duration: %5$s, replications: 10, interval: 1h }
                cluster: { builtInBridge: on, recordingSetupDelay: 0s }
                sites: [ { id: dc } ]
                recorders:
                  - { id: rec-1, site: dc, maxStreams: 100000, maxSetupsPerSecond: 1000 }
                  - { id: rec-2, site: dc, maxStreams: 100000, maxSetupsPerSecond: %1$s }
                cubes: [ { id: cube, site: dc, maxSessions: 1000000, forkTo: [rec-1, rec-2] } ]
                trunks: [ { id: t-cube, to: cube, maxDialogs: 1000000, earlyOffer: mandatory } ]
                recordingProfiles: [ { id: rp, trunk: t-cube } ]
                agentGroups: [ { id: traders, site: dc, agents: 100000, line: { recording: automatic, profile: rp } } ]
                traffic: [ { id: c, group: traders, rate: %2$d/h, direction: internal, holdingTime: { dist: exponential, mean: %3$ds } } ]
                """.formatted(rec2Rate, callsPerHour, holdingSeconds, seed, duration);
    }

    @Test
    @DisplayName("R10: established + failed copies = the fork's recorders x sessions set up, in every replication")
    void r10_everyCopyOfTheForkIsEstablishedOrFailed() throws ScenarioException
    {
        // rec-2 sets up 0.5 sessions a second of 0.83 offered: its queue passes the INVITE timeout and it refuses
        // about 40% of the copies, each leg's refusal known only at the timeout while rec-1 records the call
        RunResult run = ScenarioRunner.run(ScenarioText.load(cubeToTwo(0.5, 3000, 120, 7, "2h")), 2, null);
        for (ReplicationOutput out : run.results().replications())
        {
            double sessions = out.value("recording.sessions.established");
            double established = out.value("recording.copies.established");
            double failed = out.value("recording.copies.failed");
            assertEquals(0, out.value("recording.sessions.halfRecorded"), 0.0, "both legs of every call set up");
            assertEquals(0, out.value("recording.sessions.failed"), 0.0, "rec-1 takes every call");
            assertEquals(2 * sessions, established + failed, 0.0, "every copy counted once, as established or failed");
            // failed copies are whole copies: both legs' halves of each copy rec-2 refused
            assertEquals(Math.rint(failed), failed, 0.0, "whole copies failed");
            assertTrue(failed > 0.3 * sessions && failed < 0.5 * sessions, failed + " of " + sessions);
        }
    }

    @Test
    @DisplayName("R10: a copy waiting for its recorder records from its answer: streams and storage fall by"
            + " E[min(W, H)] / E[H] against the recorder that answers at once, and only copies that did not wait are"
            + " complete")
    void r10_aLateCopyRecordsFromItsRecordersAnswer() throws ScenarioException
    {
        double lambda = 3000 / 3600.0; // sessions per second, both legs set up together
        double mu = 1.0; // rec-2's set-ups per second
        double holding = 60;
        RunResult run = ScenarioRunner.run(ScenarioText.load(cubeToTwo(mu, 3000, (int) holding, 11, "24h")), 2, null);
        // rec-2's set-up queue is M/D/1 (Poisson sessions, 1/mu each); its Laplace-Stieltjes waiting-time transform
        // W*(s) = (1 - rho) s / (s - lambda + lambda e^(-s/mu)) gives, with exponential holding H of mean h,
        // E[min(W, H)] = h (1 - W*(1/h)): the seconds of each session a rec-2 copy misses (all of a call that ends
        // first)
        double rho = lambda / mu;
        double s = 1 / holding;
        double missed = holding * (1 - (1 - rho) * s / (s - lambda + lambda * Math.exp(-s / mu)));
        double meanWait = rho / (2 * mu * (1 - rho)); // Pollaczek-Khinchine, 2.5 s
        assertTrue(missed < meanWait && missed > 0.9 * meanWait, missed + " s missed of a mean wait " + meanWait);
        int n = run.results().replications().size();
        double[] streamsShortfall = new double[n];
        double[] storageShortfall = new double[n];
        double[] lostPerSession = new double[n];
        for (int r = 0; r < n; r++)
        {
            ReplicationOutput out = run.results().replications().get(r);
            streamsShortfall[r] = 1
                    - out.value("recorder.rec-2.streams.mean") / out.value("recorder.rec-1.streams.mean");
            // a recorded day: the whole day's payload, not a busy hour's (whose queue is longer than the day's)
            storageShortfall[r] = 1 - out.value("recorder.rec-2.storageGbPerDay")
                    / out.value("recorder.rec-1.storageGbPerDay");
            lostPerSession[r] = out.value("recording.lostSeconds") / out.value("recording.sessions.established");
            // rec-1 takes 1 ms per set-up: the session waits only for it (its first answer), not for rec-2
            double setupLost = out.value("recording.lostSeconds.setup") / out.value("recording.sessions.established");
            assertTrue(setupLost < 1e-3, setupLost + " s per session lost waiting for the first answer");
            assertEquals(0, out.value("recording.copies.failed"), 0.0);
        }
        assertContains(MetricSummary.of(streamsShortfall), missed / holding, "rec-2's streams short of rec-1's");
        assertContains(MetricSummary.of(storageShortfall), missed / holding, "rec-2's storage short of rec-1's");
        assertContains(MetricSummary.of(lostPerSession), missed, "seconds lost per session, all by rec-2's copies");
        // a copy is complete only when rec-2's queue was empty at the session's arrival: P(W = 0) = 1 - rho
        assertContains(run.results().summary("recording.redundantShare"), 1 - rho, "redundant share");
        // rec-1 records every second but its set-ups' milliseconds, while rec-2's copies miss about 4%
        assertEquals(1.0, run.results().summary("recording.coverage").min(), 1e-6, "coverage follows the first copy");
    }

    private static void assertContains(final MetricSummary summary, final double expected, final String what)
    {
        assertTrue(summary.contains(expected), what + ": " + expected + " outside [" + summary.ci95low() + ", "
                + summary.ci95high() + "]");
    }
}
