package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The breakdown tables give calls and sessions one decimal and Mbit/s two, as the key metrics do (significant digits
 * showed 8,304 established beside 172.4 failed, and 0 beside 907.0).
 */
class BreakdownFiguresTest
{
    @TempDir
    Path tmp;

    @Test
    void everyCountHasOneDecimalAndBandwidthTwo() throws Exception
    {
        Path out = this.tmp.resolve("run");
        Cli cli = Cli.run("run", RunCommandTest.EXAMPLES.resolve("contact-centre.yaml").toString(), "--out",
                out.toString(), "--replications", "2", "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        String html = Files.readString(out.resolve("report.html"));
        String section = html.substring(html.indexOf("<section id=\"breakdowns\">"), html.indexOf("</section>",
                html.indexOf("<section id=\"breakdowns\">")));
        Matcher row = Pattern.compile("<tr><td>[^<]*</td>((?:<td class=\"num\">[^<]*</td>){9})<td>([^<]*)</td></tr>")
                .matcher(section);
        int rows = 0;
        while (row.find())
        {
            rows++;
            Matcher cell = Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(row.group(1));
            for (int column = 0; cell.find(); column++)
            {
                String expected = column < 5 ? "[\\d,]+\\.\\d" : column < 7 ? "\\d+\\.\\d%" : "[\\d,]+\\.\\d\\d";
                assertTrue(cell.group(1).matches(expected), "column " + column + ": " + cell.group(1) + " in " + row.group());
            }
            assertTrue(row.group(2).equals("–") || row.group(2).matches("([a-z-]+ [\\d,]+\\.\\d(, )?)+"), row.group(2));
        }
        assertTrue(rows >= 3, "a row per site, agent group and mode: " + section);
    }

    /**
     * The branch's phones fork to a CUBE that copies to two recorders: the per-site table gives what the phones send
     * (breakdown.site.&lt;id&gt;.sourceForkMbps) beside what the CUBE and recorders receive (forkMbps, three times as
     * much), each under its own heading, so that the copies' sum is not taken for the site's forked streams.
     */
    @Test
    void aSitesForkedStreamsAreShownOnceBesideWhatCubesAndRecordersReceive() throws Exception
    {
        Path out = this.tmp.resolve("multi-fork");
        Cli cli = Cli.run("run", RunCommandTest.EXAMPLES.resolve("branch-phone-vs-network.yaml").toString(), "--out",
                out.toString(), "--replications", "2", "--set", "recordingProfiles.rp-farm.routeList=null", "--set",
                "recordingProfiles.rp-farm.trunk=t-cube", "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        String html = Files.readString(out.resolve("report.html"));
        String section = html.substring(html.indexOf("<section id=\"breakdowns\">"), html.indexOf("</section>",
                html.indexOf("<section id=\"breakdowns\">")));
        assertTrue(section.contains("<th>Coverage</th><th>Forked at source, Mbit/s (mean)</th><th>Into CUBEs and"
                + " recorders, Mbit/s (mean)</th>"), section);
        JsonNode summary = JsonMapper.shared().readTree(out.resolve("summary.json").toFile()).get("metrics");
        Matcher north = Pattern.compile("<tr><td>north</td>(?:<td class=\"num\">[^<]*</td>){7}"
                + "<td class=\"num\">([^<]*)</td><td class=\"num\">([^<]*)</td>").matcher(section);
        assertTrue(north.find(), section);
        double source = Double.parseDouble(north.group(1));
        double received = Double.parseDouble(north.group(2));
        assertEquals(summary.get("breakdown.site.north.sourceForkMbps.mean").get("mean").asDouble(), source, 0.005,
                "the site's source figure");
        assertEquals(summary.get("breakdown.site.north.forkMbps.mean").get("mean").asDouble(), received, 0.005,
                "what is received");
        assertEquals(3 * source, received, 0.05 * received, "into the CUBE once and out of it once per recorder");
    }
}
