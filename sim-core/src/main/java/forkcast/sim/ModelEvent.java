package forkcast.sim;

import nl.tudelft.simulation.dsol.formalisms.eventscheduling.Executable;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * One scheduled model action. It replaces DSOL's {@code LambdaSimEvent} for the model's events: the same order (time,
 * then priority, then the order of scheduling), but its tie-breaking number counts per simulator instead of through
 * DSOL's process-wide {@code AtomicLong} (which two replication threads would otherwise fight over on every event),
 * {@link #execute} takes no lock, and it knows whether it is pending, so that cancelling it only marks it (the
 * {@link EventHeap} drops it later) rather than searching for it.
 */
final class ModelEvent implements SimEventInterface<Double>
{
    /** Runs a plain {@link Executable} (DSOL's interface, the model's lambdas): it is the subject. */
    private static final EventAction<Executable> RUN = Executable::execute;

    /** The time the heap and the simulator's loop read; DSOL's API gets it boxed. Set again by {@link #again}. */
    double time;

    private long id;

    private final EventAction<Object> action;

    private final Object subject;

    /** Where the event stands in its {@link EventHeap}. */
    private State state = State.NEW;

    private enum State
    {
        NEW, PENDING, CANCELLED, DONE
    }

    ModelEvent(final double time, final long id, final Executable action)
    {
        this(time, id, RUN, action);
    }

    @SuppressWarnings("unchecked") // the action was given with a subject of its type
    <T> ModelEvent(final double time, final long id, final EventAction<? super T> action, final T subject)
    {
        this.time = time;
        this.id = id;
        this.action = (EventAction<Object>) action;
        this.subject = subject;
    }

    /**
     * Make an event that has left the heap new again, for a {@link RecurringEvent}: a new time and scheduling order,
     * exactly as a new event would get.
     * @throws IllegalStateException when it is still pending (or cancelled and not yet dropped)
     */
    void again(final double newTime, final long newId)
    {
        if (this.state == State.PENDING || this.state == State.CANCELLED)
        {
            throw new IllegalStateException("a recurring event scheduled again before it ran: " + this);
        }
        this.time = newTime;
        this.id = newId;
        this.state = State.NEW;
    }

    /** The event went into the heap. */
    void pending()
    {
        this.state = State.PENDING;
    }

    boolean isPending()
    {
        return this.state == State.PENDING;
    }

    boolean isCancelled()
    {
        return this.state == State.CANCELLED;
    }

    /**
     * Mark a pending event cancelled; the heap drops it when it comes to the top.
     * @return whether it was pending (an event already executed or cancelled cannot be cancelled)
     */
    boolean cancel()
    {
        if (this.state != State.PENDING)
        {
            return false;
        }
        this.state = State.CANCELLED;
        return true;
    }

    /** The event left the heap: handed out to run, dropped after a cancel, or cleared. */
    void leftHeap()
    {
        this.state = State.DONE;
    }

    @Override
    public void execute()
    {
        this.action.execute(this.subject);
    }

    @Override
    public Double getAbsoluteExecutionTime()
    {
        return this.time; // boxed on demand: the simulator's own loop reads the primitive
    }

    @Override
    public short getPriority()
    {
        return NORMAL_PRIORITY;
    }

    @Override
    public long getId()
    {
        return this.id;
    }

    /**
     * DSOL's order (time, then priority, higher first, then id) without its boxed-time comparisons: two model events
     * share the priority, so time ({@link Double#compare}, as {@code Double.compareTo}) and then the id decide.
     */
    @Override
    public int compareTo(final SimEventInterface<Double> other)
    {
        if (other instanceof ModelEvent model)
        {
            int byTime = Double.compare(this.time, model.time);
            return byTime != 0 ? byTime : Long.compare(this.id, model.id);
        }
        return SimEventInterface.super.compareTo(other);
    }

    @Override
    public String toString()
    {
        return "ModelEvent[t=" + this.time + ", id=" + this.id + "]";
    }
}
