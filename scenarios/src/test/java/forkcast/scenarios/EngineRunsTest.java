package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ObjIntConsumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.models.RecordingModel;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.ReplicationRunner;

/**
 * The engine seam without Spark: an engine that rebuilds each scenario from its source and answers out of order gives
 * {@link ScenarioRunner}'s results on the thread pool, for several scenarios in one submission; with a checkpoint, only
 * the replications missing from it are submitted, and each one that arrives is saved.
 */
class EngineRunsTest
{
    private static final Path QUICKSTART = Path.of("examples/quickstart.yaml");

    @TempDir
    Path tmp;

    /** Runs its tasks last first, as a cluster may finish them, rebuilding each scenario from its source. */
    private static final class Backwards implements ReplicationEngine
    {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<ReplicationOutput> run(final List<ReplicationTask> tasks,
                final ObjIntConsumer<ReplicationOutput> finished)
        {
            ReplicationOutput[] outputs = new ReplicationOutput[tasks.size()];
            for (int t = tasks.size() - 1; t >= 0; t--)
            {
                ReplicationTask task = tasks.get(t);
                this.asked.add(String.join(" ", task.source().varied()) + " r" + task.replication());
                Scenario rebuilt;
                try
                {
                    rebuilt = task.source().load();
                }
                catch (ScenarioException e)
                {
                    throw new IllegalStateException(e);
                }
                outputs[t] = ReplicationRunner.run(rebuilt.window(), task.scenario().seed(), task.replication(),
                        RecordingModel.factory(rebuilt.deployment()));
                finished.accept(outputs[t], t);
            }
            return List.of(outputs);
        }

        @Override
        public String describe()
        {
            return "backwards";
        }

        @Override
        public void close()
        {
        }
    }

    @Test
    void aSweepOnAnEngineGivesThePoolsResultsAndResumesFromItsCheckpoint() throws Exception
    {
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        List<SweepAxis> axes = List.of(SweepAxis.parse("recorders.rec-a.maxStreams=60,160"));
        List<String> overrides = List.of("run.duration=10m");
        List<Sweep.Point> pool = Sweep.run(loader, QUICKSTART, overrides, axes, 5L, 3, 2, null, null, null, null);

        Checkpoint checkpoint = Checkpoint.open(this.tmp.resolve("out"), "batch", false, damaged -> { });
        checkpoint.save(1, pool.get(1).result().results().replications().get(1)); // point 1, replication 2
        Backwards engine = new Backwards();
        List<Integer> arrived = new ArrayList<>();
        List<Sweep.Point> onEngine = Sweep.run(loader, QUICKSTART, overrides, axes, 5L, 3, 2, engine, checkpoint,
                arrived::add, null);

        assertEquals(List.of("recorders.rec-a.maxStreams=160 r3", "recorders.rec-a.maxStreams=160 r1",
                "recorders.rec-a.maxStreams=60 r3", "recorders.rec-a.maxStreams=60 r2",
                "recorders.rec-a.maxStreams=60 r1"), engine.asked, "one submission, without what the checkpoint has");
        assertEquals(6, arrived.size(), "each replication told once: found or arrived");
        for (int p = 0; p < pool.size(); p++)
        {
            List<ReplicationOutput> expected = pool.get(p).result().results().replications();
            List<ReplicationOutput> actual = onEngine.get(p).result().results().replications();
            for (int r = 0; r < expected.size(); r++)
            {
                assertEquals(r + 1, actual.get(r).replication(), "in replication order");
                assertArrayEquals(Checkpoint.encode(expected.get(r)), Checkpoint.encode(actual.get(r)),
                        "point " + p + " replication " + (r + 1));
            }
            assertEquals(pool.get(p).result().results().summaries(), onEngine.get(p).result().results().summaries());
        }
        // what arrived was saved: a resumed run finds every replication
        assertEquals(List.of(), engineAskedOnResume(loader, axes, overrides, checkpoint));
    }

    private static List<String> engineAskedOnResume(final ScenarioLoader loader, final List<SweepAxis> axes,
            final List<String> overrides, final Checkpoint checkpoint) throws ScenarioException
    {
        Backwards again = new Backwards();
        Sweep.run(loader, QUICKSTART, overrides, axes, 5L, 3, 2, again, checkpoint, null, null);
        return again.asked;
    }

    @Test
    void aVariantIsRebuiltFromItsFile() throws Exception
    {
        Path file = Path.of("examples/branch-phone-vs-network.yaml");
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        List<Scenario> alternatives = loader.loadAlternatives(file, List.of("run.duration=10m"));
        Scenario variant = alternatives.get(2);
        Scenario rebuilt = new ScenarioSource(file.toString(), variant.text().getBytes(StandardCharsets.UTF_8),
                List.of("run.duration=10m"), List.of(), variant.name()).load();
        assertEquals(variant.name(), rebuilt.name());
        assertEquals(variant.window(), rebuilt.window());
        assertArrayEquals(Checkpoint.encode(first(variant)), Checkpoint.encode(first(rebuilt)), "the same simulation");
        assertNotEquals(Arrays.toString(Checkpoint.encode(first(alternatives.get(0)))),
                Arrays.toString(Checkpoint.encode(first(rebuilt))), "the variant, not the base scenario");
    }

    private static ReplicationOutput first(final Scenario scenario)
    {
        return ReplicationRunner.run(scenario.window(), scenario.seed(), 1, RecordingModel.factory(scenario.deployment()));
    }
}
