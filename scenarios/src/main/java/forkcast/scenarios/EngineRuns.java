package forkcast.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import forkcast.sim.ExperimentResults;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.MeasurementWindow;

/**
 * Scenarios whose replications run on a {@link ReplicationEngine} as one submission: every point of a sweep, every
 * alternative of a comparison, so that a cluster gets all of the work at once rather than one scenario at a time. The
 * results equal {@link ScenarioRunner}'s on the thread pool: each replication depends only on its scenario, seed and
 * number, and the outputs are put back in replication order. With a checkpoint, replications already in it are not
 * run again and each new one is saved as it arrives, so that an interrupted batch resumes, as on the thread pool.
 */
public final class EngineRuns
{
    private record Entry(Scenario scenario, ScenarioSource source, int point)
    {
    }

    private final List<Entry> entries = new ArrayList<>();

    /**
     * @param scenario the scenario as loaded here, with the seed and replications it runs with
     * @param source what it was loaded from, to rebuild it where the replications run
     * @param point its key in the checkpoint (a sweep's point, a sizing's value); unused without a checkpoint
     * @return this
     */
    public EngineRuns add(final Scenario scenario, final ScenarioSource source, final int point)
    {
        this.entries.add(new Entry(scenario, source, point));
        return this;
    }

    /**
     * @param workers recorded in each result as its thread count (the engine's parallelism)
     * @param checkpoint keeps finished replications; null for none
     * @param progress told each replication's number once it is available: at once for one found in the checkpoint,
     *            when it arrives for one that runs; may be null
     * @return one result per scenario, in the order added; each one's wall time is the whole submission's
     * @throws forkcast.sim.ReplicationFailedException when a replication fails
     */
    public List<RunResult> run(final ReplicationEngine engine, final int workers, final Checkpoint checkpoint,
            final IntConsumer progress)
    {
        long start = System.nanoTime();
        List<ReplicationOutput[]> outputs = new ArrayList<>();
        List<ReplicationTask> tasks = new ArrayList<>();
        List<Integer> entryOf = new ArrayList<>();
        for (int e = 0; e < this.entries.size(); e++)
        {
            Entry entry = this.entries.get(e);
            ReplicationOutput[] found = new ReplicationOutput[entry.scenario().replications()];
            MeasurementWindow window = entry.scenario().window().measurement();
            for (int r = 1; r <= found.length; r++)
            {
                found[r - 1] = checkpoint == null ? null : checkpoint.load(entry.point(), r, window);
                if (found[r - 1] == null)
                {
                    tasks.add(new ReplicationTask(entry.scenario(), entry.source(), r));
                    entryOf.add(e);
                }
                else if (progress != null)
                {
                    progress.accept(r);
                }
            }
            outputs.add(found);
        }
        List<ReplicationOutput> ran = tasks.isEmpty() ? List.of() : engine.run(tasks, (output, task) ->
        {
            if (checkpoint != null)
            {
                checkpoint.save(this.entries.get(entryOf.get(task)).point(), output);
            }
            if (progress != null)
            {
                progress.accept(output.replication());
            }
        });
        for (int t = 0; t < tasks.size(); t++)
        {
            outputs.get(entryOf.get(t))[tasks.get(t).replication() - 1] = ran.get(t);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        List<RunResult> results = new ArrayList<>();
        for (int e = 0; e < this.entries.size(); e++)
        {
            Scenario scenario = this.entries.get(e).scenario();
            results.add(new RunResult(scenario, new ExperimentResults(List.of(outputs.get(e))),
                    scenario.deployment().ratings(), wall, workers, List.of()));
        }
        return results;
    }
}
