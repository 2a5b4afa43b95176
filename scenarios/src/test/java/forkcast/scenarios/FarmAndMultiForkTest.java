package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.MetricSummary;

/** Recorder farms behind route lists (R20) and multi-fork through CUBE (R10-R13), with failures. */
class FarmAndMultiForkTest
{
    /** Three recorders of {@code sessions} sessions each behind a route list; Poisson calls, exponential talk. */
    private static String farm(final String distribution, final int sessions, final double erlangs)
    {
        return """
                name: farm
                seed: 11
                run: { warmup: 1h, duration: 10h, replications: 20, interval: 15m }
                cluster: { builtInBridge: on, recordingSetupDelay: 0s }
                sites: [ { id: dc } ]
                recorders:
                  - { id: rec-1, site: dc, maxStreams: %1$d, maxSetupsPerSecond: 1000 }
                  - { id: rec-2, site: dc, maxStreams: %1$d, maxSetupsPerSecond: 1000 }
                  - { id: rec-3, site: dc, maxStreams: %1$d, maxSetupsPerSecond: 1000 }
                trunks: [ { id: t-1, to: rec-1 }, { id: t-2, to: rec-2 }, { id: t-3, to: rec-3 } ]
                routeLists: [ { id: farm, distribution: %2$s, trunks: [t-1, t-2, t-3] } ]
                recordingProfiles: [ { id: rp, routeList: farm } ]
                agentGroups: [ { id: a, site: dc, agents: 100000, line: { recording: automatic, profile: rp } } ]
                traffic: [ { id: c, group: a, rate: %3$s/h, direction: internal, holdingTime: { dist: exponential, mean: 60s } } ]
                """.formatted(2 * sessions, distribution, erlangs * 60);
    }

    @Test
    @DisplayName("R20: k recorders behind a circular route list with route advance block like one Erlang-B group of k x c")
    void r20_circularFarmIsOneErlangBGroup() throws ScenarioException
    {
        RunResult run = ScenarioRunner.run(ScenarioText.load(farm("circular", 8, 20)), 2, null);
        MetricSummary blocking = run.results().summary("recording.blockingProbability");
        double exact = ScenarioText.erlangB(24, 20);
        assertTrue(blocking.contains(exact), "Erlang-B(24, 20) = " + exact + " outside [" + blocking.ci95low() + ", "
                + blocking.ci95high() + "]");
        assertTrue(exact > 5 * ScenarioText.erlangB(8, 20.0 / 3) * 0 + 0.02, "the farm blocks noticeably");
        assertEquals(run.results().summary("recording.sessions.failed").mean(),
                run.results().summary("recording.failed.recorder-full").mean(), 1e-9);
        assertTrue(run.results().summary("recording.routeAdvances").mean() > 0);
        double one = run.results().summary("recorder.rec-1.streams.mean").mean();
        double three = run.results().summary("recorder.rec-3.streams.mean").mean();
        assertEquals(one, three, 0.05 * one, "circular spreads the load");
    }

    @Test
    @DisplayName("R20: a top-down route list loads the first recorder most")
    void r20_topDownLoadsTheFirstRecorderMost() throws ScenarioException
    {
        RunResult run = ScenarioRunner.run(ScenarioText.load(farm("top-down", 8, 14)), 2, null);
        double one = run.results().summary("recorder.rec-1.streams.mean").mean();
        double two = run.results().summary("recorder.rec-2.streams.mean").mean();
        double three = run.results().summary("recorder.rec-3.streams.mean").mean();
        assertTrue(one > two && two > three, one + " > " + two + " > " + three);
        assertTrue(ScenarioText.erlangB(24, 14) < 0.01);
    }

    private static String multiFork(final String extra)
    {
        return """
                name: multifork
                seed: 5
                run: { warmup: 0s, duration: 1h, replications: 10, interval: 5m }
                cluster: { builtInBridge: on }
                sites: [ { id: dc1 }, { id: dc2 }, { id: floor } ]
                links:
                  - { id: l1, between: [floor, dc1], mbps: 1000 }
                  - { id: l2, between: [dc1, dc2], mbps: 1000 }
                recorders:
                  - { id: rec-a, site: dc1, maxStreams: 5000, maxSetupsPerSecond: 100 }
                  - { id: rec-b, site: dc2, maxStreams: 5000, maxSetupsPerSecond: 100 %s }
                cubes: [ { id: cube, site: dc1, maxSessions: 100000, forkTo: [rec-a, rec-b] } ]
                trunks: [ { id: t-cube, to: cube, earlyOffer: mandatory } ]
                recordingProfiles: [ { id: rp, trunk: t-cube } ]
                agentGroups: [ { id: traders, site: floor, agents: 5000, line: { recording: automatic, profile: rp } } ]
                traffic: [ { id: c, group: traders, rate: 3000/h, direction: internal } ]
                """.formatted(extra);
    }

    @Test
    @DisplayName("R10, R13: forking to two recorders: every session has two complete copies; CUBE holds 2 + 2 x 2 dialogs")
    void r10_multiForkInvariants() throws ScenarioException
    {
        RunResult run = ScenarioRunner.run(ScenarioText.load(multiFork("")), 2, null);
        MetricSummary redundant = run.results().summary("recording.redundantShare");
        assertEquals(1.0, redundant.min(), 0.0);
        assertEquals(1.0, redundant.max(), 0.0);
        for (ReplicationOutput out : run.results().replications())
        {
            // dialogs: 2 inbound + 2 per copy = 3 x the trunk's 2 per session, interval by interval and at the peak
            double[] cube = out.series().get("cube.cube.sessions").values();
            double[] trunk = out.series().get("trunk.t-cube.dialogs").values();
            double[] expected = new double[trunk.length];
            for (int i = 0; i < trunk.length; i++)
            {
                expected[i] = 3 * trunk[i];
            }
            assertArrayEquals(expected, cube, 1e-9);
            assertEquals(3 * out.value("trunk.t-cube.dialogs.peak"), out.value("cube.cube.sessions.peak"), 0.0);
            assertEquals(out.value("recorder.rec-a.streams.mean"), out.value("recorder.rec-b.streams.mean"), 1e-9);
            assertEquals(2 * out.value("recording.sessions.established"), out.value("recording.copies.established"), 0.0);
            assertEquals(2 * out.value("bandwidth.cube.cube.ingressMbps.mean"),
                    out.value("bandwidth.cube.cube.egressMbps.mean"), 1e-9, "CUBE egress = forks x ingress");
        }
    }

    @Test
    @DisplayName("R13: a recorder down for 10 of 60 minutes lowers the redundant share by about that share; coverage holds")
    void r13_recorderFailureCostsRedundancyNotCoverage() throws ScenarioException
    {
        RunResult healthy = ScenarioRunner.run(ScenarioText.load(multiFork("")), 2, null);
        RunResult failing = ScenarioRunner.run(ScenarioText.load(multiFork(", down: [ { at: 20m, for: 10m } ]")), 2, null);
        double share = failing.results().summary("recording.redundantShare").mean();
        // sessions that overlap the window: 10 min plus a mean talk of 3 min, of 60 min
        assertTrue(share > 1 - 13.0 / 60 - 0.04 && share < 1 - 10.0 / 60, "redundant share " + share);
        assertArrayEquals(healthy.results().values("recording.coverage"), failing.results().values("recording.coverage"),
                1e-12, "rec-a keeps every call");
        assertTrue(failing.results().summary("recording.copies.cut").mean() > 10);
        assertTrue(failing.results().summary("recording.lostSeconds").mean() > 1000);
        assertTrue(failing.results().summary("recording.copies.failed").mean() > 10, "rec-b refuses copies while down");
        assertEquals(0, healthy.results().summary("recording.copies.failed").max(), 0.0);
    }

    @Test
    @DisplayName("R10: six fork targets, or a trunk to CUBE without Early Offer, are validation errors with the rule id")
    void r10_validation()
    {
        ScenarioException six = assertThrows(ScenarioException.class, () -> ScenarioText.load("""
                name: six
                sites: [ { id: dc } ]
                recorders: [ { id: r1, site: dc }, { id: r2, site: dc }, { id: r3, site: dc }, { id: r4, site: dc },
                             { id: r5, site: dc }, { id: r6, site: dc } ]
                cubes: [ { id: cube, site: dc, platform: ISR4451, forkTo: [r1, r2, r3, r4, r5, r6] } ]
                """));
        assertEquals("test.yaml:5:59: error: R10: a CUBE forks to 1 to 5 recorders, not 6", six.errors().get(0).toString());
        ScenarioException noOffer = assertThrows(ScenarioException.class, () -> ScenarioText.load("""
                name: eo
                sites: [ { id: dc } ]
                recorders: [ { id: r1, site: dc } ]
                cubes: [ { id: cube, site: dc, platform: ISR4451, forkTo: [r1] } ]
                trunks: [ { id: t, to: cube, earlyOffer: none } ]
                """));
        assertTrue(noOffer.errors().get(0).toString().startsWith("test.yaml:5:42: error: R10, R18: the trunk to CUBE cube"
                + " must use Early Offer"), noOffer.getMessage());
    }

    @Test
    @DisplayName("R11: multi-fork does not support SRTP fallback: a fork target set up for it is a validation error")
    void r11_srtpFallbackNotSupported()
    {
        ScenarioException fallback = assertThrows(ScenarioException.class, () -> ScenarioText.load("""
                name: r11
                sites: [ { id: dc } ]
                recorders: [ { id: r1, site: dc, secure: true, srtpFallback: true } ]
                cubes: [ { id: cube, site: dc, platform: ISR4451, forkTo: [r1] } ]
                """));
        assertTrue(fallback.errors().get(0).message().startsWith("R11: multi-fork does not support SRTP fallback"));
    }

    @Test
    @DisplayName("R12: the platform list of the catalog sets CUBE capacity; other platforms are refused")
    void r12_platforms() throws ScenarioException
    {
        String yaml = """
                name: r12
                sites: [ { id: dc } ]
                recorders: [ { id: r1, site: dc } ]
                cubes: [ { id: cube, site: dc, platform: ISR4451, forkTo: [r1] } ]
                """;
        assertEquals(Catalog.builtIn().cubePlatform("ISR4451"),
                ScenarioText.load(yaml).deployment().cubes().get(0).maxSessions());
        assertEquals(700, ScenarioText.load(yaml, "cubes.cube.maxSessions=700").deployment().cubes().get(0).maxSessions());
        for (String name : new String[] {"ISR4331", "ISR4351", "ISR4431", "ISR4451", "ASR1001-X", "ASR1002-X",
                "ASR1004-RP2", "ASR1006-RP2", "CSR1000V"})
        {
            assertTrue(Catalog.builtIn().cubePlatform(name) > 0, name);
            assertTrue(Catalog.builtIn().cubeEntries().get(name).source().startsWith("assumption"),
                    "no published multi-fork rating: marked as an assumption");
        }
        ScenarioException platform = assertThrows(ScenarioException.class, () -> ScenarioText.load("""
                name: r12
                sites: [ { id: dc } ]
                recorders: [ { id: r1, site: dc } ]
                cubes: [ { id: cube, site: dc, platform: ISR2901, forkTo: [r1] } ]
                """));
        assertTrue(platform.errors().get(0).message().startsWith("R12: 'ISR2901' is not a multi-fork platform"));
    }

    @Test
    @DisplayName("R18: SCCP phones need MTPs under mandatory Early Offer; an exhausted pool blocks like Erlang-B")
    void r18_mtpPoolExhaustion() throws ScenarioException
    {
        // 20 MTPs = 10 sessions at two per session; 8 Erlang of recorded calls
        RunResult run = ScenarioRunner.run(ScenarioText.load("""
                name: mtp
                seed: 3
                run: { warmup: 1h, duration: 10h, replications: 20, interval: 15m }
                cluster: { builtInBridge: on, recordingSetupDelay: 0s }
                sites: [ { id: dc } ]
                recorders: [ { id: r1, site: dc, maxStreams: 100000, maxSetupsPerSecond: 1000 } ]
                cubes: [ { id: cube, site: dc, maxSessions: 100000, forkTo: [r1] } ]
                mtpPools: [ { id: mtp, site: dc, size: 20 } ]
                trunks: [ { id: t, to: cube, earlyOffer: mandatory, mtpPool: mtp } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups:
                  - { id: a, site: dc, agents: 100000, phone: { protocol: sccp }, line: { recording: automatic, profile: rp } }
                traffic: [ { id: c, group: a, rate: 480/h, direction: internal, holdingTime: { dist: exponential, mean: 60s } } ]
                """), 2, null);
        MetricSummary blocking = run.results().summary("recording.blockingProbability");
        double exact = ScenarioText.erlangB(10, 8);
        assertTrue(blocking.contains(exact), "Erlang-B(10, 8) = " + exact + " outside [" + blocking.ci95low() + ", "
                + blocking.ci95high() + "]");
        assertEquals(run.results().summary("recording.sessions.failed").mean(),
                run.results().summary("recording.failed.mtp-unavailable").mean(), 1e-9);
        assertEquals(20, run.results().summary("mtpPool.mtp.inUse.peak").max(), 0.0);
        // the same calls from SIP phones offer SDP themselves and take no MTP
        RunResult sip = ScenarioRunner.run(ScenarioText.load("""
                name: mtp-sip
                seed: 3
                run: { warmup: 1h, duration: 2h, replications: 3, interval: 15m }
                cluster: { builtInBridge: on, recordingSetupDelay: 0s }
                sites: [ { id: dc } ]
                recorders: [ { id: r1, site: dc, maxStreams: 100000, maxSetupsPerSecond: 1000 } ]
                cubes: [ { id: cube, site: dc, maxSessions: 100000, forkTo: [r1] } ]
                mtpPools: [ { id: mtp, site: dc, size: 20 } ]
                trunks: [ { id: t, to: cube, earlyOffer: best-effort, mtpPool: mtp } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups: [ { id: a, site: dc, agents: 100000, line: { recording: automatic, profile: rp } } ]
                traffic: [ { id: c, group: a, rate: 480/h, direction: internal, holdingTime: { dist: exponential, mean: 60s } } ]
                """), 2, null);
        assertEquals(0, sip.results().summary("recording.sessions.failed").max(), 0.0);
        assertEquals(0, sip.results().summary("mtpPool.mtp.inUse.peak").max(), 0.0);
    }

    @Test
    @DisplayName("R18: best-effort Early Offer inserts no MTP, so SCCP sessions toward CUBE fail early-offer-missing")
    void r18_bestEffortWithSccp() throws ScenarioException
    {
        RunResult run = ScenarioRunner.run(ScenarioText.load("""
                name: eo-best-effort
                run: { warmup: 0s, duration: 1h, replications: 2, interval: 15m }
                cluster: { builtInBridge: on }
                sites: [ { id: dc } ]
                recorders: [ { id: r1, site: dc, maxSetupsPerSecond: 1000 } ]
                cubes: [ { id: cube, site: dc, maxSessions: 1000, forkTo: [r1] } ]
                trunks: [ { id: t, to: cube, earlyOffer: best-effort } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups:
                  - { id: a, site: dc, agents: 1000, phone: { protocol: sccp }, line: { recording: automatic, profile: rp } }
                traffic: [ { id: c, group: a, rate: 600/h, direction: internal } ]
                """), 2, null);
        assertEquals(run.results().summary("recording.sessions.requested").mean(),
                run.results().summary("recording.failed.early-offer-missing").mean(), 0.0);
        // configurable: a phone marked as able to offer early needs no MTP, whatever its protocol
        RunResult offering = ScenarioRunner.run(ScenarioText.load("""
                name: eo-best-effort
                run: { warmup: 0s, duration: 1h, replications: 2, interval: 15m }
                cluster: { builtInBridge: on }
                sites: [ { id: dc } ]
                recorders: [ { id: r1, site: dc, maxSetupsPerSecond: 1000 } ]
                cubes: [ { id: cube, site: dc, maxSessions: 1000, forkTo: [r1] } ]
                trunks: [ { id: t, to: cube, earlyOffer: best-effort } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups:
                  - { id: a, site: dc, agents: 1000, phone: { protocol: sccp, earlyOffer: true },
                      line: { recording: automatic, profile: rp } }
                traffic: [ { id: c, group: a, rate: 600/h, direction: internal } ]
                """), 2, null);
        assertEquals(0, offering.results().summary("recording.sessions.failed").max(), 0.0);
    }
}
