package forkcast.scenarios;

import java.util.List;
import java.util.function.ObjIntConsumer;

import forkcast.sim.ReplicationOutput;

/**
 * Runs replications somewhere other than this process's thread pool (e.g. as Apache Spark tasks). Each replication
 * depends only on (scenario, seed, replication number), so where it runs cannot change its output; an engine returns
 * the outputs in the order asked for, which keeps every written file byte-identical to the pool's.
 */
public interface ReplicationEngine extends AutoCloseable
{
    /**
     * Run replications, of one scenario or of several (every point of a sweep, every alternative of a comparison), as
     * one submission.
     *
     * @param tasks the replications to run
     * @param finished told each replication's output with its index in {@code tasks} as it arrives, at most once each,
     *            in any order, from any one thread at a time; may be null
     * @return their outputs, in the order of {@code tasks}
     * @throws forkcast.sim.ReplicationFailedException when a replication fails
     */
    List<ReplicationOutput> run(List<ReplicationTask> tasks, ObjIntConsumer<ReplicationOutput> finished);

    /** A short description for the progress line, e.g. {@code Spark local[2]}. */
    String describe();

    /** Releases the engine's resources (e.g. stops its Spark context); never throws. */
    @Override
    void close();
}
