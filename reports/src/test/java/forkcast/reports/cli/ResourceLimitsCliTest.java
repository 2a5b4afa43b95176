package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs too large to finish or to fit are refused before they simulate (issue reproducers 3 and 4). None of these
 * tests could end in reasonable time or memory if the run started: a refusal is the only way they pass.
 */
class ResourceLimitsCliTest
{
    @TempDir
    Path tmp;

    private void assertRefusedBeforeSimulating(final Cli cli, final Path out, final String what)
    {
        assertEquals(2, cli.exitCode, cli.err);
        assertTrue(cli.err.contains("refused before simulating"), cli.err);
        assertTrue(cli.err.contains(what), cli.err);
        assertTrue(cli.err.contains("--allow-large"), "the message names the knob: " + cli.err);
        assertFalse(cli.err.contains("Exception"), cli.err);
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void aYearLongRunIsRefusedBeforeSimulating()
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--set", "run.duration=365d", "--out",
                out.toString());
        assertRefusedBeforeSimulating(cli, out, "timeseries.csv");
        assertTrue(cli.err.contains("GB of output files"), cli.err);
    }

    @Test
    void aProfileThatMakesAMillionCallsPerSecondIsRefusedBeforeSimulating() throws IOException
    {
        String text = Files.readString(RunCommandTest.QUICKSTART, StandardCharsets.UTF_8);
        // each value is within its range (rate up to 10^6/s, profile up to 1000), but together they make
        // 10^6 calls/s at the peak: only the estimate, which counts the profile's largest multiplier, refuses it
        String peaked = text.replace("    rate: 900/h\n", "    rate: 1000/s\n    profile: [1, 1000]\n");
        assertFalse(peaked.equals(text), "quickstart.yaml has the traffic rate this test adds a profile to");
        Path scenario = this.tmp.resolve("peaked.yaml");
        Files.writeString(scenario, peaked, StandardCharsets.UTF_8);
        Path out = this.tmp.resolve("out");
        assertEquals(0, Cli.run("validate", scenario.toString()).exitCode, "validate still accepts the file");
        assertRefusedBeforeSimulating(Cli.run("run", scenario.toString(), "--out", out.toString()), out,
                "simulation events");
    }

    @Test
    void aMillionCallsPerSecondBySetIsRefusedBeforeSimulating()
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--set", "traffic.inbound.rate=1000000/s",
                "--out", out.toString());
        assertRefusedBeforeSimulating(cli, out, "simulation events");
    }

    @Test
    void quietDoesNotHideARefusal()
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--set", "traffic.inbound.rate=1000000/s",
                "--quiet", "--out", out.toString());
        assertRefusedBeforeSimulating(cli, out, "simulation events");
    }

    @Test
    void aSweepWithOneTooLargePointIsRefusedBeforeSimulating()
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("sweep", RunCommandTest.QUICKSTART.toString(), "--vary",
                "traffic.inbound.rate=900/h,1000000/s", "--out", out.toString());
        assertRefusedBeforeSimulating(cli, out, "simulation events");
    }

    @Test
    void aSizingOfAMillionCallsPerSecondIsRefusedBeforeSimulating()
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("size", RunCommandTest.QUICKSTART.toString(), "--set", "traffic.inbound.rate=1000000/s",
                "--vary", "recorders.rec-a.maxStreams=60..200:20", "--target", "recording.failed.recorder-full<=1",
                "--out", out.toString());
        assertRefusedBeforeSimulating(cli, out, "simulation events");
    }

    @Test
    void aComparisonOfAMillionCallsPerSecondIsRefusedBeforeSimulating()
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("compare", RunCommandTest.EXAMPLES.resolve("branch-phone-vs-network.yaml").toString(),
                "--set", "run.duration=365d", "--set", "run.replications=100", "--out", out.toString());
        assertRefusedBeforeSimulating(cli, out, "memory");
    }

    @Test
    void aLongRunsReportStaysTheSameSizeAndSaysItsChartsAreCondensed() throws IOException
    {
        Path day = this.tmp.resolve("day");
        Path days = this.tmp.resolve("days");
        for (String[] run : new String[][] {{"1d", day.toString()}, {"3d", days.toString()}})
        {
            Cli cli = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--set", "run.duration=" + run[0],
                    "--replications", "1", "--quiet", "--out", run[1]);
            assertEquals(0, cli.exitCode, cli.err);
        }
        long small = Files.size(day.resolve("report.html"));
        long large = Files.size(days.resolve("report.html"));
        assertTrue(large < 1.3 * small, "3 days: " + large + " bytes, 1 day: " + small);
        String html = Files.readString(days.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("The run has 864 intervals; to keep this report small, each point of these charts"
                + " stands for 5 consecutive intervals"), "the report says so");
        // the quickstart records 72 series (ResourceEstimatorTest counts them; F7 added calls.blocked.cac and
        // recording.failed.location-cac, its gateway gw-dc its calls offered, blocked, seized and refused by CAC)
        assertEquals(1 + 864 * 72, Files.readAllLines(days.resolve("timeseries.csv")).size(),
                "timeseries.csv keeps every interval");
    }
}
