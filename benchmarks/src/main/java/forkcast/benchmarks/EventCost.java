package forkcast.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

import forkcast.models.RecordingModel;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioLoader;
import forkcast.sim.ModelFactory;
import forkcast.sim.ReplicationModel;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.ReplicationRunner;
import forkcast.sim.SimContext;

/**
 * The cost of one model event in each speed-goal case ({@link BenchmarkCase}), measured on the simulator's own thread
 * between a probe event at time 0 and one at the run's end (model construction and JIT-compiling before the first
 * replications excluded): bytes allocated per event, which does not depend on the load of the machine, and CPU
 * nanoseconds per event (the best and the mean of the replications after the first half), which does less than wall
 * time; and the CPU time of building the model, beside the whole replication's wall time. Run from the repository
 * root: {@code benchmarks/run.sh cost [CASE] [REPLICATIONS]}.
 */
public final class EventCost
{
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private EventCost()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        int replications = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        for (BenchmarkCase c : BenchmarkCase.values())
        {
            if (args.length == 0 || args[0].equals(c.name()))
            {
                measure(c, replications);
            }
        }
    }

    private static void measure(final BenchmarkCase c, final int replications) throws Exception
    {
        Scenario scenario = new ScenarioLoader(Catalog.builtIn()).load(Path.of(c.file()), c.overrides());
        double bestNanos = Double.POSITIVE_INFINITY;
        double nanos = 0;
        double bytes = 0;
        double events = 0;
        double buildNanos = 0;
        double wallNanos = 0;
        for (int r = 1; r <= replications; r++)
        {
            Probe probe = new Probe(RecordingModel.factory(scenario.deployment()));
            long started = System.nanoTime();
            ReplicationOutput out = ReplicationRunner.run(scenario.window(), scenario.seed(), r, probe);
            long wall = System.nanoTime() - started;
            double modelEvents = out.value("sim.events") - 2; // the probes' own two
            if (r > replications / 2)
            {
                bestNanos = Math.min(bestNanos, probe.cpuNanos / modelEvents);
                nanos += probe.cpuNanos;
                bytes += probe.bytes;
                events += modelEvents;
                buildNanos += probe.buildCpuNanos;
                wallNanos += wall;
            }
        }
        System.out.printf(Locale.ROOT, "%-14s %,12.0f events/replication  %6.1f bytes/event  CPU ns/event: best %6.1f,"
                + " mean %6.1f (%.2f M events per CPU s)%n", c.name(), events / (replications - replications / 2),
                bytes / events, bestNanos, nanos / events, events / nanos * 1e3);
        int measured = replications - replications / 2;
        System.out.printf(Locale.ROOT, "%-14s building the model: %.1f ms CPU per replication, %.1f%% of a whole"
                + " replication's %.1f ms (wall)%n", "", buildNanos / measured / 1e6,
                100 * buildNanos / wallNanos, wallNanos / measured / 1e6);
    }

    /** Wraps the model with two events of its own that read the simulator thread's allocation and CPU counters. */
    private static final class Probe implements ModelFactory
    {
        private final ModelFactory model;
        private long bytes;
        private long cpuNanos;
        /** CPU time of building the model (the thread that runs the replication, before the simulator's loop). */
        private long buildCpuNanos;

        Probe(final ModelFactory model)
        {
            this.model = model;
        }

        @Override
        public ReplicationModel create(final SimContext context)
        {
            long started = THREADS.getCurrentThreadCpuTime();
            ReplicationModel inner = this.model.create(context);
            this.buildCpuNanos = THREADS.getCurrentThreadCpuTime() - started;
            return new ReplicationModel()
            {
                @Override
                public void start()
                {
                    context.scheduleAt(0.0, () ->
                    {
                        Probe.this.bytes = -THREADS.getCurrentThreadAllocatedBytes();
                        Probe.this.cpuNanos = -THREADS.getCurrentThreadCpuTime();
                    });
                    inner.start();
                    context.scheduleAt(context.window().end(), () ->
                    {
                        Probe.this.bytes += THREADS.getCurrentThreadAllocatedBytes();
                        Probe.this.cpuNanos += THREADS.getCurrentThreadCpuTime();
                    });
                }

                @Override
                public void collect(final ReplicationOutput output)
                {
                    inner.collect(output);
                }
            };
        }
    }
}
