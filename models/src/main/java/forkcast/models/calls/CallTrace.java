package forkcast.models.calls;

/**
 * Receives the lifecycle events of calls, so that a user (or a test) can follow a call. The model calls it only when
 * one is installed; a run without a trace pays one null check per event.
 */
@FunctionalInterface
public interface CallTrace
{
    /**
     * @param time simulation time in seconds
     * @param callId the call
     * @param event what happened
     * @param detail the element involved or the reason, e.g. {@code rec-a} or {@code recorder-full}
     */
    void record(double time, long callId, CallEvent event, String detail);
}
