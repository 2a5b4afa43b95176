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
 * Replications on cores: the large farm's 10 replications on a pool of 1 or 2 threads, seconds per experiment (the
 * same seed every time, as a run of {@code forkcast run --threads N} does). The speed-up is the 1-thread time over the
 * 2-thread time of the same JMH run. Each fork's JVM gets the launcher's JVM options (see {@code forkcast}), so the
 * figure holds for the launcher's defaults.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms1g"})
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
    public List<ReplicationOutput> tenReplications()
    {
        return ExperimentRunner.run(this.loaded.window(), this.loaded.seed(), 10, this.threads,
                RecordingModel.factory(this.loaded.deployment()), null);
    }
}
