package forkcast.scenarios.cdr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.RecordingOption;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioLoader;

/** Each group's recording is taken from the recording legs of its agents' phones. */
class RecordingFitTest
{
    /** Three groups by directory number; a fourth cluster group (60xx) is left out of the map. */
    static final String MAP = """
            groups:
              north: { numbers: ["20[0-9][0-9]"] }
              south: { numbers: ["30[0-9][0-9]"] }
              east:  { numbers: ["40[0-9][0-9]"] }
            gateways: { gw-dc: { devices: ["GW-DC.*"] } }
            recordingTrunks: ["REC-.*"]
            """;

    @TempDir
    Path tmp;

    /**
     * The fixture: five days of one group's calls, from known parameters (CdrGenerator writes them deterministically
     * from the seed).
     *
     * @param agentBase the group's numbers, agentBase to agentBase + 99
     * @param recordedShare share of answered calls recorded; 0: none (no recording leg)
     */
    static CdrGenerator.Parameters group(final int agentBase, final double recordedShare, final long seed)
    {
        CdrGenerator.Parameters p = new CdrGenerator.Parameters();
        p.days = 5;
        p.callsPerHour = 40;
        // transfers would add consult calls to the model's BHCC that these generated CDRs do not have
        p.transferShare = 0;
        p.agentBase = agentBase;
        p.recorded = recordedShare > 0;
        p.recordedShare = recordedShare;
        p.seed = seed;
        return p;
    }

    /** The fixture's groups: north records every call, south none, east about half. */
    static List<CdrGenerator.Parameters> fixture()
    {
        return List.of(group(2000, 1, 11), group(3000, 0, 12), group(4000, 0.5, 13));
    }

    /** @return the files written, one per group, and the truth of each in the same order */
    static List<CdrGenerator.Truth> write(final Path dir, final List<CdrGenerator.Parameters> groups,
            final List<Path> files) throws Exception
    {
        List<CdrGenerator.Truth> truths = new ArrayList<>();
        for (CdrGenerator.Parameters p : groups)
        {
            Path file = dir.resolve("cdr_StandAloneCluster_01_202403040000_" + p.agentBase);
            truths.add(CdrGenerator.write(p, file));
            files.add(file);
        }
        return truths;
    }

    static CdrFit fit(final Path dir, final String map, final List<Path> files) throws Exception
    {
        Path mapFile = dir.resolve("map.yaml");
        Files.writeString(mapFile, map);
        CdrFit fit = new CdrFit(CdrMap.load(mapFile), 3600);
        for (Path f : files)
        {
            fit.read(f);
        }
        return fit;
    }

    static Scenario load(final Path dir, final FittedScenario.Output out) throws Exception
    {
        Path yaml = dir.resolve("fitted.yaml");
        Files.writeString(yaml, out.yaml());
        for (Map.Entry<String, String> e : out.dataFiles().entrySet())
        {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
        }
        return new ScenarioLoader(Catalog.builtIn()).load(yaml, List.of());
    }

    private static AgentGroupConfig group(final Scenario s, final String id)
    {
        return s.deployment().groups().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachGroupRecordsAsItsAgentsPhonesDid() throws Exception
    {
        List<CdrGenerator.Parameters> groups = new ArrayList<>(fixture());
        // a recorded group the map does not name: its recording legs belong to no group, counted and reported
        groups.add(group(6000, 1, 14));
        List<Path> files = new ArrayList<>();
        List<CdrGenerator.Truth> truth = write(this.tmp, groups, files);
        CdrFit.Result r = fit(this.tmp, MAP, files).result();

        GroupRecording north = r.recording().get("north");
        assertEquals(truth.get(0).recordingLegs, north.recordingLegs());
        assertEquals(2 * truth.get(0).answered, north.recordingLegs(), "two recording calls per answered call (R5)");
        assertEquals(truth.get(0).answered, north.answeredCalls());
        assertEquals(GroupRecording.Mode.AUTOMATIC, north.mode());

        GroupRecording south = r.recording().get("south");
        assertEquals(0, south.recordingLegs());
        assertEquals(truth.get(1).answered, south.answeredCalls());
        assertEquals(GroupRecording.Mode.DISABLED, south.mode());

        GroupRecording east = r.recording().get("east");
        assertEquals(truth.get(2).recordingLegs, east.recordingLegs());
        assertEquals(GroupRecording.Mode.SELECTIVE, east.mode());
        double share = truth.get(2).recordingLegs / 2.0 / truth.get(2).answered;
        assertEquals(share, east.share(), 1e-12);
        // the generator recorded each call with probability 0.5: the share lies within 3 binomial standard errors
        assertEquals(0.5, east.share(), 3 * Math.sqrt(0.25 / truth.get(2).answered), "east's share " + east.share());

        assertEquals(truth.get(3).recordingLegs, r.unattributedRecording());
        assertEquals(truth.get(3).legs - truth.get(3).recordingLegs, r.unmapped(), "the group's own legs are unmapped");
        long allRecordingLegs = truth.stream().mapToLong(t -> t.recordingLegs).sum();
        assertEquals(allRecordingLegs, r.recordingLegs(), "every recording leg still counts in the observed figures");

        FittedScenario.Output out = FittedScenario.write(r, "fitted", "fitted");
        assertTrue(out.yaml().contains("# recording legs attributed to no mapped group (the end away from the trunk is"
                + " no agent of the map): " + truth.get(3).recordingLegs + "\n"), out.yaml());
        assertTrue(out.yaml().contains("# south: 0 recording legs from its agents' phones = 0 sessions (two recording"
                + " calls each, R5) for " + truth.get(1).answered + " answered calls: nothing recorded, recording"
                + " disabled\n"), out.yaml());
        Scenario s = load(this.tmp, out);
        assertEquals(RecordingOption.AUTOMATIC, group(s, "north").line().recording());
        assertEquals(RecordingOption.DISABLED, group(s, "south").line().recording());
        assertEquals(RecordingOption.SELECTIVE, group(s, "east").line().recording());
        assertEquals(share, group(s, "east").selective().share(), 1e-6, "the share as written, to six digits");
    }

    @Test
    void withoutRecordingTrunksInTheMapRecordingStaysAMarkedPlaceholder() throws Exception
    {
        List<Path> files = new ArrayList<>();
        write(this.tmp, fixture(), files);
        CdrFit.Result r = fit(this.tmp, MAP.replace("recordingTrunks: [\"REC-.*\"]\n", ""), files).result();
        assertEquals(0, r.recordingLegs());
        FittedScenario.Output out = FittedScenario.write(r, "fitted", "fitted");
        assertTrue(out.yaml().contains("# south: recording automatic is a placeholder: the map names no recording"
                + " trunk, so the CDRs do not tell which calls were recorded\n"), out.yaml());
        assertTrue(!out.yaml().contains("attributed to no mapped group"), "nothing to attribute: " + out.yaml());
        Scenario s = load(this.tmp, out);
        for (String g : List.of("north", "south", "east"))
        {
            assertEquals(RecordingOption.AUTOMATIC, group(s, g).line().recording(), g);
        }
    }

    @Test
    void theShareDecidesTheMode()
    {
        assertEquals(GroupRecording.Mode.DISABLED, new GroupRecording(0, 100).mode());
        assertEquals(GroupRecording.Mode.SELECTIVE, new GroupRecording(2, 100).mode());
        assertEquals(GroupRecording.Mode.SELECTIVE, new GroupRecording(188, 100).mode(), "94 sessions of 100 calls");
        assertEquals(GroupRecording.Mode.AUTOMATIC, new GroupRecording(190, 100).mode(), "95 of 100");
        assertEquals(GroupRecording.Mode.AUTOMATIC, new GroupRecording(260, 100).mode(), "sessions restarted in calls");
        assertEquals(GroupRecording.Mode.AUTOMATIC, new GroupRecording(4, 0).mode(), "recorded, no answered call");
        assertEquals(0.47, new GroupRecording(94, 100).share(), 1e-12);
    }
}
