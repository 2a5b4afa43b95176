package forkcast.sim;

/**
 * An event that is scheduled again each time it has run, one pending at a time, such as a traffic stream's next
 * arrival: it is one event object for the whole replication instead of a new one per occurrence (an arrival per call
 * is the model's most frequent event). It is scheduled like any other (same time, priority and scheduling order, so
 * the same order of events) and cannot be cancelled. Made by {@link SimContext#recurring}.
 */
public final class RecurringEvent
{
    private final LeanDevsSimulator simulator;
    private final ModelEvent event;

    RecurringEvent(final LeanDevsSimulator simulator, final ModelEvent event)
    {
        this.simulator = simulator;
        this.event = event;
    }

    /**
     * Schedule the next occurrence at absolute time {@code time} (not in the past).
     * @throws IllegalStateException when the last occurrence is still pending
     */
    public void scheduleAt(final double time)
    {
        this.simulator.scheduleAgain(this.event, time);
    }
}
