package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.sim.ReplicationOutput;

/** R10: the copies CUBE forks to its recorders, counted and timed copy by copy. */
class ForkedCopiesTest
{
    /**
     * One CUBE forking every call to two recorders in one data centre; rec-1 sets up at once, rec-2 at
     * {@code rec2Rate} sessions per second. Poisson calls at {@code callsPerHour}, exponential talk of
     * {@code holdingSeconds}; no set-up delay, so that a copy's media starts at its recorder's answer.
     */
    static String cubeToTwo(final double rec2Rate, final int callsPerHour, final int holdingSeconds, final int seed)
    {
        return """
                name: cube-2rec
                seed: %4$d
                run: { warmup: 10m, duration: 2h, replications: 10, interval: 10m }
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
                """.formatted(rec2Rate, callsPerHour, holdingSeconds, seed);
    }

    @Test
    @DisplayName("R10: established + failed copies = the fork's recorders x sessions set up, in every replication")
    void r10_everyCopyOfTheForkIsEstablishedOrFailed() throws ScenarioException
    {
        // rec-2 sets up 0.5 sessions a second of 0.83 offered: its queue passes the INVITE timeout and it refuses
        // about 40% of the copies, each leg's refusal known only at the timeout while rec-1 records the call
        RunResult run = ScenarioRunner.run(ScenarioText.load(cubeToTwo(0.5, 3000, 120, 7)), 2, null);
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
}
