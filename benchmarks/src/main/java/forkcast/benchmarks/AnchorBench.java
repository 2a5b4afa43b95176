package forkcast.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The anchors Forkcast's event rate is held against, measured in the same JMH run as Forkcast's own benchmarks: the
 * M/M/c/c loss system (c = 100, A = 90 Erlang, h = 1) as a bare SSJ 3.3.2 loop and on stock DSOL 4.3.2. Both report
 * {@code events} (model events per second). Each operation is one replication of {@code runLength} time units (about
 * 180 events per unit), with its own seed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(2)
public class AnchorBench
{
    @Param({"20000"})
    public double runLength;

    /** Per benchmark thread: each replication gets the next seed. */
    private long seed;

    @Benchmark
    public long ssjLossSystem(final EventCounters counters)
    {
        counters.startCpu();
        long events = SsjLossSystem.run(this.runLength, ++this.seed);
        counters.count(events);
        return events;
    }

    @Benchmark
    public long dsolStockLossSystem(final EventCounters counters) throws InterruptedException
    {
        counters.startCpu();
        long events = DsolLossSystem.run(this.runLength, ++this.seed);
        counters.count(events);
        return events;
    }
}
