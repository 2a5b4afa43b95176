package forkcast.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import forkcast.models.RecordingModel;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioLoader;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.ReplicationRunner;

/**
 * One whole replication of a scenario on one thread (loading excluded, building the model included), reporting model
 * events per second. The two cases of the speed goals ({@link BenchmarkCase}): the M/M/c/c recorder and the large farm.
 * Run from the repository root so that the scenario paths resolve.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(2)
public class ScenarioBench
{
    @Param({"MMCC_RECORDER", "LARGE_FARM"})
    public BenchmarkCase scenario;

    private Scenario loaded;

    /** Per benchmark thread: each operation runs the next replication (its own random streams). */
    private int replication;

    @Setup
    public void load() throws Exception
    {
        this.loaded = new ScenarioLoader(Catalog.builtIn()).load(Path.of(this.scenario.file()),
                this.scenario.overrides());
    }

    @Benchmark
    public double wholeReplication(final EventCounters counters)
    {
        counters.startCpu();
        ReplicationOutput out = ReplicationRunner.run(this.loaded.window(), this.loaded.seed(), ++this.replication,
                RecordingModel.factory(this.loaded.deployment()));
        double events = out.value("sim.events");
        counters.count((long) events);
        return events;
    }
}
