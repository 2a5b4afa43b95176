package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A run on an empirical distribution names its data file's hash in run.json; a bad data file writes nothing. */
class EmpiricalRunCliTest
{
    private static final String SCENARIO = """
            name: empirical-run
            run: { warmup: 1m, duration: 10m, replications: 2, interval: 5m }
            sites: [ { id: dc } ]
            recorders: [ { id: rec, site: dc, maxStreams: 100 } ]
            trunks: [ { id: t, to: rec } ]
            recordingProfiles: [ { id: rp, trunk: t } ]
            agentGroups: [ { id: a, site: dc, agents: 20, line: { recording: automatic, profile: rp } } ]
            traffic: [ { id: c, group: a, rate: 120/h, holdingTime: { dist: empirical, file: holding.csv } } ]
            """;

    @TempDir
    Path tmp;

    @Test
    void runJsonNamesTheDataFileAndItsSha256() throws Exception
    {
        Files.writeString(this.tmp.resolve("holding.csv"), "30\n60\n90\n240\n");
        Path scenario = this.tmp.resolve("s.yaml");
        Files.writeString(scenario, SCENARIO);
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode manifest = JsonMapper.shared().readTree(out.resolve("run.json").toFile());
        JsonNode file = manifest.get("dataFiles").get(0);
        assertEquals("holding.csv", file.get("file").asString());
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(this.tmp.resolve("holding.csv"))));
        assertEquals(expected, file.get("sha256").asString());
    }

    @Test
    void aBadDataFileExitsTwoNamingFileAndLineAndWritesNothing() throws Exception
    {
        Files.writeString(this.tmp.resolve("holding.csv"), "30\n60\n-1\n");
        Path scenario = this.tmp.resolve("s.yaml");
        Files.writeString(scenario, SCENARIO);
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, cli.exitCode);
        assertTrue(cli.err.contains(this.tmp.resolve("holding.csv") + ":3:1: error: empirical distribution: a duration"
                + " in seconds must not be negative: -1"), cli.err);
        assertFalse(cli.err.contains("Exception"), cli.err);
        assertFalse(Files.exists(out), "nothing written");
    }
}
