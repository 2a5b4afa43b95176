package forkcast.models.calls;

/** The device that forks a recorded call's two streams (R7, R8). */
public enum MediaSource
{
    /** The agent phone's built-in bridge (R7). */
    PHONE,
    /** A gateway in the call path with UC gateway services (R8). */
    GATEWAY
}
