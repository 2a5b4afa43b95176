package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.models.recording.CubeConfig;
import forkcast.sim.stats.MetricSummary;

/**
 * F9, the CUBE as a platform: the catalog's platform gives session capacity and a set-up rate, explicit values win,
 * and a call-movement derating shrinks both.
 */
class CubePlatformTest
{
    private static String cube(final String cubeKeys, final double erlangs, final int replications)
    {
        return """
                name: cube-platform
                seed: 17
                run: { warmup: 1h, duration: 10h, replications: %d, interval: 15m }
                cluster: { builtInBridge: on, recordingSetupDelay: 0s }
                sites: [ { id: dc } ]
                recorders: [ { id: rec, site: dc, maxStreams: 100000, maxSetupsPerSecond: 1000000 } ]
                cubes: [ { id: cube, site: dc, forkTo: [rec], %s } ]
                trunks: [ { id: t, to: cube, earlyOffer: best-effort } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups:
                  - { id: agents, site: dc, agents: 100000, phone: { protocol: sip },
                      line: { recording: automatic, profile: rp } }
                traffic:
                  - { id: calls, group: agents, rate: %s/h, direction: internal,
                      holdingTime: { dist: exponential, mean: 60s } }
                """.formatted(replications, cubeKeys, erlangs * 60);
    }

    @Test
    @DisplayName("F9: the platform sets sessions and set-up rate; explicit values override; the derating shrinks both")
    void f9_platformDefaultsOverridesAndDerating() throws ScenarioException
    {
        CubeConfig platform = ScenarioText.load(cube("platform: ISR4451", 1, 1)).deployment().cubes().get(0);
        assertEquals(Catalog.builtIn().cubePlatform("ISR4451"), platform.maxSessions());
        assertEquals(Catalog.builtIn().cubeSetupRate("ISR4451"), platform.maxSetupsPerSecond());
        assertEquals(platform.maxSessions(), platform.deratedSessions(), "no derating unless one is given");
        CubeConfig given = ScenarioText.load(cube("platform: ISR4451, maxSessions: 1000, maxSetupsPerSecond: 3,"
                + " callMovementDerating: 0.8", 1, 1)).deployment().cubes().get(0);
        assertEquals(1000, given.maxSessions());
        assertEquals(3.0, given.maxSetupsPerSecond());
        assertEquals(800, given.deratedSessions(), "F9: 1000 dialogs at 0.8");
        assertEquals(2.4, given.deratedSetupsPerSecond(), 1e-12);
        for (String name : Catalog.builtIn().cubeEntries().keySet())
        {
            assertTrue(Catalog.builtIn().cubeSetupRate(name) > 0, name);
        }
        assertTrue(Catalog.builtIn().setupEntries().get("cubeCallMovementDerating").source().startsWith("F9"));
    }

    @Test
    @DisplayName("F9: a derated CUBE refuses sessions per Erlang-B on the derated dialogs (40 x 0.5 = 20 = 5 sessions)")
    void f9_deratedCapacityIsALossSystem() throws ScenarioException
    {
        // one copy: a session holds two inbound and two outbound dialogs, so 20 dialogs carry 5 sessions
        double erlangs = 4;
        RunResult run = ScenarioRunner.run(ScenarioText.load(cube("maxSessions: 40, callMovementDerating: 0.5",
                erlangs, 20)), 2, null);
        MetricSummary blocking = run.results().summary("recording.blockingProbability");
        double exact = ScenarioText.erlangB(5, erlangs);
        assertTrue(blocking.contains(exact), "Erlang-B " + exact + " outside " + blocking);
        assertEquals(20.0, run.results().summary("cube.cube.sessions.peak").max(), 1e-9);
        assertEquals(blocking.mean(), run.results().summary("recording.failed.cube-full").mean()
                / run.results().summary("recording.sessions.requested").mean(), 0.01);
    }

    @Test
    @DisplayName("F9: the set-up rate after derating is what the set-up utilisation is measured against")
    void f9_deratedSetupRate() throws ScenarioException
    {
        // 0.05 sessions/s offered (3 Erlang of 60 s calls) against 0.2/s x 0.5 = 0.1/s: utilisation 0.5
        RunResult run = ScenarioRunner.run(ScenarioText.load(cube("maxSessions: 100000, maxSetupsPerSecond: 0.2,"
                + " callMovementDerating: 0.5", 3, 10)), 2, null);
        MetricSummary utilisation = run.results().summary("cube.cube.setupUtilization");
        assertTrue(utilisation.contains(0.5), "0.5 outside " + utilisation);
    }

    @Test
    @DisplayName("F9: callMovementDerating outside (0, 1] is refused with its position")
    void f9_derateRange()
    {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(cube("platform: ISR4451, callMovementDerating: 1.5", 1, 1)));
        assertTrue(e.errors().get(0).message().contains("callMovementDerating"), e.errors().toString());
        assertTrue(e.errors().get(0).location().line() > 0);
    }
}
