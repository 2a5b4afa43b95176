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

import forkcast.sim.ReplicationModel;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.ReplicationRunner;
import forkcast.sim.RunWindow;
import forkcast.sim.SimContext;
import nl.tudelft.simulation.jstats.distributions.DistExponential;

/**
 * The event loop alone: an M/M/c/c loss system (c = 100, A = 90 Erlang, h = 1) on Forkcast's sim-core, the same
 * model as the reference anchors, so the figure is comparable with their DSOL and plain-loop numbers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class EventLoopBench
{
    /** Simulated time per replication; about 180 events per unit. */
    @Param({"20000"})
    public double runLength;

    private long seed;

    /** The loss system: two events per accepted call, one per blocked call. */
    static final class LossSystem implements ReplicationModel
    {
        private final SimContext context;
        private final DistExponential interArrival;
        private final DistExponential holding;
        private int busy;

        LossSystem(final SimContext context)
        {
            this.context = context;
            this.interArrival = new DistExponential(context.streams().stream("arrivals"), 1.0 / 90);
            this.holding = new DistExponential(context.streams().stream("holding"), 1.0);
        }

        @Override
        public void start()
        {
            this.context.scheduleIn(this.interArrival.draw(), this::arrival);
        }

        private void arrival()
        {
            if (this.busy < 100)
            {
                this.busy++;
                this.context.scheduleIn(this.holding.draw(), this::departure);
            }
            this.context.scheduleIn(this.interArrival.draw(), this::arrival);
        }

        private void departure()
        {
            this.busy--;
        }

        @Override
        public void collect(final ReplicationOutput output)
        {
        }
    }

    @Benchmark
    public double lossSystem(final EventCounters counters)
    {
        ReplicationOutput out = ReplicationRunner.run(new RunWindow(20, this.runLength - 20, this.runLength), ++this.seed,
                1, LossSystem::new);
        double events = out.value("sim.events");
        counters.events += (long) events;
        return events;
    }
}
