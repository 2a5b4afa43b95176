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
    /** The time the heap and the simulator's loop read; DSOL's API gets it boxed. */
    final double time;

    private final long id;

    private final Executable action;

    /** Where the event stands in its {@link EventHeap}. */
    private State state = State.NEW;

    private enum State
    {
        NEW, PENDING, CANCELLED, DONE
    }

    ModelEvent(final double time, final long id, final Executable action)
    {
        this.time = time;
        this.id = id;
        this.action = action;
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
        this.action.execute();
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
