package forkcast.sim;

import org.djutils.event.EventType;

import nl.tudelft.simulation.dsol.SimRuntimeException;
import nl.tudelft.simulation.dsol.experiment.Replication;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.Executable;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import nl.tudelft.simulation.dsol.model.DsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
import nl.tudelft.simulation.dsol.simulators.RunState;
import nl.tudelft.simulation.dsol.simulators.SimulatorInterface;

/**
 * DSOL's {@link DevsSimulator} with three changes that matter to Forkcast.
 * <ul>
 * <li>{@link #scheduleEvent} skips the TRACE log line that DSOL 4.3.2 builds eagerly for every scheduled event (its
 * argument, {@code event.toString()}, is formatted even with TRACE off and halves throughput; see the DSOL primer).
 * Same past-time check, same event list, same lock.</li>
 * <li>It counts the model's events: scheduled minus cancelled minus still pending when the replication ends, so
 * {@code sim.events} is exact and costs one increment per event.</li>
 * <li>Model events are {@link ModelEvent}s in an {@link EventHeap} (same order as DSOL's own list and events, less
 * cost and no lock or shared counter per event), and DSOL's per-event TIME_CHANGED notification is not fired: nothing
 * in Forkcast listens to it, and firing it allocated an event and took a synchronized map look-up on every event.</li>
 * <li>Its run loop is DSOL's ({@code DevsSimulator.run}: the same checks, lock and order) with the clock kept as a
 * primitive {@code double} while model events run: the model reads it through {@link #now()}, and DSOL's boxed
 * {@code simulatorTime} is brought up to date only when something of DSOL's needs it (its own events, a listener,
 * {@link #getSimulatorTime()}, the end of the loop). A model event therefore no longer carries a boxed time, and the
 * loop compares primitives.</li>
 * <li>An exception thrown by an event is kept (the first one, with the simulation time) and the simulator pauses
 * instead of logging a stack trace; {@link ReplicationRunner} turns it into a failed run with a clear message.</li>
 * </ul>
 */
final class LeanDevsSimulator extends DevsSimulator<Double>
{
    private static final long serialVersionUID = 1L;

    /** DSOL's initialize() schedules a warm-up and an end event of its own; both always execute. */
    private static final int DSOL_OWN_EVENTS = 2;

    private long scheduled;
    private long cancelled;
    private long pendingAtEnd = -1;
    private volatile Throwable failure;
    private volatile double failureTime;

    /** Tie-breaking order of this simulator's model events: the order they were scheduled in. */
    private long sequence;

    /** The clock (seconds); DSOL's boxed {@code simulatorTime} equals it unless {@link #boxedTimeBehind}. */
    private double now;

    /** A model event moved {@link #now} on and {@code simulatorTime} has not followed yet. */
    private boolean boxedTimeBehind;

    LeanDevsSimulator(final String id)
    {
        super(id);
        setEventList(new EventHeap());
    }

    /**
     * Schedule a model action at an absolute time (seconds); the model's only way in, through {@link SimContext}.
     * @throws SimRuntimeException when {@code time} is before now
     */
    ModelEvent schedule(final double time, final Executable action)
    {
        synchronized (super.semaphore)
        {
            checkNotPast(time);
            return add(new ModelEvent(time, ++this.sequence, action));
        }
    }

    /** As {@link #schedule(double, Executable)}, for an action on a subject. */
    <T> ModelEvent schedule(final double time, final EventAction<? super T> action, final T subject)
    {
        synchronized (super.semaphore)
        {
            checkNotPast(time);
            return add(new ModelEvent(time, ++this.sequence, action, subject));
        }
    }

    /** Schedule a {@link RecurringEvent}'s event again, as a new one would be scheduled (the next number in order). */
    void scheduleAgain(final ModelEvent event, final double time)
    {
        synchronized (super.semaphore)
        {
            checkNotPast(time);
            event.again(time, ++this.sequence);
            add(event);
        }
    }

    private void checkNotPast(final double time)
    {
        if (time < this.now)
        {
            throw new SimRuntimeException("cannot schedule an event at t=" + time + " in the past (now t="
                    + this.now + ")");
        }
    }

    private ModelEvent add(final ModelEvent event)
    {
        this.eventList.add(event);
        this.scheduled++;
        return event;
    }

    /** @return the simulation time in seconds, without boxing it */
    double now()
    {
        return this.now;
    }

    @Override
    public Double getSimulatorTime()
    {
        catchUpBoxedTime();
        return super.getSimulatorTime();
    }

    private void catchUpBoxedTime()
    {
        if (this.boxedTimeBehind)
        {
            this.simulatorTime = this.now;
            this.boxedTimeBehind = false;
        }
    }

    /** After DSOL (or a pause, or the end) set its boxed clock: the primitive one follows. */
    private void followBoxedTime()
    {
        this.boxedTimeBehind = false;
        this.now = this.simulatorTime == null ? 0.0 : this.simulatorTime.doubleValue();
    }

    @Override
    public void initialize(final DsolModel<Double, ? extends SimulatorInterface<Double>> model,
            final Replication<Double> replication, final boolean cleanUp) throws SimRuntimeException
    {
        // DSOL schedules its warm-up and end events inside initialize(), checked against the start time
        this.now = replication.getStartTime().doubleValue();
        this.boxedTimeBehind = false;
        super.initialize(model, replication, cleanUp);
        followBoxedTime();
    }

    /**
     * DSOL 4.3.2's {@code DevsSimulator.run}, line for line, but for the clock: a model event sets the primitive
     * {@link #now} only, any other event (DSOL's warm-up and end) sets DSOL's boxed clock first, as DSOL does. The
     * TIME_CHANGED notification DSOL fires when the time moves is left out, as in {@link #fireUnverifiedTimedEvent}.
     */
    @Override
    public void run()
    {
        this.runflag = true;
        try
        {
            while (!isStoppingOrStopped())
            {
                synchronized (super.semaphore)
                {
                    SimEventInterface<Double> first = this.eventList.first();
                    int cmp = first == null ? 2 : Double.compare(timeOf(first), this.runUntilTime.doubleValue());
                    if ((cmp == 0 && !this.runUntilIncluding) || cmp > 0)
                    {
                        this.simulatorTime = this.runUntilTime.doubleValue(); // DSOL: SimTime.copy(runUntilTime)
                        followBoxedTime();
                        this.runState = RunState.STOPPING;
                        break;
                    }
                    SimEventInterface<Double> event = this.eventList.removeFirst();
                    if (event instanceof ModelEvent model)
                    {
                        this.now = model.time;
                        this.boxedTimeBehind = true;
                    }
                    else
                    {
                        this.simulatorTime = event.getAbsoluteExecutionTime();
                        followBoxedTime();
                    }
                    try
                    {
                        event.execute();
                        checkStoppingCondition();
                    }
                    catch (Exception exception)
                    {
                        handleSimulationException(exception);
                    }
                }
            }
        }
        finally
        {
            synchronized (super.semaphore)
            {
                catchUpBoxedTime();
            }
        }
    }

    private static double timeOf(final SimEventInterface<Double> event)
    {
        return event instanceof ModelEvent model ? model.time : event.getAbsoluteExecutionTime().doubleValue();
    }

    @Override
    public <C extends Comparable<C>> void fireUnverifiedTimedEvent(final EventType eventType, final Object value,
            final C time)
    {
        if (eventType != SimulatorInterface.TIME_CHANGED_EVENT)
        {
            super.fireUnverifiedTimedEvent(eventType, value, time);
        }
    }

    @Override
    public SimEventInterface<Double> scheduleEvent(final SimEventInterface<Double> event) throws SimRuntimeException
    {
        synchronized (super.semaphore)
        {
            if (Double.compare(timeOf(event), this.now) < 0)
            {
                throw new SimRuntimeException("cannot schedule an event at t=" + event.getAbsoluteExecutionTime()
                        + " in the past (now t=" + this.now + ")");
            }
            this.eventList.add(event);
            this.scheduled++;
            return event;
        }
    }

    @Override
    public boolean cancelEvent(final SimEventInterface<Double> event)
    {
        boolean removed = super.cancelEvent(event);
        if (removed)
        {
            this.cancelled++;
        }
        return removed;
    }

    @Override
    public void endReplication() throws SimRuntimeException
    {
        // DSOL clears the event list here; remember what was still pending so the executed count is exact.
        this.pendingAtEnd = this.eventList.size();
        catchUpBoxedTime();
        super.endReplication();
        followBoxedTime();
    }

    @Override
    protected void handleSimulationException(final Exception exception)
    {
        if (this.failure == null)
        {
            this.failureTime = this.now;
            Throwable cause = exception;
            while (cause instanceof SimRuntimeException && cause.getCause() != null)
            {
                cause = cause.getCause(); // DSOL wraps what the model's lambda threw
            }
            this.failure = cause;
        }
        stop();
    }

    /** @return events executed by the model (DSOL's own warm-up and end events excluded) */
    long executedModelEvents()
    {
        long pending = this.pendingAtEnd >= 0 ? this.pendingAtEnd : this.eventList.size();
        return this.scheduled - DSOL_OWN_EVENTS - this.cancelled - pending;
    }

    Throwable failure()
    {
        return this.failure;
    }

    double failureTime()
    {
        return this.failureTime;
    }
}
