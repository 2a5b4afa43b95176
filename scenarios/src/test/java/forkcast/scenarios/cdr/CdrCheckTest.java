package forkcast.scenarios.cdr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.DurationDistribution;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.ScenarioRunner;

/** A scenario fitted from generated CDRs simulates the CDRs' own busy-hour and peak figures. */
class CdrCheckTest
{
    @TempDir
    Path tmp;

    @Test
    void aScenarioFittedFromCdrsAgreesWithTheirBusyHourAndPeaks() throws Exception
    {
        CdrGenerator.Parameters p = new CdrGenerator.Parameters();
        p.days = 7;
        // transfers would add consult calls to the model's BHCC that these generated CDRs do not have
        p.transferShare = 0;
        // each verdict is a 5% test, so about one figure in twenty differs by chance: when this was written, seeds 1,
        // 2 and 4 agreed on every figure, seed 3 differed on both peaks (p 0.03, model higher) and seed 17 on the
        // agents' peak (p 0.03, model lower); the busy-hour figures agreed on all five
        p.seed = 1;
        Path cdr = this.tmp.resolve("cdr_StandAloneCluster_01_202403040000_1");
        CdrGenerator.write(p, cdr);
        Path map = this.tmp.resolve("map.yaml");
        Files.writeString(map, CdrFitTest.MAP);
        CdrFit fit = new CdrFit(CdrMap.load(map), 3600);
        fit.read(cdr);
        CdrFit.Result cdrs = fit.result();
        FittedScenario.Output out = FittedScenario.write(cdrs, "fitted", "fitted");
        Path yaml = this.tmp.resolve("fitted.yaml");
        Files.writeString(yaml, out.yaml());
        for (Map.Entry<String, String> e : out.dataFiles().entrySet())
        {
            Files.writeString(this.tmp.resolve(e.getKey()), e.getValue());
        }
        Scenario scenario = new ScenarioLoader(Catalog.builtIn()).load(yaml, List.of());
        RunResult run = ScenarioRunner.run(scenario, 2, null);
        List<CdrCheck.Row> rows = CdrCheck.compare(cdrs, run);
        assertEquals(List.of("bhcc.busyHour.agentCalls", "agents.agents-a.busy.peak", "bhcc.busyHour.recordingCalls",
                "recorder.rec-1.streams.peak"), rows.stream().map(CdrCheck.Row::metric).toList());
        for (CdrCheck.Row row : rows)
        {
            assertEquals("agrees", row.verdict(), row.figure() + ": observed " + row.observedMean() + " per day, simulated "
                    + row.simulated() + ", p " + row.pValue());
            assertTrue(row.observedMean() > 5, row.figure() + " is a real figure: " + row.observedMean());
        }
    }

    @Test
    void aScenarioFittedFromQueuedCdrsAgreesOnTheAbandonedCalls() throws Exception
    {
        // when this was written, every figure agreed for seeds 1 to 6 (abandoned calls: p 0.50 to 0.92)
        CdrGenerator.Parameters p = PatienceFitTest.queue();
        Path cdr = this.tmp.resolve("cdr_StandAloneCluster_01_202403040000_1");
        CdrGenerator.Truth truth = CdrGenerator.write(p, cdr);
        Path map = this.tmp.resolve("map.yaml");
        Files.writeString(map, PatienceFitTest.MAP);
        CdrFit fit = new CdrFit(CdrMap.load(map), 3600);
        fit.read(cdr);
        CdrFit.Result cdrs = fit.result();
        FittedScenario.Output out = FittedScenario.write(cdrs, "fitted", "fitted");
        Path yaml = this.tmp.resolve("fitted.yaml");
        Files.writeString(yaml, out.yaml());
        for (Map.Entry<String, String> e : out.dataFiles().entrySet())
        {
            Files.writeString(this.tmp.resolve(e.getKey()), e.getValue());
        }
        // it validates as written: the group has the observed staffing and a queue with the fitted patience
        Scenario scenario = new ScenarioLoader(Catalog.builtIn()).load(yaml, List.of());
        AgentGroupConfig group = scenario.deployment().groups().get(0);
        assertEquals(p.agents, group.agents());
        assertEquals(DurationDistribution.Kind.EXPONENTIAL, group.patience().kind());
        assertEquals(cdrs.patience().get("agents-a").meanPatience(), group.patience().a(), 1e-3);
        RunResult run = ScenarioRunner.run(scenario, 2, null);
        List<CdrCheck.Row> rows = CdrCheck.compare(cdrs, run);
        assertEquals(List.of("bhcc.busyHour.agentCalls", "agents.agents-a.busy.peak", "bhcc.busyHour.recordingCalls",
                "recorder.rec-1.streams.peak", "calls.abandoned"), rows.stream().map(CdrCheck.Row::metric).toList());
        CdrCheck.Row abandoned = rows.get(4);
        assertEquals((double) truth.abandoned / p.days, abandoned.observedMean(), 1e-9);
        for (CdrCheck.Row row : rows)
        {
            assertEquals("agrees", row.verdict(), row.figure() + ": observed " + row.observedMean() + " per day, simulated "
                    + row.simulated() + ", p " + row.pValue());
        }

        // the figure can fail: callers ten times as patient abandon far less often than the CDRs show
        Scenario patient = new ScenarioLoader(Catalog.builtIn()).load(yaml,
                List.of("agentGroups.agents-a.queue.patience.mean=" + 10 * p.meanPatience + "s"));
        CdrCheck.Row fewer = CdrCheck.compare(cdrs, ScenarioRunner.run(patient, 2, null)).get(4);
        assertEquals("lower in the model", fewer.verdict(), fewer.toString());
    }

    @Test
    void aScenarioFittedFromGroupsRecordedDifferentlyAgreesOnTheRecordingCalls() throws Exception
    {
        // north records every call, south none, east about half: each group's recording is fitted from its agents'
        // recording legs. When this was written, both figures agreed for these seeds (p 0.91 busy hour, 0.066 peak);
        // over 17 sets (each seed +10 k) each figure agreed in 16, as a 5% test should (docs/cdr-fit.md, --check)
        List<java.nio.file.Path> files = new java.util.ArrayList<>();
        RecordingFitTest.write(this.tmp, RecordingFitTest.fixture(), files);
        CdrFit.Result cdrs = RecordingFitTest.fit(this.tmp, RecordingFitTest.MAP, files).result();
        Scenario scenario = RecordingFitTest.load(this.tmp, FittedScenario.write(cdrs, "fitted", "fitted"));
        List<CdrCheck.Row> rows = CdrCheck.compare(cdrs, ScenarioRunner.run(scenario, 2, null));
        List<CdrCheck.Row> recording = rows.stream().filter(r -> r.metric().equals("bhcc.busyHour.recordingCalls")
                || r.metric().equals("recorder.rec-1.streams.peak")).toList();
        assertEquals(2, recording.size(), rows.toString());
        for (CdrCheck.Row row : recording)
        {
            assertEquals("agrees", row.verdict(), row.figure() + ": observed " + row.observedMean() + " per day, simulated "
                    + row.simulated() + ", p " + row.pValue());
        }

        // the figure can fail: recording every call, as the placeholder did, is found higher in the model
        Scenario everyCall = new ScenarioLoader(Catalog.builtIn()).load(this.tmp.resolve("fitted.yaml"),
                List.of("agentGroups.south.line.recording=automatic", "agentGroups.south.line.profile=rp-main",
                        "agentGroups.east.selective.share=1"));
        CdrCheck.Row busyHour = CdrCheck.compare(cdrs, ScenarioRunner.run(everyCall, 2, null)).stream()
                .filter(r -> r.metric().equals("bhcc.busyHour.recordingCalls")).findFirst().orElseThrow();
        assertEquals("higher in the model", busyHour.verdict(), busyHour.toString());
    }

    @Test
    void aScenarioWithHalfTheTrafficIsFoundLower() throws Exception
    {
        CdrGenerator.Parameters p = new CdrGenerator.Parameters();
        p.days = 7;
        p.transferShare = 0;
        Path cdr = this.tmp.resolve("cdr_StandAloneCluster_01_202403040000_1");
        CdrGenerator.write(p, cdr);
        Path map = this.tmp.resolve("map.yaml");
        Files.writeString(map, CdrFitTest.MAP);
        CdrFit fit = new CdrFit(CdrMap.load(map), 3600);
        fit.read(cdr);
        CdrFit.Result cdrs = fit.result();
        Path yaml = this.tmp.resolve("fitted.yaml");
        Files.writeString(yaml, FittedScenario.write(cdrs, "fitted", "fitted").yaml());
        Scenario scenario = new ScenarioLoader(Catalog.builtIn()).load(yaml,
                List.of("traffic.agents-a-inbound-gw-dc.rate=" + 0.5 * p.callsPerHour * 0.95 + "/h"));
        RunResult run = ScenarioRunner.run(scenario, 2, null);
        CdrCheck.Row busyHour = CdrCheck.compare(cdrs, run).get(0);
        assertEquals("lower in the model", busyHour.verdict(), busyHour.toString());
    }
}
