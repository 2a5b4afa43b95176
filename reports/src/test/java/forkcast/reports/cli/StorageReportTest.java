package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    void aFarmOfRecordersSharingStorageShowsTheSumOfItsRecorders() throws IOException
    {
        Path scenario = this.tmp.resolve("farm.yaml");
        Files.writeString(scenario, """
                name: farm
                run: { warmup: 5m, duration: 1h, replications: 3, busyHourShare: 0.15 }
                cluster: { builtInBridge: on }
                sites: [ { id: dc } ]
                recorders:
                  - { id: rec-a, site: dc, retentionDays: 1826 }
                  - { id: rec-b, site: dc, retentionDays: 1826 }
                trunks: [ { id: t-a, to: rec-a }, { id: t-b, to: rec-b } ]
                routeLists: [ { id: rl, distribution: circular, trunks: [t-a, t-b], sharedStorage: true } ]
                recordingProfiles: [ { id: rp, routeList: rl } ]
                agentGroups: [ { id: ag, site: dc, agents: 200, line: { recording: automatic, profile: rp } } ]
                traffic: [ { id: calls, group: ag, rate: 1200/h } ]
                """);
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode metrics = JsonMapper.shared().readTree(out.resolve("summary.json").toFile()).get("metrics");
        double a = metrics.get("recorder.rec-a.storageGbPerDay").get("mean").asDouble();
        double b = metrics.get("recorder.rec-b.storageGbPerDay").get("mean").asDouble();
        assertEquals(a + b, metrics.get("storage.gbPerDay").get("mean").asDouble(), (a + b) * 1e-12);
        Matcher farm = Pattern.compile("<td>farm rl \\(rec-a, rec-b\\)</td><td class=\"num\">([0-9.,]+) \\(")
                .matcher(report());
        assertTrue(farm.find(), "a row for the farm");
        double shown = Double.parseDouble(farm.group(1).replace(",", ""));
        assertEquals(a + b, shown, (a + b) * 0.005, "the farm is the sum of its recorders (as shown, 4 digits)");
    }

    @Test
    void aDayMeasuredIsItsOwnBasis() throws IOException
    {
        JsonNode summary = run("run.duration=24h", "run.interval=1h", "run.busyHourShare=0.12");
        assertEquals("recorded-day", summary.get("storage").get("basis").asString());
        assertFalse(summary.get("storage").has("busyHourShare"), "the share is not used for a measured day");
        assertTrue(summary.get("metrics").has("recorder.rec-a.storageGbPerDay"));
    }

    /** @return the verdict on recorder rec-a's retained storage, or null when there is none */
    private static JsonNode storageVerdict(final JsonNode summary)
    {
        for (JsonNode v : summary.get("verdicts"))
        {
            if (v.get("metric").asString().equals("recorder.rec-a.storageTbRetained"))
            {
                return v;
            }
        }
        return null;
    }

    @Test
    void aRecordersDiskIsRatedAgainstWhatItsRetentionPeriodFills() throws IOException
    {
        JsonNode summary = run("run.busyHourShare=0.12", "recorders.rec-a.retentionDays=90");
        double tb = summary.get("metrics").get("recorder.rec-a.storageTbRetained").get("mean").asDouble();
        assertEquals(null, storageVerdict(summary), "no disk declared, no storage verdict");

        // a disk a tenth too small for the mean retained volume: OVER; twice the volume: OK
        String small = String.format(java.util.Locale.ROOT, "recorders.rec-a.storageTb=%.6f", tb * 0.9);
        JsonNode over = storageVerdict(run("run.busyHourShare=0.12", "recorders.rec-a.retentionDays=90", small));
        assertEquals("OVER", over.get("verdict").asString(), over.toString());
        assertEquals(tb * 0.9, over.get("limit").asDouble(), tb * 1e-6);
        String large = String.format(java.util.Locale.ROOT, "recorders.rec-a.storageTb=%.6f", tb * 2);
        JsonNode ok = storageVerdict(run("run.busyHourShare=0.12", "recorders.rec-a.retentionDays=90", large));
        assertEquals("OK", ok.get("verdict").asString(), ok.toString());
        assertTrue(report().contains("recorder rec-a storage retained (TB)"), "the verdict is in the report");

        // without a basis for storage per day there is no retained figure, so no verdict (and no failure)
        assertEquals(null, storageVerdict(run("recorders.rec-a.retentionDays=90", large)));
    }
}
