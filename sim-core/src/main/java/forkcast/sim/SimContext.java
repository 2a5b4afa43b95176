package forkcast.sim;

import forkcast.sim.stats.MeasurementWindow;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.Executable;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * What a model element sees of the simulation: the clock, the scheduler, its random streams and the measurement
 * window. One per replication; elements get it through their constructor, never from a static, so replications can
 * run on any thread. Time is in seconds.
 */
public final class SimContext
{
    private final LeanDevsSimulator simulator;
    private final RandomStreams streams;
    private final MeasurementWindow window;
    private final int replication;

    SimContext(final LeanDevsSimulator simulator, final RandomStreams streams, final MeasurementWindow window,
            final int replication)
    {
        this.simulator = simulator;
        this.streams = streams;
        this.window = window;
        this.replication = replication;
    }

    /** @return the simulation time in seconds */
    public double now()
    {
        return this.simulator.now();
    }

    /**
     * Schedule {@code action} after {@code delay} seconds. Same-time events run first in, first out.
     * @return a handle for {@link #cancel}
     */
    public SimEventInterface<Double> scheduleIn(final double delay, final Executable action)
    {
        return this.simulator.schedule(this.simulator.now() + delay, action);
    }

    /** Schedule {@code action} at absolute time {@code time} (not in the past). */
    public SimEventInterface<Double> scheduleAt(final double time, final Executable action)
    {
        return this.simulator.schedule(time, action);
    }

    /**
     * Schedule {@code action} on {@code subject} after {@code delay} seconds: as {@link #scheduleIn(double,
     * Executable)}, without a lambda per subject when the action is kept in a field.
     * @return a handle for {@link #cancel}
     */
    public <T> SimEventInterface<Double> scheduleIn(final double delay, final EventAction<? super T> action,
            final T subject)
    {
        return this.simulator.schedule(this.simulator.now() + delay, action, subject);
    }

    /** Schedule {@code action} on {@code subject} at absolute time {@code time} (not in the past). */
    public <T> SimEventInterface<Double> scheduleAt(final double time, final EventAction<? super T> action,
            final T subject)
    {
        return this.simulator.schedule(time, action, subject);
    }

    /**
     * An event to be scheduled again and again ({@link RecurringEvent#scheduleAt}), one occurrence pending at a time;
     * nothing is scheduled yet.
     */
    public <T> RecurringEvent recurring(final EventAction<? super T> action, final T subject)
    {
        return new RecurringEvent(this.simulator, new ModelEvent(0.0, 0L, action, subject));
    }

    /** Cancel a scheduled event; no effect if it already ran. */
    public void cancel(final SimEventInterface<Double> event)
    {
        this.simulator.cancelEvent(event);
    }

    /** @return the named random streams of this replication */
    public RandomStreams streams()
    {
        return this.streams;
    }

    /** @return warm-up end, run end and the interval grid of the statistics */
    public MeasurementWindow window()
    {
        return this.window;
    }

    /** @return the replication number, from 1 */
    public int replication()
    {
        return this.replication;
    }

    /** @return events the simulator has pending now (for bounds checks in tests and soak runs) */
    public int pendingEvents()
    {
        return this.simulator.getEventList().size();
    }
}
