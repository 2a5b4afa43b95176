package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RunCommandTest
{
    /**
     * What would make a browser fetch from elsewhere: a src or href of any element but a plain link (a, which is only
     * followed when clicked) that is absolute or protocol-relative (data: is inline), a CSS url() or @import of one. The
     * SVG namespace declarations (xmlns="http://...") are names, not fetches, and do not match.
     */
    static final Pattern EXTERNAL_FETCH = Pattern.compile(
            "<(?!a[\\s>])[a-zA-Z][^>]*?\\s(?:src|href|xlink:href|srcset|poster|data)\\s*=\\s*[\"']?\\s*(?:(?!data:|about:)[a-zA-Z][a-zA-Z0-9+.-]*:|//)"
                    + "|url\\(\\s*[\"']?\\s*(?:https?:|ftp:|//)|@import",
            Pattern.CASE_INSENSITIVE);

    static final Path EXAMPLES = Path.of("..", "scenarios", "examples");
    static final Path QUICKSTART = EXAMPLES.resolve("quickstart.yaml");
    private static final List<String> SPEC_FIELDS = List.of("mean", "stddev", "ci95low", "ci95high", "min", "max", "unit");

    @TempDir
    Path tmp;

    static Stream<Path> examples() throws IOException
    {
        try (Stream<Path> files = Files.list(EXAMPLES))
        {
            // misconfigured.yaml is the lint showcase, covered by the validate test
            return files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("misconfigured.yaml")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "example {0} runs")
    @MethodSource("examples")
    void everyExampleRunsAndWritesItsOutputs(final Path example) throws IOException
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", example.toString(), "--out", out.toString());
        assertEquals(0, cli.exitCode, cli.err);
        for (String file : List.of("summary.json", "timeseries.csv", "run.json", "report.html", "charts/bhcc.png",
                "charts/bhcc.svg", "charts/cti.png", "charts/recorder-occupancy.png",
                "charts/failures.svg", "charts/media-source.png"))
        {
            assertTrue(Files.size(out.resolve(file)) > 100, file);
        }
        // one panel per link (small multiples)
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("\"bandwidth\\.link\\.([a-z0-9-]+)\\.mbps\\.peak\"")
                .matcher(Files.readString(out.resolve("summary.json")));
        while (link.find())
        {
            for (String kind : List.of(".png", ".svg"))
            {
                assertTrue(Files.size(out.resolve("charts/link-" + link.group(1) + kind)) > 100, link.group(1) + kind);
            }
        }
        JsonNode summary = JsonMapper.shared().readTree(out.resolve("summary.json").toFile());
        JsonNode metrics = summary.get("metrics");
        for (String name : List.of("calls.offered", "calls.connected", "calls.blocked.gateway", "calls.blocked.agents",
                "calls.abandoned", "recording.sessions.requested", "recording.sessions.established",
                "recording.sessions.failed", "recording.blockingProbability", "recording.mediaSource.phone",
                "recording.mediaSource.gateway", "recording.mediaSource.fallback",
                "recording.coverage", "bhcc.busyHour.total", "bhcc.busyHour.agentCalls", "bhcc.busyHour.recordingCalls",
                "bhcc.utilization", "cti.messagesPerSecond.mean", "cti.messagesPerSecond.peak", "cti.utilization",
                "bandwidth.fork.mbps.peak", "sim.events"))
        {
            JsonNode metric = metrics.get(name);
            assertNotNull(metric, name);
            for (String field : SPEC_FIELDS)
            {
                assertTrue(metric.has(field), name + "." + field);
            }
        }
        assertTrue(metrics.get("sim.events").get("mean").asDouble() > 1000);
        assertFalse(Files.readString(out.resolve("summary.json")).contains("NaN"));
        String html = Files.readString(out.resolve("report.html"));
        long svgFiles;
        try (Stream<Path> charts = Files.list(out.resolve("charts")))
        {
            svgFiles = charts.filter(c -> c.toString().endsWith(".svg")).count();
        }
        assertTrue(svgFiles >= 6, "BHCC, CTI, links, recorders, media source, failures (and CUBEs when there are)");
        assertEquals(svgFiles, html.split("<svg", -1).length - 1, "every chart is inline in the report");
        Matcher external = EXTERNAL_FETCH.matcher(html);
        assertFalse(external.find(), () -> "no external fetches: " + external.group());
        assertTrue(cli.out.contains("report: "), cli.out);
    }

    @Test
    void theExternalFetchCheckTellsFetchesFromNamesAndLinks()
    {
        for (String fetch : List.of("<script src=\"http://cdn.example/x.js\">", "<img alt=x src='https://e.example/a.png'>",
                "<link rel=stylesheet href=//cdn.example/a.css>", "<div style=\"background: url( 'http://e.example/b.png')\">",
                "<style>@import 'x.css';</style>", "<image xlink:href=\"https://e.example/c.svg\"/>"))
        {
            assertTrue(EXTERNAL_FETCH.matcher(fetch).find(), fetch);
        }
        for (String inline : List.of("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>",
                "<a href=\"https://www.cisco.com/\">guide</a>", "<img src=\"data:image/png;base64,AAAA\">",
                "<use xlink:href=\"#clip1\"/>", "<p>see http://example.org</p>"))
        {
            assertFalse(EXTERNAL_FETCH.matcher(inline).find(), inline);
        }
    }

    @Test
    void outputsAreByteIdenticalForAnyThreadCountAndChangeWithTheSeed() throws IOException
    {
        Path one = this.tmp.resolve("one");
        Path two = this.tmp.resolve("two");
        Path eight = this.tmp.resolve("eight");
        Path other = this.tmp.resolve("other");
        assertEquals(0, Cli.run("run", QUICKSTART.toString(), "--out", one.toString(), "--threads", "1", "--quiet").exitCode);
        assertEquals(0, Cli.run("run", QUICKSTART.toString(), "--out", two.toString(), "--threads", "2", "--quiet").exitCode);
        assertEquals(0, Cli.run("run", QUICKSTART.toString(), "--out", eight.toString(), "--threads", "8", "--quiet").exitCode);
        assertEquals(0, Cli.run("run", QUICKSTART.toString(), "--out", other.toString(), "--seed", "43", "--quiet").exitCode);
        for (String file : List.of("summary.json", "timeseries.csv", "report.html", "charts/bhcc.png", "charts/bhcc.svg",
                "charts/cti.png", "charts/link-wan-branch.png", "charts/recorder-occupancy.svg", "charts/failures.png"))
        {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(eight.resolve(file)), file);
        }
        JsonNode a = JsonMapper.shared().readTree(one.resolve("summary.json").toFile()).get("metrics");
        JsonNode b = JsonMapper.shared().readTree(other.resolve("summary.json").toFile()).get("metrics");
        assertFalse(a.get("calls.offered").get("mean").asDouble() == b.get("calls.offered").get("mean").asDouble()
                && a.get("recording.coverage").get("mean").asDouble() == b.get("recording.coverage").get("mean").asDouble(),
                "another seed gives other numbers");
    }

    @Test
    void aRunReplacesThePreviousOutputsAsAWhole() throws IOException
    {
        Path out = this.tmp.resolve("out");
        assertEquals(0, Cli.run("run", QUICKSTART.toString(), "--out", out.toString(), "--replications", "2", "--quiet",
                "--trace", "5").exitCode);
        assertTrue(Files.exists(out.resolve("trace.csv")));
        assertEquals(0, Cli.run("run", QUICKSTART.toString(), "--out", out.toString(), "--replications", "2", "--quiet")
                .exitCode);
        assertFalse(Files.exists(out.resolve("trace.csv")), "the previous run's trace is gone with its other outputs");
        assertTrue(Files.exists(out.resolve("summary.json")));
        try (Stream<Path> siblings = Files.list(this.tmp))
        {
            // the empty lock file stays beside the folder
            assertEquals(List.of(out), siblings.filter(p -> !p.getFileName().toString().equals(".out.forkcast-lock"))
                    .toList(), "no staging folder is left behind");
        }
    }

    @Test
    void anOutputFolderBelowAFileIsRefusedWithExitCode2() throws IOException
    {
        Path file = Files.writeString(this.tmp.resolve("a-file"), "x");
        Cli cli = Cli.run("run", QUICKSTART.toString(), "--out", file.resolve("out").toString(), "--replications", "2");
        assertEquals(2, cli.exitCode);
        assertTrue(cli.err.contains(file + " is a file, not a folder"), cli.err);
        assertEquals("x", Files.readString(file));
    }

    @Test
    void setOverridesReachTheModel() throws IOException
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", QUICKSTART.toString(), "--out", out.toString(), "--replications", "2", "--quiet",
                "--set", "recorders.rec-a.maxStreams=10");
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode m = JsonMapper.shared().readTree(out.resolve("summary.json").toFile()).get("metrics");
        assertEquals(10.0, m.get("recorder.rec-a.streams.peak").get("max").asDouble(), 0.0);
    }
}
