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
import forkcast.sim.ExperimentRunner;
import forkcast.sim.ReplicationOutput;

/**
 * Replications on cores: the large farm's 10 replications on a pool of 1 or 2 threads, experiments per second (the
 * same seed every time, as a run of {@code forkcast run --threads N} does), with the JVM's CPU time beside it
 * ({@link EventCounters}). The speed-up is the 2-thread rate over the 1-thread rate of the same JMH run; the CPU
 * seconds per experiment at 2 threads over those at 1 thread say what running in parallel costs, which load on the
 * machine does not hide. Each fork is a JVM with default options, as the launcher starts one (it sets
 * none: docs/performance.md says why). Wall time: on a machine busy with other work, it shows the share of the cores
 * this JVM got rather than the speed-up (read the load line under the table).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(2)
public class ScalingBench
{
    @Param({"1", "2"})
    public int threads;

    private Scenario loaded;

    @Setup
    public void load() throws Exception
    {
        this.loaded = new ScenarioLoader(Catalog.builtIn()).load(Path.of(BenchmarkCase.LARGE_FARM.file()),
                BenchmarkCase.LARGE_FARM.overrides());
    }

    @Benchmark
    public List<ReplicationOutput> tenReplications(final EventCounters counters)
    {
        counters.startCpu();
        List<ReplicationOutput> outputs = ExperimentRunner.run(this.loaded.window(), this.loaded.seed(), 10, this.threads,
                RecordingModel.factory(this.loaded.deployment()), null);
        long events = 0;
        for (ReplicationOutput output : outputs)
        {
            events += (long) output.value("sim.events");
        }
        counters.count(events);
        return outputs;
    }
}
