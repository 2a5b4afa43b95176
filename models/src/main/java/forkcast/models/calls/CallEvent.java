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
    /** R3, R4, F4: a selective recording was stopped on request before the call ended. */
    RECORDING_STOP_REQUESTED,
    /** R4: the agent's phone shows the recording status (selective user recording only). */
    RECORDING_INDICATED,
    /** The call was put on hold: a phone-forked session ends (R35), a gateway-forked one records on (F5). */
    HELD,
    /** The call was resumed: a new session is set up where the hold ended one (R35). */
    RESUMED,
    /** F3: the agent placed a consult call to another agent (the call's recording ends). */
    CONSULT_STARTED,
    /** F3: the consult call ended. */
    CONSULT_ENDED,
    /** F3: the call was handed to another agent. */
    TRANSFERRED,
    /** F3: the parties joined a conference; the bridge is the far end. */
    CONFERENCE_JOINED,
    /** A transfer or conference found no free agent; the call was released. */
    FEATURE_FAILED,
    /** A tone was played or suppressed (R24, R26, R28). */
    TONE,
    /** A supervisor started silent monitoring through the phone's bridge, or could not. */
    MONITORING_STARTED, MONITORING_FAILED,
    /** A recording copy was cut by a failure (the detail names the recorder and the reason). */
    COPY_CUT,
    /** CUCM tried the next trunk of the route list after a rejection (R20). */
    ROUTE_ADVANCED,
    /** F7: locations CAC found no room for the call's deduction on a link its media crosses; the call is blocked. */
    BLOCKED_BY_CAC
}
