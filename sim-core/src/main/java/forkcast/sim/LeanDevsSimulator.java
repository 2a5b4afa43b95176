package forkcast.sim;

import org.djutils.event.EventType;

import nl.tudelft.simulation.dsol.SimRuntimeException;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.Executable;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
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
            if (time < this.simulatorTime.doubleValue())
            {
                throw new SimRuntimeException("cannot schedule an event at t=" + time + " in the past (now t="
                        + this.simulatorTime + ")");
            }
            ModelEvent event = new ModelEvent(time, ++this.sequence, action);
            this.eventList.add(event);
            this.scheduled++;
            return event;
        }
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
            if (event.getAbsoluteExecutionTime().compareTo(super.simulatorTime) < 0)
            {
                throw new SimRuntimeException("cannot schedule an event at t=" + event.getAbsoluteExecutionTime()
                        + " in the past (now t=" + this.simulatorTime + ")");
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
        super.endReplication();
    }

    @Override
    protected void handleSimulationException(final Exception exception)
    {
        if (this.failure == null)
        {
            this.failureTime = this.simulatorTime == null ? Double.NaN : this.simulatorTime;
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
