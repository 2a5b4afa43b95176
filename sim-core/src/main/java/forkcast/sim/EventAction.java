package forkcast.sim;

/**
 * What an event does to its subject (a call, a session, a traffic source) when it comes. An element keeps one of
 * these in a field and schedules it with the subject ({@link SimContext#scheduleIn(double, EventAction, Object)}), so
 * that an event for one call allocates the event only, not also a lambda that captures the call.
 * @param <T> the subject's type
 */
@FunctionalInterface
public interface EventAction<T>
{
    /**
     * Run the event.
     * @param subject what it was scheduled for
     */
    void execute(T subject);
}
