package forkcast.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.metrics.Aggregation;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.metrics.MetricDirection;
import forkcast.sim.metrics.MetricGroup;
import forkcast.sim.metrics.MetricKind;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import nl.tudelft.simulation.jstats.streams.StreamInterface;

class ReplicationRunnerTest
{
    private static final MetricGroup TEST = new MetricGroup("test");
    private static final MetricDescriptor TICKS_TOTAL = TEST.total("ticks.total", "ticks", "ticker", "ticks, warm-up included");
    private static final MetricDescriptor TICKS_MEASURED = TEST.total("ticks.measured", "ticks", "ticker", "measured ticks");
    private static final MetricDescriptor TICKS = TEST.series("ticks", "ticks", "ticker", MetricDirection.NONE,
            Aggregation.PER_INTERVAL_COUNT, "measured ticks per interval");
    private static final MetricDescriptor NEVER = TEST.total("never", "ticks", "ticker", "never written");
    private static final MetricDescriptor SUM = TEST.scalar("sum", "s", MetricKind.AMOUNT, "draws",
            MetricDirection.NONE, Aggregation.TOTAL, "sum of the draws");

    /** Ticks every second; also schedules one event that is cancelled and one beyond the end. */
    private static final class Ticker implements ReplicationModel
    {
        private final SimContext context;
        private final List<Double> times = new ArrayList<>();
        private final IntervalCounter ticks;

        Ticker(final SimContext context)
        {
            this.context = context;
            this.ticks = new IntervalCounter(context.window());
        }

        @Override
        public void start()
        {
            SimEventInterface<Double> doomed = this.context.scheduleIn(3.5, () -> this.times.add(-1.0));
            this.context.cancel(doomed);
            this.context.scheduleAt(1_000, () -> this.times.add(-2.0));
            this.context.scheduleIn(1.0, this::tick);
        }

        private void tick()
        {
            this.times.add(this.context.now());
            this.ticks.increment(this.context.now());
            this.context.scheduleIn(1.0, this::tick);
        }

        @Override
        public void collect(final ReplicationOutput output)
        {
            output.put(TICKS_TOTAL.of(), this.times.size());
            output.put(TICKS_MEASURED.of(), this.ticks.total());
            output.putSeries(TICKS.of(), this.ticks.perInterval());
        }
    }

    @Test
    void runsToTheEndAndCountsTheModelsEventsExactly()
    {
        // warm-up 10 s, then 20 s measured in intervals of 5 s; ticks at 1, 2, ..., 30 (events at the end time run)
        ReplicationOutput out = ReplicationRunner.run(new RunWindow(10, 20, 5), 1, 1, Ticker::new);
        assertEquals(30, out.value("ticks.total"), 0.0);
        assertEquals(30, out.value("sim.events"), 0.0, "30 ticks; the cancelled event and the one after the end"
                + " never ran, DSOL's own warm-up and end events are not the model's");
        assertEquals(20, out.value("ticks.measured"), 0.0, "ticks at 10..29 are inside [10, 30)");
        assertArrayEquals(new double[] {5, 5, 5, 5}, out.series().get("ticks").values(), 0.0);
    }

    @Test
    void anExceptionInAnEventFailsTheRunWithTimeAndCauseInsteadOfHanging()
    {
        ModelFactory failing = context -> new ReplicationModel()
        {
            @Override
            public void start()
            {
                context.scheduleAt(5, () ->
                {
                    throw new IllegalStateException("recorder rec-a released more streams than it held");
                });
            }

            @Override
            public void collect(final ReplicationOutput output)
            {
                output.put(NEVER.of(), 0);
            }
        };
        ReplicationFailedException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ReplicationFailedException.class,
                        () -> ReplicationRunner.run(new RunWindow(0, 100, 10), 1, 4, failing)));
        assertTrue(e.getMessage().contains("replication 4 failed at t=5.000 s"), e.getMessage());
        assertTrue(e.getMessage().contains("released more streams than it held"), e.getMessage());
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }

    /** The clock the model reads inside an event is the event's time, also for the check against the past. */
    @Test
    void schedulingIntoThePastFailsTheRunAtTheTimeOfTheEventThatTriedIt()
    {
        ModelFactory backwards = context -> new ReplicationModel()
        {
            @Override
            public void start()
            {
                context.scheduleAt(2.5, () -> context.scheduleAt(7.25, () -> context.scheduleAt(context.now() - 1,
                        () -> { })));
            }

            @Override
            public void collect(final ReplicationOutput output)
            {
                output.put(NEVER.of(), 0);
            }
        };
        ReplicationFailedException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ReplicationFailedException.class,
                        () -> ReplicationRunner.run(new RunWindow(5, 100, 10), 1, 2, backwards)));
        assertTrue(e.getMessage().contains("replication 2 failed at t=7.250 s"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot schedule an event at t=6.25 in the past (now t=7.25)"),
                e.getMessage());
    }

    /** Draws from its streams so that the replication's outcome depends on its seed. */
    private static final class Draws implements ReplicationModel
    {
        private final SimContext context;
        private double sum;

        Draws(final SimContext context)
        {
            this.context = context;
        }

        @Override
        public void start()
        {
            StreamInterface stream = this.context.streams().stream("draws");
            for (int i = 0; i < 100; i++)
            {
                this.context.scheduleIn(stream.nextDouble() * 10, () -> this.sum += this.context.now());
            }
        }

        @Override
        public void collect(final ReplicationOutput output)
        {
            output.put(SUM.of(), this.sum);
        }
    }

    @Test
    void resultsAreInReplicationOrderAndIndependentOfTheThreadCount()
    {
        List<ReplicationOutput> one = ExperimentRunner.run(new RunWindow(0, 20, 5), 9, 6, 1, Draws::new, null);
        List<ReplicationOutput> three = ExperimentRunner.run(new RunWindow(0, 20, 5), 9, 6, 3, Draws::new, null);
        for (int r = 0; r < 6; r++)
        {
            assertEquals(r + 1, three.get(r).replication());
            assertEquals(one.get(r).value("sum"), three.get(r).value("sum"), 0.0);
        }
        assertTrue(one.get(0).value("sum") != one.get(1).value("sum"), "replications draw different numbers");
    }

    @Test
    void someReplicationsGiveWhatTheWholeRunGivesForThemAndEachIsReportedOnce()
    {
        List<ReplicationOutput> all = ExperimentRunner.run(new RunWindow(0, 20, 5), 9, 6, 2, Draws::new, null);
        java.util.Set<Integer> finished = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<ReplicationOutput> some = ExperimentRunner.runSome(new RunWindow(0, 20, 5), 9, List.of(5, 2), 2,
                Draws::new, output -> assertTrue(finished.add(output.replication())));
        assertEquals(List.of(5, 2), some.stream().map(ReplicationOutput::replication).toList(), "in the order given");
        assertEquals(all.get(4).value("sum"), some.get(0).value("sum"), 0.0);
        assertEquals(all.get(1).value("sum"), some.get(1).value("sum"), 0.0);
        assertEquals(java.util.Set.of(2, 5), finished);
        assertEquals(List.of(), ExperimentRunner.runSome(new RunWindow(0, 20, 5), 9, List.of(), 2, Draws::new, null));
    }

    @Test
    void aFailingReplicationFailsTheExperiment()
    {
        ModelFactory factory = context -> context.replication() == 2 ? new ReplicationModel()
        {
            @Override
            public void start()
            {
                context.scheduleAt(1, () ->
                {
                    throw new IllegalArgumentException("boom");
                });
            }

            @Override
            public void collect(final ReplicationOutput output)
            {
            }
        } : new Draws(context);
        ReplicationFailedException e = assertThrows(ReplicationFailedException.class,
                () -> ExperimentRunner.run(new RunWindow(0, 20, 5), 9, 3, 2, factory, null));
        assertTrue(e.getMessage().startsWith("replication 2 failed"), e.getMessage());
    }
}
