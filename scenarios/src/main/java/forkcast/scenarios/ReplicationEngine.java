package forkcast.scenarios;

import java.util.List;

import forkcast.sim.ReplicationOutput;

/**
 * Runs a scenario's replications somewhere other than this process's thread pool (e.g. as Apache Spark tasks). Each
 * replication depends only on (scenario, seed, replication number), so where it runs cannot change its output; an
 * engine returns the outputs in the order asked for, which keeps every written file byte-identical to the pool's.
 */
public interface ReplicationEngine extends AutoCloseable
{
    /**
     * @param source what the scenario is rebuilt from where the replications run
     * @param seed the seed the run uses (the command line's, or the scenario's)
     * @param replications the replication numbers to run, each at least 1
     * @return their outputs, in the order given
     * @throws forkcast.sim.ReplicationFailedException when a replication fails
     */
    List<ReplicationOutput> run(ScenarioSource source, long seed, List<Integer> replications);

    /** A short description for the progress line, e.g. {@code Spark local[2]}. */
    String describe();

    /** Releases the engine's resources (e.g. stops its Spark context); never throws. */
    @Override
    void close();
}
