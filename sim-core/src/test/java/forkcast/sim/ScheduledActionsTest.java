package forkcast.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.metrics.MetricGroup;
import nl.tudelft.simulation.jstats.streams.StreamInterface;

/**
 * An action on a subject ({@link EventAction}) and a {@link RecurringEvent} are scheduled exactly as a new lambda event
 * would be: the same events run in the same order (ties included) and the same number is counted.
 */
class ScheduledActionsTest
{
    private static final MetricGroup TEST = new MetricGroup("actions");
    private static final MetricDescriptor RAN = TEST.total("ran", "events", "model", "events the model saw run");

    /** A subject: a "call" that ends after a random time. */
    private record Job(int number, double length)
    {
    }

    /**
     * Arrivals at random times on a coarse grid (many ties with the job ends, which are also on it); each arrival
     * starts a job that ends later, and every third job is cancelled. Either with lambdas for everything, or with a
     * recurring arrival event and an action kept in a field.
     */
    private static final class Shop implements ReplicationModel
    {
        private final SimContext context;
        private final boolean lean;
        private final List<String> log;
        private final StreamInterface stream;
        private final EventAction<Job> jobEnd = this::ended;
        private RecurringEvent nextArrival;
        private int jobs;

        Shop(final SimContext context, final boolean lean, final List<String> log)
        {
            this.context = context;
            this.lean = lean;
            this.log = log;
            this.stream = context.streams().stream("shop");
        }

        @Override
        public void start()
        {
            if (this.lean)
            {
                this.nextArrival = this.context.recurring(shop -> shop.arrival(), this);
            }
            scheduleArrival();
        }

        private void scheduleArrival()
        {
            double at = this.context.now() + Math.floor(this.stream.nextDouble() * 4) * 0.5;
            if (this.lean)
            {
                this.nextArrival.scheduleAt(at);
            }
            else
            {
                this.context.scheduleAt(at, this::arrival);
            }
        }

        private void arrival()
        {
            this.log.add(this.context.now() + " arrival");
            scheduleArrival();
            Job job = new Job(++this.jobs, Math.floor(this.stream.nextDouble() * 8) * 0.5);
            var end = this.lean ? this.context.scheduleIn(job.length(), this.jobEnd, job)
                    : this.context.scheduleIn(job.length(), () -> ended(job));
            if (job.number() % 3 == 0)
            {
                this.context.cancel(end);
            }
        }

        private void ended(final Job job)
        {
            this.log.add(this.context.now() + " end " + job.number());
        }

        @Override
        public void collect(final ReplicationOutput output)
        {
            output.put(RAN.of(), this.log.size());
        }
    }

    @Test
    void recurringEventsAndActionsOnSubjectsRunAsLambdaEventsWould()
    {
        List<String> lambdas = new ArrayList<>();
        List<String> lean = new ArrayList<>();
        RunWindow window = new RunWindow(10, 600, 10);
        ReplicationOutput a = ReplicationRunner.run(window, 7, 1, context -> new Shop(context, false, lambdas));
        ReplicationOutput b = ReplicationRunner.run(window, 7, 1, context -> new Shop(context, true, lean));
        long times = lambdas.stream().map(line -> line.substring(0, line.indexOf(' '))).distinct().count();
        assertTrue(lambdas.size() > times + 500, "many events at equal times: " + lambdas.size() + " at " + times);
        assertEquals(lambdas, lean);
        assertEquals(a.value("sim.events"), b.value("sim.events"), 0.0);
        assertEquals(lambdas.size(), b.value("sim.events"), 0.0, "every executed model event logged once");
    }

    @Test
    void aRecurringEventScheduledAgainWhilePendingFailsTheRun()
    {
        ModelFactory twice = context -> new ReplicationModel()
        {
            @Override
            public void start()
            {
                RecurringEvent tick = context.recurring(subject -> { }, "tick");
                context.scheduleAt(3, () ->
                {
                    tick.scheduleAt(5);
                    tick.scheduleAt(6);
                });
            }

            @Override
            public void collect(final ReplicationOutput output)
            {
                output.put(RAN.of(), 0);
            }
        };
        ReplicationFailedException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ReplicationFailedException.class,
                        () -> ReplicationRunner.run(new RunWindow(0, 100, 10), 1, 1, twice)));
        assertTrue(e.getMessage().contains("scheduled again before it ran"), e.getMessage());
    }
}
