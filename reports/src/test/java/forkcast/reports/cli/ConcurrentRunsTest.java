package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two runs into one {@code --out}: the second is refused at once (exit 2) with a message naming the first, the first
 * publishes complete outputs, and nothing of the first's is removed by the second. Whether the first runs in this JVM
 * or in another process, and when it was killed, its lock no longer stands in the way.
 */
class ConcurrentRunsTest
{
    private static final Path LONG = RunCommandTest.EXAMPLES.resolve("contact-centre.yaml");

    @TempDir
    Path tmp;

    private static String[] longRun(final Path out)
    {
        return new String[] {"run", LONG.toString(), "--set", "run.duration=12h", "--replications", "2", "--threads",
                "1", "--out", out.toString(), "--quiet"};
    }

    /** Waits until the lock file names its holder: it is written only once the lock is held. */
    private static void awaitLock(final Path out) throws InterruptedException
    {
        Path lock = out.resolveSibling("." + out.getFileName() + ".forkcast-lock");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!held(lock))
        {
            assertTrue(System.nanoTime() < deadline, "the first run takes a lock beside " + out);
            Thread.sleep(20);
        }
    }

    private static boolean held(final Path lock)
    {
        try
        {
            return Files.size(lock) > 0;
        }
        catch (IOException e)
        {
            return false;
        }
    }

    /** Every file run.json lists is there, and summary.json is whole. */
    private static void assertComplete(final Path out) throws IOException
    {
        JsonNode manifest = JsonMapper.shared().readTree(out.resolve("run.json").toFile());
        assertTrue(manifest.get("files").size() > 10, manifest.toString());
        for (JsonNode file : manifest.get("files"))
        {
            assertTrue(Files.size(out.resolve(file.asString())) > 0, file.asString());
        }
        JsonMapper.shared().readTree(out.resolve("summary.json").toFile());
        assertTrue(Files.exists(out.resolve("timeseries.csv")));
    }

    /** @return what is beside the output folder, but the test's log and the lock file, which stays empty */
    private List<String> siblings() throws IOException
    {
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(this.tmp))
        {
            for (Path p : entries.toList())
            {
                String name = p.getFileName().toString();
                if (name.equals(".out.forkcast-lock"))
                {
                    assertEquals(0, Files.size(p), "the lock file is emptied when released");
                }
                else if (!name.equals("log"))
                {
                    names.add(name);
                }
            }
        }
        return names.stream().sorted().toList();
    }

    @Test
    void aSecondRunIntoTheSameOutIsRefusedWithTheFirstNamedAndTheFirstPublishesCompleteOutputs() throws Exception
    {
        Path out = this.tmp.resolve("out");
        CompletableFuture<Cli> first = CompletableFuture.supplyAsync(() -> Cli.run(longRun(out)));
        awaitLock(out);
        for (String[] second : List.of(
                new String[] {"run", RunCommandTest.QUICKSTART.toString(), "--replications", "2", "--out", out.toString()},
                new String[] {"sweep", RunCommandTest.QUICKSTART.toString(), "--vary", "recorders.rec-a.maxStreams=80,90",
                    "--replications", "2", "--out", out.toString(), "--force"}))
        {
            Cli loser = Cli.run(second);
            assertEquals(2, loser.exitCode, loser.err);
            assertTrue(loser.err.contains("is being written by another forkcast run (pid "), loser.err);
            assertTrue(loser.err.contains("forkcast run " + LONG), "the message names the other run: " + loser.err);
            assertEquals(1, loser.err.strip().lines().count(), loser.err);
        }
        Cli winner = first.get(5, TimeUnit.MINUTES);
        assertEquals(0, winner.exitCode, winner.err);
        assertComplete(out);
        assertEquals(List.of("out"), siblings(), "no staging folder or checkpoint is left");
    }

    @Test
    void aRunInAnotherProcessHoldsTheLockUntilItEndsAndAKilledOneReleasesIt() throws Exception
    {
        Path out = this.tmp.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "forkcast.reports.cli.ForkcastCommand"));
        command.addAll(List.of(longRun(out)));
        Process other = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(this.tmp.resolve("log").toFile()).start();
        try
        {
            awaitLock(out);
            Cli loser = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--replications", "2", "--out",
                    out.toString(), "--quiet");
            assertTrue(other.isAlive(), Files.readString(this.tmp.resolve("log")));
            assertEquals(2, loser.exitCode, loser.err);
            assertTrue(loser.err.contains("is being written by another forkcast run (pid " + other.pid()), loser.err);
        }
        finally
        {
            other.destroyForcibly(); // SIGKILL: no shutdown hook runs; the operating system drops the lock
        }
        assertTrue(other.waitFor(60, TimeUnit.SECONDS));
        Cli next = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--replications", "2", "--out", out.toString(),
                "--quiet");
        assertEquals(0, next.exitCode, next.err);
        assertComplete(out);
        assertEquals(List.of("out"), siblings(), "the killed run's staging folder is removed");
    }

    @Test
    void aLiveRunsStagingFolderIsNeverRemovedByAnotherRun() throws Exception
    {
        // reproducer: a long run, and a short run into the same folder while the first is writing
        Path out = this.tmp.resolve("out");
        for (int trial = 0; trial < 3; trial++)
        {
            CompletableFuture<Cli> first = CompletableFuture.supplyAsync(() -> Cli.run("run", LONG.toString(),
                    "--replications", "3", "--threads", "1", "--out", out.toString(), "--quiet"));
            Thread.sleep(50L * trial);
            Cli second = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--replications", "2", "--out",
                    out.toString(), "--quiet");
            Cli winner = first.get(5, TimeUnit.MINUTES);
            assertTrue(winner.exitCode == 0 || second.exitCode == 0, winner.err + second.err);
            for (Cli c : List.of(winner, second))
            {
                assertTrue(c.exitCode == 0 || c.exitCode == 2 && c.err.contains("is being written by another forkcast"
                        + " run"), "either it ran, or it was refused with a clear message: " + c.err);
            }
            assertComplete(out);
            assertFalse(siblings().stream().anyMatch(n -> n.contains("forkcast-")), siblings().toString());
        }
    }
}
