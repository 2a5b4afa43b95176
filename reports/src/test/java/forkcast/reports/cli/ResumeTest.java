package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.reports.Batch;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.Checkpoint;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.Sweep;
import forkcast.scenarios.SweepAxis;

/** An interrupted sweep, resumed, gives the same bytes as an uninterrupted one; another batch is not overwritten. */
class ResumeTest
{
    private static final String VARY = "recorders.rec-a.maxStreams=80,120,160";

    @TempDir
    Path tmp;

    @Test
    void aKilledAndResumedSweepEqualsAnUninterruptedOne() throws Exception
    {
        Path whole = this.tmp.resolve("whole");
        assertEquals(0, Cli.run("sweep", RunCommandTest.QUICKSTART.toString(), "--vary", VARY, "--replications", "3",
                "--out", whole.toString(), "--quiet").exitCode);

        // interrupted after the first point: its replications are in the checkpoint, the rest never ran
        Path resumed = this.tmp.resolve("resumed");
        String batch = Batch.identity("sweep", RunCommandTest.QUICKSTART, List.of(), List.of("vary: " + VARY,
                "seed: 42", "replications: 3"));
        Checkpoint checkpoint = Checkpoint.open(resumed, batch, false);
        assertThrows(IllegalStateException.class, () -> Sweep.run(new ScenarioLoader(Catalog.builtIn()),
                RunCommandTest.QUICKSTART, List.of(), List.of(SweepAxis.parse(VARY)), null, 3, 2, checkpoint, p ->
                {
                    throw new IllegalStateException("killed");
                }));
        try (Stream<Path> saved = Files.list(Checkpoint.folderFor(resumed)))
        {
            assertEquals(3, saved.filter(f -> f.getFileName().toString().startsWith("p0-")).count());
        }

        Cli cli = Cli.run("sweep", RunCommandTest.QUICKSTART.toString(), "--vary", VARY, "--replications", "3", "--out",
                resumed.toString(), "--resume", "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        assertTrue(!Files.exists(Checkpoint.folderFor(resumed)), "the checkpoint is gone once published");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(whole))
        {
            // run.json holds the time of day and the wall time: the one output that differs between identical runs
            files = walk.filter(Files::isRegularFile).map(whole::relativize)
                    .filter(f -> !f.toString().equals("run.json")).sorted().toList();
        }
        assertTrue(files.size() > 5);
        assertTrue(Files.exists(resumed.resolve("run.json")));
        for (Path f : files)
        {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(resumed.resolve(f)), f.toString());
        }
    }

    @Test
    void aDamagedCheckpointIsNamedAndRunAgainGivingTheSameOutputs() throws Exception
    {
        Path whole = this.tmp.resolve("whole");
        assertEquals(0, Cli.run("sweep", RunCommandTest.QUICKSTART.toString(), "--vary", VARY, "--replications", "2",
                "--out", whole.toString(), "--quiet").exitCode);
        Path resumed = this.tmp.resolve("resumed");
        String batch = Batch.identity("sweep", RunCommandTest.QUICKSTART, List.of(), List.of("vary: " + VARY,
                "seed: 42", "replications: 2"));
        Checkpoint checkpoint = Checkpoint.open(resumed, batch, false);
        assertThrows(IllegalStateException.class, () -> Sweep.run(new ScenarioLoader(Catalog.builtIn()),
                RunCommandTest.QUICKSTART, List.of(), List.of(SweepAxis.parse(VARY)), null, 2, 2, checkpoint, p ->
                {
                    throw new IllegalStateException("killed");
                }));
        Path folder = Checkpoint.folderFor(resumed);
        Files.writeString(folder.resolve("p0-r1.json"), ""); // empty
        byte[] r2 = Files.readAllBytes(folder.resolve("p0-r2.json"));
        Files.write(folder.resolve("p0-r2.json"), java.util.Arrays.copyOf(r2, r2.length / 3)); // truncated
        Files.writeString(folder.resolve("p1-r1.json"), "garbage {{{"); // a point that had not run

        Cli cli = Cli.run("sweep", RunCommandTest.QUICKSTART.toString(), "--vary", VARY, "--replications", "2", "--out",
                resumed.toString(), "--resume", "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        for (String name : List.of("p0-r1.json", "p0-r2.json", "p1-r1.json"))
        {
            assertTrue(cli.err.contains("checkpoint " + folder.resolve(name) + " is damaged"), cli.err);
        }
        assertTrue(!cli.err.contains("internal error") && !cli.err.contains("Exception"), cli.err);
        for (String f : List.of("sweep.csv", "report.html"))
        {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(resumed.resolve(f)), f);
        }
    }

    @Test
    void anotherBatchIsNotOverwrittenWithoutForce()
    {
        Path out = this.tmp.resolve("out");
        assertEquals(0, Cli.run("sweep", RunCommandTest.QUICKSTART.toString(), "--vary", VARY, "--replications", "2",
                "--out", out.toString(), "--quiet").exitCode);
        Cli other = Cli.run("sweep", RunCommandTest.QUICKSTART.toString(), "--vary", "cluster.recordingSetupDelay=1s,2s",
                "--replications", "2", "--out", out.toString(), "--quiet");
        assertEquals(2, other.exitCode);
        assertTrue(other.err.contains("holds the outputs of another batch"), other.err);
        assertEquals(0, Cli.run("sweep", RunCommandTest.QUICKSTART.toString(), "--vary",
                "cluster.recordingSetupDelay=1s,2s", "--replications", "2", "--out", out.toString(), "--quiet", "--force")
                .exitCode);
        assertEquals(0, Cli.run("sweep", RunCommandTest.QUICKSTART.toString(), "--vary",
                "cluster.recordingSetupDelay=1s,2s", "--replications", "2", "--out", out.toString(), "--quiet").exitCode,
                "the same batch again may overwrite its own outputs");
    }
}
