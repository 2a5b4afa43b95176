package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Confidence intervals stay within the metric's physical range (issue reproducer 13: with two replications the
 * quickstart's abandoned calls had ci95low -4.85, network-vs-phone's forked Mbit/s peak -4.18).
 */
class PhysicalRangeIntervalsTest
{
    private static final Set<String> SHARES = Set.of("recording.blockingProbability", "recording.coverage",
            "recording.redundantShare");

    @TempDir
    Path tmp;

    private JsonNode run(final String example, final String... more) throws IOException
    {
        Path out = this.tmp.resolve(example);
        String[] args = new String[5 + more.length];
        args[0] = "run";
        args[1] = RunCommandTest.EXAMPLES.resolve(example + ".yaml").toString();
        args[2] = "--quiet";
        args[3] = "--out";
        args[4] = out.toString();
        System.arraycopy(more, 0, args, 5, more.length);
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exitCode, cli.err);
        return JsonMapper.shared().readTree(out.resolve("summary.json").toFile()).get("metrics");
    }

    /** Every metric this model records is a count, rate, level, bandwidth, duration, utilisation or share. */
    private static int assertWithinPhysicalRanges(final JsonNode metrics)
    {
        int clamped = 0;
        for (Map.Entry<String, JsonNode> e : metrics.properties())
        {
            JsonNode m = e.getValue();
            if (m.get("ci95low").isNull())
            {
                continue;
            }
            double low = m.get("ci95low").asDouble();
            double high = m.get("ci95high").asDouble();
            assertTrue(low >= 0, e.getKey() + " ci95low " + low);
            if (SHARES.contains(e.getKey()))
            {
                assertTrue(high <= 1, e.getKey() + " ci95high " + high);
            }
            boolean flagged = m.has("ci95clamped") && m.get("ci95clamped").asBoolean();
            if (flagged)
            {
                clamped++;
                assertTrue(low == 0 || high == 1, e.getKey() + " is flagged clamped, so a bound is at a range edge");
            }
        }
        return clamped;
    }

    @Test
    void countsNeverGetANegativeBoundAndTheClampIsFlagged() throws IOException
    {
        JsonNode metrics = run("quickstart", "--replications", "2");
        assertTrue(assertWithinPhysicalRanges(metrics) > 0, "some intervals were clamped");
        JsonNode abandoned = metrics.get("calls.abandoned");
        assertEquals(0.0, abandoned.get("ci95low").asDouble(), 0.0);
        assertTrue(abandoned.get("ci95clamped").asBoolean());
        assertTrue(abandoned.get("ci95high").asDouble() > abandoned.get("mean").asDouble());
        assertTrue(!metrics.get("calls.offered").has("ci95clamped"), "an interval inside its range is not flagged");
    }

    @Test
    void bandwidthsNeverGetANegativeBound() throws IOException
    {
        JsonNode metrics = run("network-vs-phone", "--replications", "2", "--seed", "2");
        assertWithinPhysicalRanges(metrics);
        assertEquals(0.0, metrics.get("bandwidth.link.wan-branch.forkMbps.peak").get("ci95low").asDouble(), 0.0);
    }

    @Test
    void theReportMarksClampedIntervalsAndSaysWhy() throws IOException
    {
        JsonNode abandoned = run("quickstart", "--replications", "2").get("calls.abandoned");
        String html = Files.readString(this.tmp.resolve("quickstart").resolve("report.html"), StandardCharsets.UTF_8);
        String interval = String.format(java.util.Locale.ROOT, "0.0 – %,.1f *", abandoned.get("ci95high").asDouble());
        assertTrue(html.contains(interval), "calls abandoned, clamped at 0 and marked: " + interval);
        assertTrue(html.contains("An interval marked * reached outside the metric's physical range"));
    }
}
