package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * summary.json and report.html say which basis storage per day rests on, and when there is none, why: a line in the
 * report and a note in summary.json, never a zero (docs/storage.md).
 */
class StorageReportTest
{
    @TempDir
    Path tmp;

    private JsonNode run(final String... set) throws IOException
    {
        Path out = this.tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("run", RunCommandTest.QUICKSTART.toString(), "--out",
                out.toString(), "--replications", "2", "--quiet"));
        for (String value : set)
        {
            args.add("--set");
            args.add(value);
        }
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertEquals(0, cli.exitCode, cli.err);
        return JsonMapper.shared().readTree(out.resolve("summary.json").toFile());
    }

    private String report() throws IOException
    {
        return Files.readString(this.tmp.resolve("out").resolve("report.html"));
    }

    @Test
    void anHourWithoutAShareReportsNoStoragePerDayAndSaysWhy() throws IOException
    {
        JsonNode summary = run();
        JsonNode storage = summary.get("storage");
        assertEquals("not-reported", storage.get("basis").asString());
        assertTrue(storage.get("note").asString().contains("run.busyHourShare is not given"), storage.toString());
        assertFalse(summary.get("metrics").has("recorder.rec-a.storageGbPerDay"), "absent, not a zero");
        assertFalse(summary.get("metrics").has("storage.gbPerDay"));
        String html = report();
        assertTrue(html.contains("Storage per day not reported: the run covers 1 h, less than a day"), "storage line");
        assertTrue(html.contains("<td>G711</td><td class=\"num\">64.00</td>"), "per-stream payload shown");
    }

    @Test
    void aDeclaredShareIsNamedWithTheFiguresPerRecorder() throws IOException
    {
        JsonNode summary = run("run.busyHourShare=0.12", "recorders.rec-a.retentionDays=90");
        JsonNode storage = summary.get("storage");
        assertEquals("busy-hour-share", storage.get("basis").asString());
        assertEquals(0.12, storage.get("busyHourShare").asDouble());
        JsonNode metrics = summary.get("metrics");
        double gb = metrics.get("recorder.rec-a.storageGbPerDay").get("mean").asDouble();
        assertEquals(gb * 90 / 1000, metrics.get("recorder.rec-a.storageTbRetained").get("mean").asDouble(), gb * 1e-9);
        String html = report();
        assertTrue(html.contains("divided by run.busyHourShare &#61; 0.12"), "the basis in the storage section");
        assertTrue(html.contains("<td>recorder rec-a</td>"), "a row per recorder");
        assertTrue(html.contains("Codec mix: inbound: G711 80.0%, G729 20.0%;"), "the codec mix");
        assertTrue(html.contains("<td>G729</td><td class=\"num\">8.00</td>"), "and each codec's payload per stream");
    }

    @Test
    void aDayMeasuredIsItsOwnBasis() throws IOException
    {
        JsonNode summary = run("run.duration=24h", "run.interval=1h", "run.busyHourShare=0.12");
        assertEquals("recorded-day", summary.get("storage").get("basis").asString());
        assertFalse(summary.get("storage").has("busyHourShare"), "the share is not used for a measured day");
        assertTrue(summary.get("metrics").has("recorder.rec-a.storageGbPerDay"));
    }
}
