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
 * A rating the scenario leaves to a catalog figure marked as an assumption (a CUBE platform's planning figures: no Cisco
 * multi-fork rating is published) reads as assumed where it is judged, in the terminal and in the report, so that a
 * buyer does not take 10000 for a Cisco rating; a rating the scenario gives does not.
 */
class AssumedRatingCliTest
{
    private static final Path TWINS = Path.of("src", "test", "resources", "setup-twins.yaml");

    @TempDir
    Path tmp;

    @Test
    void aCatalogAssumptionIsMarkedBesideTheRating() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", TWINS.toString(), "--out", out.toString(), "--replications", "2");
        assertEquals(0, cli.exitCode, cli.err);
        List<String> lines = List.of(cli.out.replaceAll("\\R {3,}", " ").split("\\R"));
        String sessions = lines.stream().filter(l -> l.contains("CUBE cube sessions (dialogs): peak")).findFirst()
                .orElseThrow(() -> new AssertionError(cli.out));
        assertTrue(sessions.contains(" of 10000 (assumed)"), sessions);
        String rate = lines.stream().filter(l -> l.contains("CUBE cube set-up rate")).findFirst().orElseThrow();
        assertTrue(rate.endsWith(" of 100.0% (assumed)"), rate);
        assertTrue(lines.stream().filter(l -> l.contains("recorder rec-up streams: peak")).noneMatch(
                l -> l.contains("assumed")), "the scenario's own maxStreams is no assumption: " + cli.out);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<td>CUBE cube sessions (dialogs)</td><td class=\"num\">10,000 (assumed)</td>"),
                "the report's verdict table marks it");
        assertFalse(html.contains("<td class=\"num\">1,000 (assumed)</td>"), "and only it");

        Path given = this.tmp.resolve("given");
        Cli own = Cli.run("run", TWINS.toString(), "--out", given.toString(), "--replications", "2", "--set",
                "cubes.cube.maxSessions=10000", "--set", "cubes.cube.maxSetupsPerSecond=100");
        assertEquals(0, own.exitCode, own.err);
        assertFalse(own.out.contains("(assumed)"), "the same figures given by the scenario are its own: " + own.out);
    }

    /** A comparison's verdicts say it too, in every alternative that leaves the CUBE to its platform. */
    @Test
    void aComparisonMarksItToo() throws Exception
    {
        Path out = this.tmp.resolve("compare");
        Cli cli = Cli.run("compare", RunCommandTest.EXAMPLES.resolve("branch-phone-vs-network.yaml").toString(), "--out",
                out.toString(), "--replications", "2");
        assertEquals(0, cli.exitCode, cli.err);
        String html = Files.readString(out.resolve("report.html"));
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<td>CUBE cube-dc sessions \\(dialogs\\)</td>(.*?)"
                + "</tr>").matcher(html);
        assertTrue(row.find(), "the CUBE's verdict row");
        assertEquals(3, row.group(1).split("of 5,000 \\(assumed\\)</span>", -1).length - 1, row.group(1));
        assertFalse(html.matches("(?s).*of 400 \\(assumed\\).*"), "a recorder's maxStreams is the scenario's");
    }
}
