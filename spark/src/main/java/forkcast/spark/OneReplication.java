package forkcast.spark;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.function.Function;

import forkcast.models.RecordingModel;
import forkcast.scenarios.Checkpoint;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioSource;
import forkcast.sim.ReplicationRunner;

/**
 * One Spark task: rebuild the scenario from its YAML text and overrides, run one replication with the run's seed, and
 * return its output encoded as a checkpoint body (Forkcast's metrics are not {@code Serializable}; the encoding keeps
 * every value to the bit). Only plain values cross the wire, so the task runs the same in any executor.
 */
final class OneReplication implements Function<Integer, byte[]>
{
    private static final long serialVersionUID = 1L;

    private final String name;
    private final byte[] yaml;
    private final ArrayList<String> overrides;
    private final long seed;

    OneReplication(final ScenarioSource source, final long seed)
    {
        this.name = source.name();
        this.yaml = source.yaml();
        this.overrides = new ArrayList<>(source.overrides());
        this.seed = seed;
    }

    @Override
    public byte[] call(final Integer replication)
    {
        Scenario scenario;
        try
        {
            scenario = new ScenarioSource(this.name, this.yaml, List.copyOf(this.overrides)).load();
        }
        catch (ScenarioException e)
        {
            throw new IllegalStateException("the scenario did not load in the executor: " + e.getMessage(), e);
        }
        return Checkpoint.encode(ReplicationRunner.run(scenario.window(), this.seed, replication,
                RecordingModel.factory(scenario.deployment())));
    }
}
