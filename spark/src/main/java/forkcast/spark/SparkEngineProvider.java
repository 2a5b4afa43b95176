package forkcast.spark;

import forkcast.scenarios.ReplicationEngine;
import forkcast.scenarios.ReplicationEngineProvider;

/** {@code --engine spark}: found by the command line through {@link java.util.ServiceLoader}. */
public final class SparkEngineProvider implements ReplicationEngineProvider
{
    @Override
    public String name()
    {
        return "spark";
    }

    @Override
    public ReplicationEngine open(final String master)
    {
        return new SparkEngine(master);
    }
}
