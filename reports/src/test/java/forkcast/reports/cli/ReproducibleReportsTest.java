package forkcast.reports.cli;

import static forkcast.reports.cli.ReportSections.header;
import static forkcast.reports.cli.ReportSections.section;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run's and a comparison's report say how to make them again, as a sweep's and a sizing's do: the "Reproduce" block
 * (the command with every --set, the seed, the replications, the scenario file's SHA-256 as run.json gives it), the
 * overrides above the file as written, and every figure of the scenario as loaded with them. Reproduces a report
 * whose Scenario section showed the file without its --set values, no command, and a header of the file's agents.
 */
class ReproducibleReportsTest
{
    private static final String QUICKSTART = RunCommandTest.QUICKSTART.toString();

    private static final String BRANCHES = RunCommandTest.EXAMPLES.resolve("branch-phone-vs-network.yaml").toString();

    @TempDir
    Path tmp;

    @Test
    void aRunReportShowsItsOverridesCommandAndTheFiguresOfTheScenarioAsLoaded() throws Exception
    {
        Path out = this.tmp.resolve("run");
        Cli run = Cli.run("run", QUICKSTART, "--set", "agentGroups.agents.agents=30", "--set",
                "recorders.rec-a.maxStreams=50", "--replications", "2", "--seed", "5", "--out", out.toString(),
                "--threads", "1", "--quiet");
        assertEquals(0, run.exitCode, run.err);
        String html = Files.readString(out.resolve("report.html"));
        JsonNode manifest = JsonMapper.shared().readTree(out.resolve("run.json").toFile());

        String reproduce = section(html, "reproduce");
        assertTrue(reproduce.contains("<code>--set agentGroups.agents.agents&#61;30</code> <code>--set"
                + " recorders.rec-a.maxStreams&#61;50</code>"), reproduce);
        assertTrue(reproduce.contains("<code>forkcast run " + QUICKSTART + " --set agentGroups.agents.agents&#61;30"
                + " --set recorders.rec-a.maxStreams&#61;50 --replications 2 --seed 5</code>"),
                "the command, without --out, --threads and --quiet: " + reproduce);
        assertTrue(reproduce.contains("<tr><th>Seed</th><td>5</td></tr>"), reproduce);
        assertTrue(reproduce.contains("<tr><th>Replications</th><td>2</td></tr>"), reproduce);
        String sha = manifest.path("scenarioSha256").asString();
        assertEquals(64, sha.length(), "run.json has the file's hash");
        assertTrue(reproduce.contains("SHA-256 <code>" + sha + "</code>"), "the hash run.json has: " + reproduce);
        assertFalse(reproduce.contains("Varied"), "a run varies nothing");

        String scenario = section(html, "scenario");
        int overrides = scenario.indexOf("Overrides applied to the file");
        int first = scenario.indexOf("<li><code>--set agentGroups.agents.agents&#61;30</code></li>");
        int second = scenario.indexOf("<li><code>--set recorders.rec-a.maxStreams&#61;50</code></li>");
        int file = scenario.indexOf("<pre>");
        assertTrue(overrides >= 0 && overrides < first && first < second && second < file,
                "the overrides, labelled, in order, above the file: " + scenario);
        assertTrue(scenario.contains("The file as written"), scenario);
        assertTrue(scenario.substring(file).contains("agents: 60&#10;"), "the file as written, without the --set");

        String header = header(html);
        assertTrue(header.contains("<p class=\"meta\">30 agents · overrides of the file: <code>--set"
                + " agentGroups.agents.agents&#61;30</code>"), "the agents of the scenario as loaded: " + header);
        assertFalse(header.contains("60 agents ·"), header);
        assertTrue(section(html, "verdicts").contains("<tr><td>recorder rec-a streams</td><td class=\"num\">50</td>"),
                "the recorder's rating as overridden");
    }

    @Test
    void aRunWithoutOverridesSaysSoAndShowsOnlyTheFile() throws Exception
    {
        Path out = this.tmp.resolve("run");
        Cli run = Cli.run("run", QUICKSTART, "--replications", "2", "--out", out.toString(), "--quiet");
        assertEquals(0, run.exitCode, run.err);
        String html = Files.readString(out.resolve("report.html"));
        String reproduce = section(html, "reproduce");
        assertTrue(reproduce.contains("<tr><th>Overrides</th><td>none</td></tr>"), reproduce);
        assertTrue(reproduce.contains("<tr><th>Seed</th><td>42</td></tr>"), "the scenario's seed: " + reproduce);
        assertFalse(section(html, "scenario").contains("Overrides applied"), "nothing to label");
        assertTrue(header(html).contains("<p class=\"meta\">60 agents</p>"), header(html));
    }

    @Test
    void aComparisonReportShowsItsOverridesCommandAndTheFiguresOfTheScenariosAsLoaded() throws Exception
    {
        Path out = this.tmp.resolve("compare");
        Cli compare = Cli.run("compare", BRANCHES, "--set", "agentGroups.*.agents=40", "--set", "links.*.mbps=45",
                "--replications", "2", "--out", out.toString(), "--quiet");
        assertEquals(0, compare.exitCode, compare.err);
        String html = Files.readString(out.resolve("report.html"));
        JsonNode manifest = JsonMapper.shared().readTree(out.resolve("run.json").toFile());

        String reproduce = section(html, "reproduce");
        assertTrue(reproduce.contains("<code>forkcast compare " + BRANCHES + " --set &#39;agentGroups.*.agents&#61;40&#39;"
                + " --set &#39;links.*.mbps&#61;45&#39; --replications 2</code>"), "quoted for the shell: " + reproduce);
        assertTrue(reproduce.contains("<code>--set agentGroups.*.agents&#61;40</code> <code>--set links.*.mbps&#61;45"
                + "</code>"), reproduce);
        assertTrue(reproduce.contains("<tr><th>Seed</th><td>77 (every alternative on the same random streams)</td>"),
                reproduce);
        assertTrue(reproduce.contains("<tr><th>Replications</th><td>2 per alternative</td></tr>"), reproduce);
        // the variants share the one file: one line, with the hash run.json gives each of them
        String sha = manifest.path("scenarios").get(0).path("sha256").asString();
        assertEquals(64, sha.length());
        assertTrue(reproduce.contains("<code>branch-phone-vs-network, gateway-recording, multi-fork</code> from <code>"
                + BRANCHES + "</code> <span class=\"muted\">(SHA-256 <code>" + sha + "</code>"), reproduce);

        String scenarios = section(html, "scenario");
        int overrides = scenarios.indexOf("Overrides applied to every file");
        int links = scenarios.indexOf("<li><code>--set links.*.mbps&#61;45</code></li>");
        int file = scenarios.indexOf("<pre>");
        assertTrue(overrides >= 0 && overrides < links && links < file, scenarios);
        assertTrue(scenarios.substring(file).contains("agents: 80"), "the file as written");

        String header = header(html);
        assertTrue(header.contains("<p>120 agents · overrides of the files:"), "3 groups of 40: " + header);
        assertTrue(html.contains("The link&#39;s capacity: 45 Mbit/s each way."), "the links as overridden");
    }

    /**
     * {@code forkcast report} rebuilds the block from the run's command line in run.json, not its own: the same bytes,
     * with the run's --set and the override --scale-traffic stands for.
     */
    @Test
    void theRebuiltReportHasTheRunsReproduceBlock() throws Exception
    {
        Path out = this.tmp.resolve("run");
        Cli run = Cli.run("run", QUICKSTART, "--set", "recorders.rec-a.maxStreams=50", "--scale-traffic", "0.9",
                "--replications", "2", "--out", out.toString(), "--quiet");
        assertEquals(0, run.exitCode, run.err);
        byte[] report = Files.readAllBytes(out.resolve("report.html"));
        Files.delete(out.resolve("report.html"));

        Cli again = Cli.run("report", out.toString());
        assertEquals(0, again.exitCode, again.err);
        assertArrayEquals(report, Files.readAllBytes(out.resolve("report.html")), "report.html as the run wrote it");
        String reproduce = section(Files.readString(out.resolve("report.html")), "reproduce");
        assertTrue(reproduce.contains("<code>--set recorders.rec-a.maxStreams&#61;50</code> <code>--set"
                + " run.trafficScale&#61;0.9</code>"), reproduce);
        assertTrue(reproduce.contains("<code>forkcast run " + QUICKSTART + " --set recorders.rec-a.maxStreams&#61;50"
                + " --scale-traffic 0.9 --replications 2</code>"), "the run's command, not report's: " + reproduce);
    }
}
