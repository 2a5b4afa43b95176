package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.models.calls.TrafficConfig;
import forkcast.models.recording.RecorderConfig;

/**
 * Grouped parameters: {@code --set}/{@code --vary} paths that select several list elements ({@code *},
 * {@code [id1,id2]}) or several paths at once ({@code a,b}); the traffic growth factor; sizing a group.
 */
class GroupedParametersTest
{
    /** Three recorders behind a route list; two traffic streams, one by rate and one per agent. */
    private static final String FARM = """
            name: farm
            seed: 11
            run: { warmup: 10m, duration: 30m, replications: 2, interval: 5m }
            cluster: { builtInBridge: on, recordingSetupDelay: 0s }
            sites: [ { id: dc } ]
            recorders:
              - { id: rec-1, site: dc, maxStreams: 100, maxSetupsPerSecond: 1000 }
              - { id: rec-2, site: dc, maxStreams: 100, maxSetupsPerSecond: 1000 }
              - { id: rec-3, site: dc, maxStreams: 100, maxSetupsPerSecond: 1000 }
            trunks: [ { id: t-1, to: rec-1 }, { id: t-2, to: rec-2 }, { id: t-3, to: rec-3 } ]
            routeLists: [ { id: farm, distribution: %s, trunks: [t-1, t-2, t-3] } ]
            recordingProfiles: [ { id: rp, routeList: farm } ]
            agentGroups: [ { id: a, site: dc, agents: 40, line: { recording: automatic, profile: rp } } ]
            traffic:
              - { id: c, group: a, rate: 900/h, direction: internal, holdingTime: { dist: exponential, mean: 60s } }
              - { id: d, group: a, callsPerAgentPerHour: 7, direction: internal }
            """;

    @TempDir
    Path tmp;

    private static String farm()
    {
        return FARM.formatted("circular");
    }

    private static List<Integer> streams(final Scenario s)
    {
        return s.deployment().recorders().stream().map(RecorderConfig::maxStreams).toList();
    }

    @Test
    void aWildcardSetsEveryElementOfTheList() throws ScenarioException
    {
        assertEquals(List.of(60, 60, 60), streams(ScenarioText.load(farm(), "recorders.*.maxStreams=60")));
    }

    @Test
    void anIdListSetsExactlyTheElementsNamed() throws ScenarioException
    {
        assertEquals(List.of(60, 100, 60), streams(ScenarioText.load(farm(), "recorders.[rec-1,rec-3].maxStreams=60")));
        assertEquals(List.of(100, 70, 100), streams(ScenarioText.load(farm(), "recorders.[rec-2].maxStreams=70")));
    }

    @Test
    void severalPathsSeparatedByCommasMoveTogether() throws ScenarioException
    {
        Scenario s = ScenarioText.load(farm(), "recorders.rec-1.maxStreams,recorders.[rec-2,rec-3].maxSetupsPerSecond=8");
        assertEquals(List.of(8, 100, 100), streams(s));
        assertEquals(8.0, s.deployment().recorders().get(1).maxSetupsPerSecond(), 0.0);
        assertEquals(8.0, s.deployment().recorders().get(2).maxSetupsPerSecond(), 0.0);
        assertEquals(1000.0, s.deployment().recorders().get(0).maxSetupsPerSecond(), 0.0);
    }

    @Test
    void aWildcardReachesEveryTrafficStreamsRate() throws ScenarioException
    {
        Scenario s = ScenarioText.load(farm(), "traffic.*.rate=360/h", "traffic.d.callsPerAgentPerHour=null");
        for (TrafficConfig t : s.deployment().traffic())
        {
            assertEquals(0.1, t.callsPerSecond(), 1e-15, t.id());
        }
    }

    @Test
    void theWildcardsMembersAreNamed() throws Exception
    {
        Path file = Files.writeString(this.tmp.resolve("farm.yaml"), farm());
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        assertEquals(List.of("recorders.rec-1.maxStreams", "recorders.rec-2.maxStreams", "recorders.rec-3.maxStreams"),
                loader.members(file, List.of(), "recorders.*.maxStreams"));
        assertEquals(List.of("recorders.rec-3.maxStreams", "run.trafficScale"),
                loader.members(file, List.of(), "recorders.[rec-3].maxStreams,run.trafficScale"));
    }

    @Test
    @DisplayName("a selection that matches nothing is refused at the option, never silently applied to fewer elements")
    void badSelectionsAreRefusedAtTheOption()
    {
        assertError("--set recorders.[rec-1,rec-9].maxStreams=60: error: no element with id 'rec-9' in recorders"
                + " (ids: rec-1, rec-2, rec-3)", "recorders.[rec-1,rec-9].maxStreams=60");
        assertError("--set cubes.*.maxSessions=10: error: '*' matches no element: cubes has none",
                "cubes.*.maxSessions=10");
        assertError("--set links.*.mbps=10: error: '*' matches no element: links has none", "links.*.mbps=10");
        assertError("--set recorders.[].maxStreams=1: error: '[]': expected an id, * or [id1,id2,...] in recorders",
                "recorders.[].maxStreams=1");
        assertError("--set recorders.*=1: error: 'recorders.*' names a whole list element; set one of its keys",
                "recorders.*=1");
        assertError("--set cluster.*.x=1: error: '*' selects list elements, but 'cluster' is not a list",
                "cluster.*.x=1");
        assertError("--set recorders.*.maxStream=1: error: unknown key 'maxStream' (did you mean 'maxStreams'?)",
                "recorders.*.maxStream=1");
    }

    @Test
    void aBadGroupInAVaryIsReportedAsVary() throws Exception
    {
        Path file = Files.writeString(this.tmp.resolve("farm.yaml"), farm());
        ScenarioException e = assertThrows(ScenarioException.class, () -> Sweep.points(new ScenarioLoader(
                Catalog.builtIn()), file, List.of(), List.of(SweepAxis.parse("recorders.[rec-1,rec-x].maxStreams=4,6")),
                null));
        assertEquals("--vary recorders.[rec-1,rec-x].maxStreams=4: error: no element with id 'rec-x' in recorders"
                + " (ids: rec-1, rec-2, rec-3)", e.errors().get(0).toString());
    }

    @Test
    @DisplayName("a sweep of the seed runs each point with its own seed: the option's default never overrides a --vary")
    void aSweepOfTheSeedRunsEachSeed() throws Exception
    {
        Path file = Files.writeString(this.tmp.resolve("farm.yaml"), farm());
        List<Sweep.Point> points = Sweep.run(new ScenarioLoader(Catalog.builtIn()), file, List.of(),
                List.of(SweepAxis.parse("seed=3,4"), SweepAxis.parse("run.replications=1,2")), null, null, 2, null);
        assertEquals(List.of(3L, 3L, 4L, 4L), points.stream().map(p -> p.result().scenario().seed()).toList());
        assertEquals(List.of(1, 2, 1, 2), points.stream().map(p -> p.result().results().summary("calls.offered").n())
                .toList());
        assertTrue(points.get(0).result().results().summary("calls.offered").mean()
                != points.get(2).result().results().summary("calls.offered").mean(), "another seed, other calls");
    }

    private static void assertError(final String expected, final String set)
    {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load(farm(), set));
        assertEquals(expected, e.errors().get(0).toString());
    }

    @Test
    @DisplayName("run.trafficScale multiplies every stream's offered rate exactly, whether given by rate or per agent")
    void trafficScaleIsExactOnOfferedRates() throws ScenarioException
    {
        Scenario base = ScenarioText.load(farm());
        Scenario grown = ScenarioText.load(farm(), "run.trafficScale=1.37");
        assertEquals(900 / 3600.0, base.deployment().traffic().get(0).callsPerSecond(), 0.0);
        assertEquals(7 * 40 / 3600.0, base.deployment().traffic().get(1).callsPerSecond(), 0.0);
        for (int i = 0; i < 2; i++)
        {
            assertEquals(base.deployment().traffic().get(i).callsPerSecond() * 1.37,
                    grown.deployment().traffic().get(i).callsPerSecond(), 0.0);
        }
        // after --set: the factor scales the rate the override gave
        Scenario setThenScaled = ScenarioText.load(farm(), "traffic.c.rate=36/s", "run.trafficScale=0.5");
        assertEquals(18.0, setThenScaled.deployment().traffic().get(0).callsPerSecond(), 0.0);
        assertEquals(1.0, ScenarioText.load(farm(), "run.trafficScale=1").deployment().traffic().get(0)
                .callsPerSecond() * 4, 0.0);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load(farm(),
                "run.trafficScale=-1"));
        assertTrue(e.errors().get(0).toString().startsWith("--set run.trafficScale=-1: error: "), e.getMessage());
    }

    @Test
    @DisplayName("twice the traffic offers twice the calls: the scale reaches the simulation, not only the figures")
    void trafficScaleReachesTheSimulation() throws ScenarioException
    {
        double base = ScenarioRunner.run(ScenarioText.load(farm(), "run.replications=4"), 2, null).results()
                .summary("calls.offered").mean();
        double twice = ScenarioRunner.run(ScenarioText.load(farm(), "run.replications=4", "run.trafficScale=2"), 2,
                null).results().summary("calls.offered").mean();
        // Poisson counts: about 615 calls per replication at scale 1; four replications keep the ratio near 2
        assertEquals(2.0, twice / base, 0.12, base + " then " + twice);
    }

    @Test
    void targetsTakeStrictSignsAndPercentages()
    {
        SizingTarget below = SizingTarget.parse("recording.blockingProbability<1%");
        assertTrue(below.atMost());
        assertEquals(0.01, below.limit(), 1e-18);
        SizingTarget above = SizingTarget.parse("recording.coverage > 99.5 %");
        assertTrue(!above.atMost());
        assertEquals(0.995, above.limit(), 1e-15);
        assertEquals(0.01, SizingTarget.parse("recording.blockingProbability<=0.01").limit(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> SizingTarget.parse("recording.coverage>=99%%"));
    }

    @Test
    void aMisspeltTargetMetricGetsADidYouMean() throws Exception
    {
        Path file = Files.writeString(this.tmp.resolve("farm.yaml"), farm());
        Sizing.UnknownMetricException e = assertThrows(Sizing.UnknownMetricException.class, () -> Sizing.run(
                new ScenarioLoader(Catalog.builtIn()), file, List.of(), SweepAxis.parse("recorders.*.maxStreams=4,8"),
                List.of(SizingTarget.parse("recording.blockingProbabilty<1%")), 0.95, null, 2, 2, null));
        assertTrue(e.getMessage().contains("(did you mean 'recording.blockingProbability'?)"), e.getMessage());
    }

    /**
     * A circular route list over k recorders with route advance is one full-availability group: a leg that finds its
     * recorder full goes on to the next, so a session is refused only when all k × c session places are taken
     * (FarmAndMultiForkTest shows the blocking of such a farm is Erlang-B of k × c). A session takes two streams, one
     * per leg (R5): the per-recorder capacity in streams is twice the sessions. With A = 52 Erlang and a 1% target the
     * exact Erlang-B minimum is c* sessions in all, so each of 3 identical recorders needs ceil(c* / 3) sessions.
     */
    @Test
    @DisplayName("sizing recorders.* of a circular farm of 3 gives the Erlang-B minimum for 52 Erlang at 1%, shared by 3")
    void groupSizingOfACircularFarmMeetsErlangB() throws Exception
    {
        double erlangs = 52;
        int total = 1;
        while (ScenarioText.erlangB(total, erlangs) > 0.01)
        {
            total++;
        }
        int perRecorder = (total + 2) / 3;
        Path file = Files.writeString(this.tmp.resolve("farm.yaml"), """
                name: farm
                seed: 11
                run: { warmup: 1h, duration: 6h, replications: 20, interval: 15m }
                cluster: { builtInBridge: on, recordingSetupDelay: 0s }
                sites: [ { id: dc } ]
                recorders:
                  - { id: rec-1, site: dc, maxStreams: 2, maxSetupsPerSecond: 1000 }
                  - { id: rec-2, site: dc, maxStreams: 2, maxSetupsPerSecond: 1000 }
                  - { id: rec-3, site: dc, maxStreams: 2, maxSetupsPerSecond: 1000 }
                trunks: [ { id: t-1, to: rec-1 }, { id: t-2, to: rec-2 }, { id: t-3, to: rec-3 } ]
                routeLists: [ { id: farm, distribution: circular, trunks: [t-1, t-2, t-3] } ]
                recordingProfiles: [ { id: rp, routeList: farm } ]
                agentGroups: [ { id: a, site: dc, agents: 100000, line: { recording: automatic, profile: rp } } ]
                traffic: [ { id: c, group: a, rate: %s/h, direction: internal,
                             holdingTime: { dist: exponential, mean: 60s } } ]
                """.formatted(erlangs * 60));
        // candidate capacities in streams, two per session: 18 .. 26 sessions per recorder
        Sizing.Result result = Sizing.run(new ScenarioLoader(Catalog.builtIn()), file, List.of(),
                SweepAxis.parse("recorders.*.maxStreams=36..52:2"),
                List.of(SizingTarget.parse("recording.blockingProbability<1%")), 0.95, null, null, 2, null);
        assertEquals(66, total, "Erlang-B(66, 52) = 0.89% is the first at or below 1%");
        assertEquals(Integer.toString(2 * perRecorder), result.value(), "Erlang-B says " + perRecorder + " sessions per"
                + " recorder (" + total + " in all); evidence: " + result.evidence());
        assertEquals(Integer.toString(2 * (perRecorder - 1)), result.below());
        assertEquals(List.of(), result.warnings(), "bracketed by a failing value below: nothing to warn about");
    }

    @Test
    @DisplayName("sizing one recorder of a top-down route list warns that it does not bind: overflow absorbs it")
    void sizingAnElementThatDoesNotBindWarns() throws Exception
    {
        Path file = Files.writeString(this.tmp.resolve("farm.yaml"), FARM.formatted("top-down"));
        Sizing.Result result = Sizing.run(new ScenarioLoader(Catalog.builtIn()), file, List.of(),
                SweepAxis.parse("recorders.rec-1.maxStreams=2..20:2"),
                List.of(SizingTarget.parse("recording.blockingProbability<=0.01")), 0.95, null, null, 2, null);
        assertEquals("2", result.value(), "the others take what rec-1 cannot");
        assertEquals(2, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).startsWith("recorders.rec-1.maxStreams does not bind over this range"),
                result.warnings().get(0));
        assertTrue(result.warnings().get(1).startsWith("The answer is the smallest value tried"));
    }
}
