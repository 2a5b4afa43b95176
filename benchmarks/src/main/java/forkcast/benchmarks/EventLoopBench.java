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
 * model as {@link AnchorBench}'s SSJ and stock-DSOL loops, so the figures compare. An operation is one whole
 * replication through {@link ReplicationRunner}: it includes building the simulator and DSOL's hand-over to its worker
 * thread (a few milliseconds, against about a second of events at the default run length, i.e. well under 1%).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(2)
public class EventLoopBench
{
    /** Simulated time per replication; about 180 events per unit. */
    @Param({"20000"})
    public double runLength;

    /** Per benchmark thread: each replication gets the next seed. */
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
            this.interArrival = new DistExponential(context.streams().stream("arrivals"), 1.0 / LossSystemParameters.LOAD);
            this.holding = new DistExponential(context.streams().stream("holding"), 1.0);
        }

        @Override
        public void start()
        {
            this.context.scheduleIn(this.interArrival.draw(), this::arrival);
        }

        private void arrival()
        {
            if (this.busy < LossSystemParameters.SERVERS)
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
        RunWindow window = new RunWindow(LossSystemParameters.WARMUP, this.runLength - LossSystemParameters.WARMUP,
                this.runLength);
        counters.startCpu();
        ReplicationOutput out = ReplicationRunner.run(window, ++this.seed, 1, LossSystem::new);
        double events = out.value("sim.events");
        counters.count((long) events);
        return events;
    }
}
