package forkcast.reports.cli;

import static forkcast.reports.cli.ReportSections.section;
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
 * Sweeps, sizings and comparisons that answer: what they chart depends on what is varied, no section is left empty,
 * verdicts are given, and the report says how to reproduce it.
 */
class AnsweringBatchesCliTest
{
    private static final String QUICKSTART = RunCommandTest.QUICKSTART.toString();

    @TempDir
    Path tmp;

    @Test
    void aLinkSweepChartsTheLinksUtilisationWithItsTargetAndJudgesEveryPoint() throws Exception
    {
        Path out = this.tmp.resolve("sweep");
        Cli cli = Cli.run("sweep", QUICKSTART, "--vary", "links.wan-branch.mbps=24,8,16", "--replications", "2",
                "--out", out.toString());
        assertEquals(0, cli.exitCode, cli.err);
        String html = Files.readString(out.resolve("report.html"));
        String curves = section(html, "curves");
        assertTrue(curves.contains("id=\"chart-sweep-bandwidth-link-wan-branch-utilization\""), curves);
        assertTrue(curves.contains("planning target (≤ 80.0%)"), "the target line is drawn and named");
        assertTrue(Files.readString(out.resolve("charts/sweep-bandwidth-link-wan-branch-utilization.svg"))
                .contains("target ≤ 80.0%"));
        assertFalse(curves.contains("chart-sweep-bhcc"), "BHCC does not depend on a link's size");
        String points = section(html, "points");
        assertTrue(points.contains("Link wan-branch: peak of the busier direction over the link&#39;s capacity"
                + " <small>(%)</small>"), "human label and unit");
        // sorted by the varied value, whatever order --vary gave
        int at8 = points.indexOf("<td>8</td>");
        int at16 = points.indexOf("<td>16</td>");
        int at24 = points.indexOf("<td>24</td>");
        assertTrue(at8 > 0 && at8 < at16 && at16 < at24, points);
        assertTrue(points.contains("class=\"verdict\">OVER: link wan-branch"), "8 Mbit/s is too small: " + points);
        String reproduce = section(html, "reproduce");
        assertTrue(reproduce.contains("42 (every point on the same traffic)"), "the seed actually used");
        assertTrue(reproduce.contains("forkcast sweep"), reproduce);
        assertTrue(Files.readString(out.resolve("batch.txt")).contains("seed: 42\n"), "never seed: null");
    }

    @Test
    void aSweepWhoseValuesAreNotNumbersSaysWhyItDrawsNoCurve() throws Exception
    {
        Path out = this.tmp.resolve("sweep");
        Cli cli = Cli.run("sweep", QUICKSTART, "--vary", "cluster.builtInBridge=on,off", "--replications", "2",
                "--out", out.toString());
        assertEquals(0, cli.exitCode, cli.err);
        String curves = section(Files.readString(out.resolve("report.html")), "curves");
        assertTrue(curves.contains("No curve: the values of cluster.builtInBridge are not numbers (on, off)"), curves);
        assertFalse(curves.contains("<figure"));
        String points = section(Files.readString(out.resolve("report.html")), "points");
        assertTrue(points.contains("OVER: recording.blockingProbability 100.0% (target ≤ 1.0%)"),
                "without built-in bridges nothing records: " + points);
    }

    @Test
    void aGroupSweepWithTrafficGrowthNamesItsMembersAndOverrides() throws Exception
    {
        Path out = this.tmp.resolve("sweep");
        Cli cli = Cli.run("sweep", QUICKSTART, "--vary", "recorders.*.maxStreams,trunks.*.maxDialogs=100,200",
                "--scale-traffic", "1.5", "--metric", "calls.offered", "--replications", "2", "--out", out.toString());
        assertEquals(0, cli.exitCode, cli.err);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("sets, to the same value: <code>recorders.rec-a.maxStreams</code>"
                + " <code>trunks.t-rec-a.maxDialogs</code>"), html);
        String curves = section(html, "curves");
        assertTrue(curves.contains("chart-sweep-recorder-rec-a-streams-peak"), "the recorder's occupancy");
        assertTrue(curves.contains("chart-sweep-recording-blockingProbability"));
        assertTrue(curves.contains("chart-sweep-calls-offered"), "--metric is charted too");
        assertTrue(section(html, "reproduce").contains("<code>--set run.trafficScale&#61;1.5</code>"));
        assertTrue(Files.readString(out.resolve("batch.txt")).contains("set: run.trafficScale=1.5\n"));
    }

    @Test
    void aMisspeltSweepMetricIsRefusedWithADidYouMeanAndNothingIsWritten() throws Exception
    {
        Path out = this.tmp.resolve("sweep");
        Cli cli = Cli.run("sweep", QUICKSTART, "--vary", "links.wan-branch.mbps=10,20", "--metric", "calls.ofered",
                "--replications", "2", "--out", out.toString());
        assertEquals(2, cli.exitCode, cli.err);
        assertEquals("forkcast sweep: --metric: no metric 'calls.ofered' is declared (did you mean 'calls.offered'?)"
                + " (docs/metrics.md lists them)", cli.err.strip(), "refused before the sweep is announced");
        assertFalse(Files.exists(out.resolve("report.html")));
    }

    @Test
    void aSizingThatStopsAtTheSmallestValueWarnsAndAcceptsAPercentTarget() throws Exception
    {
        Path out = this.tmp.resolve("size");
        Cli cli = Cli.run("size", QUICKSTART, "--vary", "recorders.*.maxStreams=150..170:10", "--target",
                "recording.blockingProbability<1%", "--replications", "2", "--out", out.toString());
        assertEquals(0, cli.exitCode, cli.err);
        assertTrue(cli.out.contains("warning: The answer is the smallest value tried"), cli.out);
        JsonNode size = JsonMapper.builder().build().readTree(out.resolve("size.json").toFile());
        assertEquals("150", size.get("value").asString());
        assertEquals("recorders.rec-a.maxStreams", size.get("members").get(0).asString());
        assertEquals("recording.blockingProbability<=0.01", size.get("targets").get(0).asString());
        assertTrue(size.get("warnings").size() >= 1);
        assertEquals(42, size.get("seed").asLong());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("class=\"warning\""), "the warning is in the report too");
        assertTrue(section(html, "reproduce").contains("recording.blockingProbability&lt;1%"), "the command as given");
        assertTrue(Files.readString(out.resolve("batch.txt")).contains("seed: 42\nreplications: 2\n"));
    }

    @Test
    void aMisspeltTargetMetricGetsADidYouMean()
    {
        Cli cli = Cli.run("size", QUICKSTART, "--vary", "recorders.rec-a.maxStreams=150,160", "--target",
                "recording.blockingProbabilty<1%", "--replications", "2", "--out", this.tmp.resolve("s").toString());
        assertEquals(2, cli.exitCode, cli.err);
        assertTrue(cli.err.contains("no metric 'recording.blockingProbabilty' is declared (did you mean"
                + " 'recording.blockingProbability'?)"), cli.err);
    }

    @Test
    void aComparisonGivesVerdictsPerAlternativeAndAbsoluteValuesBesideDifferences() throws Exception
    {
        Path out = this.tmp.resolve("compare");
        Cli cli = Cli.run("compare", RunCommandTest.EXAMPLES.resolve("branch-phone-vs-network.yaml").toString(),
                "--replications", "3", "--out", out.toString());
        assertEquals(0, cli.exitCode, cli.err);
        assertTrue(cli.out.contains("link wan-east Mbit/s (busier direction): OVER → OK"),
                "gateway recording takes the forked streams off the WAN: " + cli.out);
        // three alternatives are a block per metric (CompareTable): a line per alternative, its value beside its difference
        java.util.List<String> lines = cli.out.lines().toList();
        int coverage = lines.indexOf("recording.coverage");
        assertTrue(coverage > 0 && lines.get(coverage + 2).matches("  gateway-recording +[0-9.]+% \\(\\+.*"),
                "the value beside the difference: " + cli.out);
        String html = Files.readString(out.resolve("report.html"));
        String verdicts = section(html, "verdicts");
        assertTrue(verdicts.contains("<td class=\"changed\"><span class=\"status ok\">OK</span>"), verdicts);
        assertTrue(section(html, "links").contains("The link&#39;s capacity: 20 Mbit/s each way."), "capacity");
        // one note where lines coincide, said once in a caption (the link charts said it twice in other words), and
        // naming the multi-fork line that lies under the baseline's on the WAN chart (it had no note)
        assertTrue(html.contains("Lines that coincide (one hides the others)"), "a note where series coincide");
        java.util.regex.Matcher captions = java.util.regex.Pattern.compile("<figcaption>(.*?)</figcaption>",
                java.util.regex.Pattern.DOTALL).matcher(html);
        while (captions.find())
        {
            String caption = captions.group(1).replace("&#61;", "=");
            assertTrue(caption.split("one hides|hiding", -1).length <= 2, "the note once: " + caption);
            if (caption.startsWith("Sum over every link"))
            {
                assertTrue(caption.contains("branch-phone-vs-network = multi-fork"), caption);
            }
        }
        assertTrue(section(html, "assumptions").contains("common random numbers"));
        // a scenario and its variants have the same traffic: said so, without a warning
        assertTrue(cli.err.replaceAll("\\s+", " ").contains("3 replications each on the same traffic"), cli.err);
        assertFalse(cli.out.contains("warning"), cli.out);
        assertTrue(html.contains("the same traffic for every alternative") && !html.contains("traffic-warning"));
        assertTrue(section(html, "scenario").contains("name: branch-phone-vs-network"));
    }
}
