package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where several elements were full and lost sessions for the same reason, the headline names them all, not the first:
 * a farm of three recorders on a circular route list, each cut to 40 streams, loses sessions at every one of them.
 */
class HeadlineFullElementsTest
{
    @TempDir
    Path tmp;

    @Test
    void everyFullElementThatLostSessionsIsNamed() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", RunCommandTest.QUICKSTART.resolveSibling("branch-phone-vs-network.yaml").toString(),
                "--out", out.toString(), "--replications", "2", "--set", "recorders.*.maxStreams=40");
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode summary = JsonMapper.builder().build().readTree(out.resolve("summary.json").toFile());
        JsonNode metrics = summary.get("metrics");
        double lost = metrics.get("recording.sessions.failed").get("mean").asDouble()
                / metrics.get("recording.sessions.requested").get("mean").asDouble();
        for (String r : new String[] {"rec-1", "rec-2", "rec-3"})
        {
            assertEquals(40, metrics.get("recorder." + r + ".streams.peak").get("max").asDouble(), r + " is full");
        }
        assertEquals(String.format(Locale.ROOT, "%.1f%%", lost * 100) + " of sessions lost: recorder rec-1, recorder"
                + " rec-2 and recorder rec-3 at 100.0% of 40 streams", summary.get("headline").asString());
        assertTrue(cli.out.replaceAll("\\R +", " ").contains(summary.get("headline").asString()), cli.out);
    }
}
