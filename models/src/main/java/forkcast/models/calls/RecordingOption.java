package forkcast.models.calls;

/** R1: a line's recording option. */
public enum RecordingOption
{
    /** Calls on the line are never recorded. */
    DISABLED,
    /** R2: every call is recorded; CUCM starts the session when the call connects, with no indication on the phone. */
    AUTOMATIC,
    /** R3, R4: recording is started on request (supervisor, recorder rule, or the agent). */
    SELECTIVE
}
