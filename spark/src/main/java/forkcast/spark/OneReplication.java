package forkcast.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.TaskContext;

import forkcast.models.RecordingModel;
import forkcast.scenarios.Checkpoint;
import forkcast.scenarios.ReplicationTask;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioSource;
import forkcast.sim.ReplicationRunner;
import scala.Tuple2;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/**
 * One Spark task: given its replication's index in the submission, rebuild that replication's scenario from its YAML
 * text, overrides and varied values, run the replication with its seed, and return the output encoded as a checkpoint
 * body (Forkcast's metrics are not {@code Serializable}; the encoding keeps every value to the bit). Only plain values
 * cross the wire, so the task runs the same in any executor; each distinct source is shipped once per submission.
 */
final class OneReplication extends AbstractFunction2<TaskContext, Iterator<Integer>, Tuple2<Integer, byte[]>>
        implements Serializable
{
    private static final long serialVersionUID = 2L;

    private final ArrayList<ScenarioSource> sources = new ArrayList<>();
    private final int[] sourceOf;
    private final long[] seeds;
    private final int[] numbers;

    OneReplication(final List<ReplicationTask> tasks)
    {
        Map<ScenarioSource, Integer> distinct = new IdentityHashMap<>(); // one scenario's replications share one
        this.sourceOf = new int[tasks.size()];
        this.seeds = new long[tasks.size()];
        this.numbers = new int[tasks.size()];
        for (int t = 0; t < tasks.size(); t++)
        {
            ReplicationTask task = tasks.get(t);
            this.sourceOf[t] = distinct.computeIfAbsent(task.source(), s ->
            {
                this.sources.add(s);
                return this.sources.size() - 1;
            });
            this.seeds[t] = task.scenario().seed();
            this.numbers[t] = task.replication();
        }
    }

    /**
     * Each partition holds one task's index.
     *
     * @return the index and the output {@link Checkpoint#encode encoded}, as a pair of Scala's and Java's own types:
     *         under {@code spark.*.userClassPathFirst} the driver and the executor load Forkcast's classes each with a
     *         loader of its own, so a class of ours would not be the same class on both sides
     */
    @Override
    public Tuple2<Integer, byte[]> apply(final TaskContext context, final Iterator<Integer> indices)
    {
        int t = indices.next();
        if (indices.hasNext())
        {
            throw new IllegalStateException("a partition holds more than one replication");
        }
        Scenario scenario;
        try
        {
            scenario = this.sources.get(this.sourceOf[t]).load();
        }
        catch (ScenarioException e)
        {
            throw new IllegalStateException("the scenario did not load in the executor: " + e.getMessage(), e);
        }
        return new Tuple2<>(t, Checkpoint.encode(ReplicationRunner.run(scenario.window(), this.seeds[t], this.numbers[t],
                RecordingModel.factory(scenario.deployment()))));
    }
}
