package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.scenarios.Checkpoint;
import forkcast.scenarios.SizingTarget;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CI-grade exit codes: {@code --fail-on} and {@code --assert} on run, compare and sweep exit 3 after writing the
 * outputs, naming each verdict or assertion that failed with its value, interval and threshold; those that pass exit
 * 0. A recorder of 20 streams on the quickstart's traffic is full (verdict FULL) and loses most sessions.
 */
class GatesCliTest
{
    private static final String QUICKSTART = RunCommandTest.QUICKSTART.toString();
    private static final String SMALL_RECORDER = "recorders.rec-a.maxStreams=20";

    @TempDir
    Path tmp;

    @Test
    void aFullVerdictGivenToFailOnExitsThreeAndTheOutputsAreWritten() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", QUICKSTART, "--replications", "2", "--set", SMALL_RECORDER, "--fail-on", "NEAR,FULL",
                "--out", out.toString());
        assertEquals(3, cli.exitCode, cli.err);
        assertTrue(cli.out.contains("FULL  recorder rec-a streams: peak 20.00 of 20"), cli.out);
        List<String> failures = cli.err.lines().filter(l -> l.startsWith("forkcast run: --fail-on")).toList();
        assertEquals(List.of("forkcast run: --fail-on FULL: recorder rec-a streams (recorder.rec-a.streams.peak) peak"
                + " 20.00, 95% CI [20.00, 20.00], max 20.00, limit 20.00"), failures);
        assertTrue(Files.exists(out.resolve("summary.json")) && Files.exists(out.resolve("report.html")),
                "the run succeeded: its outputs are written");
    }

    @Test
    void aStatusNotGivenToFailOnDoesNotFail()
    {
        Cli cli = Cli.run("run", QUICKSTART, "--replications", "2", "--set", SMALL_RECORDER, "--fail-on", "OVER",
                "--out", this.tmp.resolve("out").toString(), "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        assertEquals("", cli.err);
    }

    @Test
    void aFailedAssertionNamesMetricValueIntervalBoundAndThreshold() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", QUICKSTART, "--replications", "3", "--set", SMALL_RECORDER, "--assert",
                "recording.blockingProbability<=0.05", "--assert", "calls.connected>=1", "--out", out.toString(),
                "--quiet");
        assertEquals(3, cli.exitCode, cli.err);
        assertEquals(1, cli.err.lines().count(), "only the failed assertion, even with --quiet: " + cli.err);
        Matcher m = Pattern.compile("forkcast run: --assert recording.blockingProbability<=0.05 failed: mean (\\S+), 95%"
                + " CI \\[(\\S+), (\\S+)\\], one-sided 95% bound (\\S+) > 0.05").matcher(cli.err.strip());
        assertTrue(m.matches(), cli.err);
        JsonNode blocking = JsonMapper.shared().readTree(out.resolve("summary.json").toFile()).get("metrics")
                .get("recording.blockingProbability");
        assertEquals(Figures.of(blocking.get("mean").asDouble()), m.group(1));
        assertEquals(Figures.of(blocking.get("ci95low").asDouble()), m.group(2));
        assertEquals(Figures.of(blocking.get("ci95high").asDouble()), m.group(3));
        // the one-sided bound size would compute from the same replications, above the mean
        double[] replications = JsonMapper.shared().readTree(out.resolve("replications.json").toFile()).get("scalars")
                .get("recording.blockingProbability").get("values").valueStream().mapToDouble(JsonNode::asDouble)
                .toArray();
        double bound = SizingTarget.parse("recording.blockingProbability<=0.05").bound(replications, 0.95);
        assertEquals(Figures.of(bound), m.group(4));
        assertTrue(bound > 0.05 && bound >= blocking.get("mean").asDouble(), "an upper bound above the mean: " + bound);
    }

    @Test
    void metAssertionsExitZero()
    {
        Cli cli = Cli.run("run", QUICKSTART, "--replications", "2", "--assert", "calls.connected>=1", "--assert",
                "recording.coverage<=1", "--fail-on", "OVER", "--out", this.tmp.resolve("out").toString(), "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
    }

    @Test
    void compareNamesEachAlternativeThatFails() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("compare", RunCommandTest.EXAMPLES.resolve("branch-phone-vs-network.yaml").toString(),
                "--replications", "2", "--assert", "recording.redundantShare>=0.5", "--out", out.toString(),
                "--quiet");
        assertEquals(3, cli.exitCode, cli.err);
        List<String> alternatives = cli.err.lines().map(l -> l.substring(0, l.indexOf(": --assert"))).toList();
        assertEquals(List.of("forkcast compare: branch-phone-vs-network", "forkcast compare: gateway-recording"),
                alternatives, "multi-fork records every session twice and passes: " + cli.err);
        assertTrue(Files.exists(out.resolve("comparison.json")));
    }

    @Test
    void sweepNamesEachPointThatFailsAndKeepsNoCheckpoint() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("sweep", QUICKSTART, "--replications", "2", "--vary", "recorders.rec-a.maxStreams=20,500",
                "--fail-on", "FULL", "--out", out.toString(), "--quiet");
        assertEquals(3, cli.exitCode, cli.err);
        assertEquals(List.of("forkcast sweep: recorders.rec-a.maxStreams=20: --fail-on FULL: recorder rec-a streams"
                + " (recorder.rec-a.streams.peak) peak 20.00, 95% CI [20.00, 20.00], max 20.00, limit 20.00"),
                cli.err.lines().toList());
        assertTrue(Files.exists(out.resolve("sweep.csv")));
        assertFalse(Files.exists(Checkpoint.folderFor(out)), "a finished sweep discards its checkpoint");
    }

    @Test
    void anAssertionOnAMetricNoResultHasIsBadUsageAndWritesNothing() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("sweep", QUICKSTART, "--replications", "2", "--vary", "recorders.rec-a.maxStreams=20,500",
                "--assert", "recorder.rec-b.streams.peak<=10", "--out", out.toString(), "--quiet");
        assertEquals(2, cli.exitCode, cli.err);
        assertEquals("forkcast sweep: --assert: no metric 'recorder.rec-b.streams.peak' in the results of"
                + " recorders.rec-a.maxStreams=20 (did you mean 'recorder.rec-a.streams.peak'?) (summary.json of a run"
                + " lists them)", cli.err.strip());
        assertNothingBeside(out);
    }

    @Test
    void aFailedBatchLeavesNoCheckpointFolderItCreated() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("size", QUICKSTART, "--replications", "2", "--vary", "recorders.rec-a.maxStreams=60..200:10",
                "--target", "recorder.rec-b.streams.peak<=1", "--out", out.toString(), "--quiet");
        assertEquals(2, cli.exitCode, cli.err);
        assertEquals("forkcast size: no metric 'recorder.rec-b.streams.peak' in this scenario's results (did you mean"
                + " 'recorder.rec-a.streams.peak'?) (summary.json of a run lists them)", cli.err.strip());
        assertNothingBeside(out);
    }

    /** Only the lock file: no outputs, no staging folder, no checkpoint. */
    private void assertNothingBeside(final Path out) throws Exception
    {
        try (Stream<Path> left = Files.list(this.tmp))
        {
            assertEquals(List.of("." + out.getFileName() + ".forkcast-lock"),
                    left.map(p -> p.getFileName().toString()).toList());
        }
    }
}
