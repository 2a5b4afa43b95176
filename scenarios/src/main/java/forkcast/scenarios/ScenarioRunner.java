package forkcast.scenarios;

import java.util.List;
import java.util.function.IntConsumer;

import forkcast.models.RecordingModel;
import forkcast.sim.ExperimentResults;
import forkcast.sim.ExperimentRunner;
import forkcast.sim.ReplicationOutput;

/** Runs a scenario's replications on a pool of threads and gathers the results. */
public final class ScenarioRunner
{
    private ScenarioRunner()
    {
    }

    /**
     * @param scenario the scenario (its seed and replications are used as they are)
     * @param threads worker threads
     * @param progress told each finished replication's number; may be null
     * @return the results, identical for any thread count
     * @throws forkcast.sim.ReplicationFailedException when a replication fails
     */
    public static RunResult run(final Scenario scenario, final int threads, final IntConsumer progress)
    {
        long start = System.nanoTime();
        List<ReplicationOutput> outputs = ExperimentRunner.run(scenario.window(), scenario.seed(),
                scenario.replications(), threads, RecordingModel.factory(scenario.deployment()), progress);
        double wall = (System.nanoTime() - start) / 1e9;
        return new RunResult(scenario, new ExperimentResults(outputs), scenario.deployment().ratings(), wall, threads);
    }
}
