package forkcast.sim;

/**
 * A model for one replication, built fresh for each one by a {@link ModelFactory}. {@link #start()} schedules the
 * first events; after the run ends, {@link #collect(ReplicationOutput)} writes the replication's metrics.
 */
public interface ReplicationModel
{
    /** Schedule the initial events. Called once, at time 0, on the simulator's thread. */
    void start();

    /** Close the statistics at the end of the run and write them into {@code output}. */
    void collect(ReplicationOutput output);
}
