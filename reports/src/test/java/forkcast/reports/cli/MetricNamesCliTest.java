package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A metric named on the command line ({@code --target} of run and compare, {@code --assert}, {@code size --target},
 * {@code sweep --metric}) that no run has is bad usage found before anything runs or is written, with a "did you
 * mean"; an element's id that the scenario does not have is found after the run and before anything is written.
 * Before, run simulated everything, wrote its outputs and ended in an internal error (exit 1), or exit 0 with
 * {@code --quiet}, and compare accepted the misspelt target.
 */
class MetricNamesCliTest
{
    private static final String QUICKSTART = RunCommandTest.QUICKSTART.toString();
    private static final String TYPO = "recording.blockingProbabilty<=1%";
    private static final String HINT = " (did you mean 'recording.blockingProbability'?) (docs/metrics.md lists them)";

    @TempDir
    Path tmp;

    @Test
    void runRefusesAMisspeltTargetBeforeRunning()
    {
        for (boolean quiet : List.of(false, true))
        {
            Path out = this.tmp.resolve("out");
            Cli cli = quiet ? Cli.run("run", QUICKSTART, "--target", TYPO, "--out", out.toString(), "--quiet")
                    : Cli.run("run", QUICKSTART, "--target", TYPO, "--out", out.toString());
            assertEquals(2, cli.exitCode, cli.err);
            assertEquals("forkcast run: --target: no metric 'recording.blockingProbabilty' is declared" + HINT,
                    cli.err.strip(), "one line, and no announcement of a run");
            assertEquals("", cli.out);
            assertNothingWritten();
        }
    }

    @Test
    void compareRefusesAMisspeltTargetBeforeRunning()
    {
        Cli cli = Cli.run("compare", RunCommandTest.EXAMPLES.resolve("network-vs-phone.yaml").toString(), "--target",
                TYPO, "--out", this.tmp.resolve("out").toString());
        assertEquals(2, cli.exitCode, cli.err);
        assertEquals("forkcast compare: --target: no metric 'recording.blockingProbabilty' is declared" + HINT,
                cli.err.strip());
        assertNothingWritten();
    }

    @Test
    void twoTargetsOnOneMetricAreRefusedNamingBoth()
    {
        Cli cli = Cli.run("run", QUICKSTART, "--target", "recording.blockingProbability<=1%", "--target",
                "recording.blockingProbability<=0.02", "--out", this.tmp.resolve("out").toString());
        assertEquals(2, cli.exitCode, cli.err);
        assertEquals("forkcast run: --target 'recording.blockingProbability<=1%' and --target"
                + " 'recording.blockingProbability<=0.02' are both on recording.blockingProbability: give one target"
                + " per metric", cli.err.strip());
        assertNothingWritten();
    }

    @Test
    void anElementTheScenarioDoesNotHaveIsFoundAfterTheRunAndNothingIsWritten()
    {
        Cli cli = Cli.run("run", QUICKSTART, "--replications", "2", "--target", "recorder.rec-b.streams.peak<=100",
                "--out", this.tmp.resolve("out").toString(), "--quiet");
        assertEquals(2, cli.exitCode, cli.err);
        assertEquals("forkcast run: --target: no metric 'recorder.rec-b.streams.peak' in the results (did you mean"
                + " 'recorder.rec-a.streams.peak'?) (summary.json of a run lists them)", cli.err.strip());
        assertEquals(List.of(".out.forkcast-lock"), listed(), "only the lock of the claimed folder: no outputs");
    }

    @Test
    void aTargetOnAnElementTheScenarioHasIsJudged() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", QUICKSTART, "--replications", "2", "--target", "recorder.rec-a.streams.peak<=1000",
                "--out", out.toString(), "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        assertTrue(Files.readString(out.resolve("summary.json")).contains("recorder.rec-a.streams.peak"));
    }

    @Test
    void assertSizeAndSweepRefuseAMisspeltMetricBeforeRunning()
    {
        Path out = this.tmp.resolve("out");
        Cli assertion = Cli.run("run", QUICKSTART, "--assert", TYPO, "--out", out.toString());
        assertEquals(2, assertion.exitCode, assertion.err);
        assertTrue(assertion.err.startsWith("forkcast run: --assert: no metric 'recording.blockingProbabilty' is"
                + " declared" + HINT), assertion.err);
        Cli size = Cli.run("size", QUICKSTART, "--vary", "recorders.rec-a.maxStreams=150,160", "--target", TYPO,
                "--out", out.toString());
        assertEquals(2, size.exitCode, size.err);
        assertTrue(size.err.startsWith("forkcast size: --target: no metric 'recording.blockingProbabilty' is declared"
                + HINT), size.err);
        Cli sweep = Cli.run("sweep", QUICKSTART, "--vary", "recorders.rec-a.maxStreams=150,160", "--metric",
                "calls.ofered", "--out", out.toString());
        assertEquals(2, sweep.exitCode, sweep.err);
        assertEquals("forkcast sweep: --metric: no metric 'calls.ofered' is declared (did you mean 'calls.offered'?)"
                + " (docs/metrics.md lists them)", sweep.err.strip());
        assertNothingWritten();
    }

    /** Not even the lock file: the refusal comes before --out is claimed. */
    private void assertNothingWritten()
    {
        assertEquals(List.of(), listed(), "nothing is written");
    }

    private List<String> listed()
    {
        try (Stream<Path> left = Files.list(this.tmp))
        {
            return left.map(p -> p.getFileName().toString()).toList();
        }
        catch (java.io.IOException e)
        {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
