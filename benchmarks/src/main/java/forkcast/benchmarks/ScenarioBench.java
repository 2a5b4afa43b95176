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
 * One whole replication of an example scenario on one thread (loading excluded), reporting model events per second.
 * Run from the repository root so that the scenario path resolves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ScenarioBench
{
    @Param({"scenarios/examples/contact-centre.yaml"})
    public String scenario;

    /** Overrides applied before the run, e.g. a longer duration for a larger replication. */
    @Param({"run.duration=8h"})
    public String set;

    private Scenario loaded;
    private int replication;

    @Setup
    public void load() throws Exception
    {
        this.loaded = new ScenarioLoader(Catalog.builtIn()).load(Path.of(this.scenario),
                this.set.isEmpty() ? List.of() : List.of(this.set.split(";")));
    }

    @Benchmark
    public double wholeReplication(final EventCounters counters)
    {
        ReplicationOutput out = ReplicationRunner.run(this.loaded.window(), this.loaded.seed(), ++this.replication,
                RecordingModel.factory(this.loaded.deployment()));
        double events = out.value("sim.events");
        counters.events += (long) events;
        return events;
    }
}
