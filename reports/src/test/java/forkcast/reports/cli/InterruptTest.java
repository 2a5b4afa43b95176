package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.reports.ChildProcess;
import forkcast.scenarios.Checkpoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * SIGTERM during a run exits 143 and leaves either the previous complete outputs or none: never a partial file, never
 * a staging folder; the command says so in one line. The run is a separate JVM so that it can be signalled. SIGTERM
 * stands for Ctrl-C here: both end the JVM through its shutdown hooks (exit 143 and 130), and a test cannot count on
 * SIGINT reaching a child that its launcher may have started with SIGINT ignored.
 */
class InterruptTest
{
    @TempDir
    Path tmp;

    private Process start(final Path out, final String... extra) throws IOException
    {
        return forkcast("run", RunCommandTest.EXAMPLES.resolve("contact-centre.yaml").toString(), "--out",
                out.toString(), "--quiet", extra);
    }

    /** Forkcast in a JVM of its own, its stdout and stderr in the file "log". */
    private Process forkcast(final String command, final String scenario, final String outOption, final String out,
            final String quiet, final String... extra) throws IOException
    {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> line = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "forkcast.reports.cli.ForkcastCommand", command, scenario, outOption, out, quiet));
        line.addAll(List.of(extra));
        return new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(this.tmp.resolve("log").toFile())
                .start();
    }

    /** Waits (at most a minute) until {@code file} exists: the command has reached that point of its work. */
    private static void awaitFile(final java.util.function.BooleanSupplier exists, final Process process)
            throws InterruptedException
    {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!exists.getAsBoolean())
        {
            assertTrue(process.isAlive(), "the command ended before it was signalled");
            assertTrue(System.nanoTime() < deadline, "the command did not get there within a minute");
            Thread.sleep(20);
        }
    }

    @Test
    void anInterruptedRunSaysInOneLineThatNothingWasWritten() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Process run = start(out, "--set", "run.duration=48h", "--replications", "4");
        // the lock is taken once the run is planned: from then on the interruption is reported
        awaitFile(() -> Files.exists(this.tmp.resolve(".out.forkcast-lock")), run);
        run.destroy(); // SIGTERM
        assertEquals(143, ChildProcess.await(run, Duration.ofSeconds(60), "the signalled run"));
        assertEquals("forkcast: interrupted: nothing written", Files.readString(this.tmp.resolve("log")).strip());
        assertTrue(!Files.exists(out), "nothing written");
    }

    @Test
    void anInterruptedSweepSaysWhatIsKeptAndResumingItFinishesIt() throws Exception
    {
        Path out = this.tmp.resolve("out");
        String scenario = RunCommandTest.EXAMPLES.resolve("contact-centre.yaml").toString();
        String[] sweep = {"--vary", "gateways.gw-dc.channels=320,330", "--replications", "2", "--threads", "1",
            "--set", "run.duration=24h"};
        // replications long enough (a day each) that the signal comes while three of the four are still running
        Process first = forkcast("sweep", scenario, "--out", out.toString(), "--quiet", sweep);
        Path checkpoint = Checkpoint.folderFor(out);
        awaitFile(() -> Files.exists(checkpoint.resolve("p0-r0.json")) || Files.exists(checkpoint.resolve("p0-r1.json")),
                first);
        first.destroy(); // SIGTERM
        assertEquals(143, ChildProcess.await(first, Duration.ofSeconds(60), "the signalled sweep"));
        // one message, filled at words to the terminal's width
        String said = Files.readString(this.tmp.resolve("log")).strip().replaceAll("\\s*\\n\\s*", " ");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("forkcast: interrupted: (\\d+) of 4 replications?"
                + " done and kept, nothing written; run the same command with --resume to continue").matcher(said);
        assertTrue(m.matches(), said);
        long kept;
        try (Stream<Path> files = Files.list(checkpoint))
        {
            kept = files.filter(f -> f.getFileName().toString().matches("p\\d+-r\\d+\\.json")).count();
        }
        assertTrue(Integer.parseInt(m.group(1)) <= kept, "what it says is kept is in the checkpoint: " + kept);
        String[] resume = java.util.Arrays.copyOf(sweep, sweep.length + 1);
        resume[sweep.length] = "--resume";
        Process second = forkcast("sweep", scenario, "--out", out.toString(), "--quiet", resume);
        assertEquals(0, ChildProcess.await(second, Duration.ofMinutes(3), "the resumed sweep"),
                Files.readString(this.tmp.resolve("log")));
        assertTrue(Files.exists(out.resolve("sweep.csv")));
    }

    @Test
    void sigtermLeavesThePreviousOutputsOrNoneAndExits143() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Process first = start(out, "--replications", "2");
        assertEquals(0, ChildProcess.await(first, Duration.ofMinutes(3), "the first run"),
                Files.readString(this.tmp.resolve("log")));
        byte[] previous = Files.readAllBytes(out.resolve("summary.json"));
        for (long delay : new long[] {300, 900, 1500})
        {
            Process run = start(out, "--set", "run.duration=48h", "--replications", "4");
            Thread.sleep(delay);
            run.destroy(); // SIGTERM
            int code = ChildProcess.await(run, Duration.ofSeconds(60), "the signalled run");
            assertTrue(code == 143 || code == 0, "exit code " + code);
            if (code == 143)
            {
                assertTrue(java.util.Arrays.equals(previous, Files.readAllBytes(out.resolve("summary.json"))),
                        "the previous complete outputs are untouched");
            }
            JsonMapper.shared().readTree(out.resolve("summary.json").toFile()); // complete and readable
            try (Stream<Path> entries = Files.list(this.tmp))
            {
                List<String> names = entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals("log"))
                        .filter(n -> !n.equals(".out.forkcast-lock")).toList(); // the lock file stays beside it
                assertEquals(List.of("out"), names, "no staging folder is left: " + names);
            }
        }
        assertTrue(new File(out.toFile(), "report.html").length() > 0);
    }
}
