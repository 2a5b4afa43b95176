package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** F7 and F9 in the outputs: the CAC table and verdict in the report, the catalog's new entries with sources. */
class LocationsCacReportTest
{
    @TempDir
    Path tmp;

    @Test
    @DisplayName("F7: a budgeted link gets a CAC table, a verdict and its metrics; a link without a budget gets none")
    void f7_reportShowsTheBudget() throws IOException
    {
        Path out = this.tmp.resolve("cac");
        // 1200 kbit/s is 15 G.711 calls' worth: the quickstart's calls and recording calls overrun it
        Cli cli = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--set", "links.wan-branch.cacKbps=1200",
                "--replications", "2", "--quiet", "--out", out.toString());
        assertEquals(0, cli.exitCode, cli.err);
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<section id=\"locations-cac\">"), "the CAC table");
        assertTrue(html.contains("link wan-branch locations-CAC budget (kbit/s)"), "the verdict row");
        JsonNode metrics = JsonMapper.shared().readTree(out.resolve("summary.json").toFile()).get("metrics");
        assertEquals(1200.0, metrics.get("cac.link.wan-branch.kbps.peak").get("max").asDouble(), 1e-9);
        assertTrue(metrics.get("cac.link.wan-branch.refusals").get("mean").asDouble() > 0);
        assertTrue(metrics.get("calls.blocked.cac").get("mean").asDouble()
                + metrics.get("recording.failed.location-cac").get("mean").asDouble() > 0);

        Path plain = this.tmp.resolve("plain");
        assertEquals(0, Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--replications", "1", "--quiet",
                "--out", plain.toString()).exitCode);
        assertFalse(Files.readString(plain.resolve("report.html"), StandardCharsets.UTF_8)
                .contains("id=\"locations-cac\""), "the quickstart has no CAC budget");
    }

    @Test
    @DisplayName("F7: a budget smaller than one deduction refuses every call with nothing in use, and its verdict is FULL")
    void f7_aBudgetThatRefusesIsFullWhereItsPeakNeverReachedIt() throws IOException
    {
        Path out = this.tmp.resolve("tiny");
        // 40 kbit/s: less than one G.711 (80) or G.729 (24 + the recording calls') deduction can ever use up
        Cli cli = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--set", "links.wan-branch.cacKbps=40",
                "--replications", "2", "--out", out.toString());
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode summary = JsonMapper.shared().readTree(out.resolve("summary.json").toFile());
        JsonNode metrics = summary.get("metrics");
        assertTrue(metrics.get("cac.link.wan-branch.refusals").get("mean").asDouble() > 0, "it refuses calls");
        assertTrue(metrics.get("cac.link.wan-branch.kbps.peak").get("max").asDouble() < 40, "short of the budget");
        String verdict = null;
        for (JsonNode v : summary.get("verdicts"))
        {
            if (v.get("label").asString().equals("link wan-branch locations-CAC budget (kbit/s)"))
            {
                verdict = v.get("verdict").asString();
            }
        }
        assertEquals("FULL", verdict, summary.get("verdicts").toString());
        assertTrue(cli.out.contains("FULL  link wan-branch locations-CAC budget (kbit/s)"), cli.out);
        assertTrue(cli.out.replaceAll("\\s+", " ").contains("(refused work short of it: max"), "not 'reached': " + cli.out);
    }

    @Test
    @DisplayName("F7, F9: forkcast catalog lists the CAC deductions and the CUBE set-up rates with their sources")
    void f7_f9_catalogListsTheNewEntries()
    {
        Cli cli = Cli.run("catalog");
        assertEquals(0, cli.exitCode, cli.err);
        assertTrue(cli.out.contains("locations CAC deduction per call"), cli.out);
        assertTrue(cli.out.contains("G711     80 kbit/s per call"), cli.out);
        assertTrue(cli.out.contains("G729     24 kbit/s per call"), cli.out);
        assertTrue(cli.out.contains("iLBC     31.2 kbit/s per call"), cli.out);
        assertTrue(cli.out.contains("source: assumption: not in CUCM's table"), "unsourced deductions are marked");
        assertTrue(cli.out.contains("5000 dialogs, 40 set-ups/s"), cli.out);
        assertTrue(cli.out.contains("cubeCallMovementDerating"), cli.out);
    }
}
