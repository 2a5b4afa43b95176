package forkcast.scenarios;

/**
 * One line of {@code trace.csv}: a lifecycle event of one call of replication 1.
 *
 * @param time simulated seconds
 * @param call the call's id (in arrival order, from 1)
 * @param event what happened, e.g. {@code RECORDING_ESTABLISHED}
 * @param detail the element involved or the reason; for recording calls the SIP From header (F2)
 */
public record TraceRow(double time, long call, String event, String detail)
{
}
