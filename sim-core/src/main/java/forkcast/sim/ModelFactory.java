package forkcast.sim;

/** Builds the model of one replication against its context. Must not share mutable state between calls. */
@FunctionalInterface
public interface ModelFactory
{
    ReplicationModel create(SimContext context);
}
