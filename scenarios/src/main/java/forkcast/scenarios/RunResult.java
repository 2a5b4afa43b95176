package forkcast.scenarios;

import java.util.List;

import forkcast.sim.ExperimentResults;
import forkcast.sim.Rating;

/**
 * What a run produced: the scenario, every replication's metrics with their summaries, the rated capacities to judge
 * them by, and how long it took (the only figures that vary between identical runs).
 *
 * @param scenario the scenario run
 * @param results per-replication outputs and summaries
 * @param ratings rated capacities with the metric to compare
 * @param wallSeconds elapsed time of the run
 * @param threads worker threads used
 * @param trace lifecycle events of the first calls of replication 1, when asked for; else empty
 */
public record RunResult(Scenario scenario, ExperimentResults results, List<Rating> ratings, double wallSeconds,
        int threads, List<TraceRow> trace)
{
    /** @return model events executed per second of wall time, over all replications */
    public double eventsPerSecond()
    {
        double events = 0;
        for (double e : this.results.values("sim.events"))
        {
            events += e;
        }
        return this.wallSeconds > 0 ? events / this.wallSeconds : 0;
    }
}
