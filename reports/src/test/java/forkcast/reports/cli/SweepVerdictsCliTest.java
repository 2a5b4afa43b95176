package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's verdicts answer the swept question: beside each point's overall verdict, the verdict of the targets the
 * varied path moves, in the terminal and the report, which lists the scenario's own targets.
 */
class SweepVerdictsCliTest
{
    private static final String UTILISATION = "bandwidth.link.wan-north.utilization";

    @TempDir
    Path tmp;

    /**
     * Recorders cut to 100 streams are full at every point, so every point is OVER overall; the link's own target,
     * 70% here (and coverage 98%), tells the sizes that meet it from those that do not, by its mean and 95% interval
     * in sweep.csv.
     */
    @Test
    void theVariedLinksTargetIsJudgedBesideTheOverallVerdict() throws Exception
    {
        Path out = this.tmp.resolve("sweep");
        Cli cli = Cli.run("sweep", RunCommandTest.EXAMPLES.resolve("branch-phone-vs-network.yaml").toString(),
                "--vary", "links.wan-north.mbps=20,32", "--set", "recorders.*.maxStreams=100", "--set",
                "links.*.mbps=30", "--set", "targets.coverage=0.98", "--set", "targets.linkUtilisation=0.7",
                "--replications", "3", "--out", out.toString());
        assertEquals(0, cli.exitCode, cli.err);
        List<String> lines = cli.out.lines().toList();
        lines.forEach(l -> assertTrue(l.length() <= SweepTable.WIDTH, l.length() + " columns: " + l));
        assertTrue(lines.get(0).matches("mbps +\\[1\\] %.* dependent +verdict"), lines.get(0));
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        List<String> expected = new java.util.ArrayList<>();
        for (String mbps : List.of("20", "32"))
        {
            String[] f = csv.stream().filter(l -> l.startsWith(mbps + "," + UTILISATION + ",")).findFirst()
                    .orElseThrow().split(",");
            String status = Double.parseDouble(f[3]) > 0.7 ? "OVER" : Double.parseDouble(f[5]) > 0.7 ? "NEAR" : "OK";
            expected.add(status);
            String row = lines.stream().filter(l -> l.startsWith(mbps + " ")).findFirst().orElseThrow();
            assertTrue(row.matches(".*  " + status + " +OVER"), "link target " + status + ", recorders full: " + row);
        }
        assertEquals(List.of("OVER", "OK"), expected, "20 Mbit/s misses the 70% target, 32 meets it: " + csv);
        String flat = cli.out.replaceAll("\\R +", " ");
        assertTrue(flat.contains("dependent: the worst of the targets on what the varied values move (link wan-north"
                + " utilisation (peak, busier direction) ≤ 70.0%)"), cli.out);

        String html = Files.readString(out.resolve("report.html"));
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("<p class=\"muted\" id=\"targets-used\">"
                + "Targets used: ([^<]*)\\.</p>").matcher(html);
        assertTrue(used.find(), "the report lists the targets it judged by");
        assertTrue(used.group(1).contains("recording coverage ≥ 98.0%")
                && used.group(1).contains("link wan-north utilisation (peak, busier direction) ≤ 70.0%")
                && used.group(1).contains("recording blocking ≤ 1.0%"), used.group(1));
        assertFalse(html.contains("coverage ≥ 99%") || html.contains("link peak ≤ 80%"), "no fixed targets");
        java.util.regex.Matcher dependent = java.util.regex.Pattern.compile(
                "<td class=\"status dep-([a-z]+)\">([^<]*)</td><td class=\"verdict\">(OVER|FULL)").matcher(html);
        List<String> shown = new java.util.ArrayList<>();
        while (dependent.find())
        {
            assertEquals(dependent.group(1), dependent.group(2).toLowerCase(java.util.Locale.ROOT));
            shown.add(dependent.group(2));
        }
        assertEquals(expected, shown, "the report's column, in the points' order");
    }

    /**
     * At 8 Mbit/s the branch link misses its target (OVER) while the recorder, cut to 130 streams, is NEAR its rating:
     * the point's verdict lists each under its own status, the worst first ("OVER: link ... NEAR: recorder ..."); the
     * recorder was listed after "OVER:", which read as over.
     */
    @Test
    void eachItemOfAPointsVerdictStandsUnderItsOwnStatus() throws Exception
    {
        Path out = this.tmp.resolve("grouped");
        Cli cli = Cli.run("sweep", RunCommandTest.QUICKSTART.toString(), "--vary", "links.wan-branch.mbps=8,24",
                "--set", "recorders.rec-a.maxStreams=130", "--replications", "2", "--out", out.toString(), "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        java.util.regex.Matcher verdicts = java.util.regex.Pattern.compile("<td class=\"verdict\">([^<]*)</td>")
                .matcher(Files.readString(out.resolve("report.html")));
        assertTrue(verdicts.find());
        String narrow = verdicts.group(1);
        assertTrue(narrow.matches("OVER: link wan-branch [\\d.]+% \\(target ≤ 80\\.0%\\)\\."
                + " NEAR: recorder rec-a streams \\([\\d.]+%\\)"), narrow);
        assertTrue(verdicts.find());
        assertTrue(verdicts.group(1).matches("NEAR: recorder rec-a streams \\([\\d.]+%\\)"), verdicts.group(1));
    }
}
