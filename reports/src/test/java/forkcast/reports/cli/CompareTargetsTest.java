package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A comparison judges every target of the scenario as the run does: the baseline's column gives each target the
 * verdict a run of the same scenario, seed and replications gives it (the comparison left out the links' and
 * recorders' targets, and so said "0 OVER/FULL" of a baseline whose run misses three link targets), and names each
 * target as the run names it (its label, not its metric's name).
 */
class CompareTargetsTest
{
    @TempDir
    Path tmp;

    @Test
    void theBaselinesTargetsHaveTheRunsVerdicts() throws Exception
    {
        String example = RunCommandTest.EXAMPLES.resolve("branch-phone-vs-network.yaml").toString();
        Path run = this.tmp.resolve("run");
        assertEquals(0, Cli.run("run", example, "--out", run.toString(), "--replications", "3", "--quiet").exitCode);
        Path compare = this.tmp.resolve("compare");
        Cli cli = Cli.run("compare", example, "--out", compare.toString(), "--replications", "3", "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        Map<String, String> baseline = new HashMap<>();
        Matcher row = Pattern.compile("<tr class=\"[^\"]*\"><td>([^<]*)</td><td class=\"[^\"]*\"><span class=\"status"
                + " [a-z]*\">([A-Z]+)</span>").matcher(Files.readString(compare.resolve("report.html")));
        while (row.find())
        {
            baseline.put(row.group(1).replaceFirst(" [≤≥] .*$", ""), row.group(2));
        }
        JsonNode targets = JsonMapper.shared().readTree(run.resolve("summary.json").toFile()).get("targets");
        assertTrue(targets.size() > 2, "the example has link and recorder targets besides blocking and coverage");
        for (JsonNode t : targets)
        {
            assertEquals(t.get("verdict").asString(), baseline.get(t.get("label").asString()),
                    t + " in the comparison's baseline column: " + baseline);
        }
    }
}
