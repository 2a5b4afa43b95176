package forkcast.models.calls;

/** What happens to a call and its recording, as a trace records it (past tense, like the events they mirror). */
public enum CallEvent
{
    ARRIVED, BLOCKED_AT_GATEWAY, BLOCKED_AT_AGENTS, QUEUED, ABANDONED, CONNECTED, RELEASED,
    RECORDING_REQUESTED, RECORDING_ESTABLISHED, RECORDING_FAILED, MEDIA_STARTED, MEDIA_STOPPED, RECORDING_ENDED,
    /** One of the session's two recording calls was set up (F2: its SIP From header is in the detail). */
    RECORDING_CALL,
    /** A selective recording's start was asked for (R3 by CTI, R4 by the agent). */
    RECORDING_START_REQUESTED,
    /** R4: the agent's phone shows the recording status (selective user recording only). */
    RECORDING_INDICATED
}
