package forkcast.models.calls;

/** Who starts a selective recording. */
public enum SelectiveTrigger
{
    /** R3: a supervisor from a CTI-enabled desktop (startRecording, F4). */
    SUPERVISOR,
    /** R3: the recording server by its business rules, through CTI (F4). */
    RECORDER,
    /** R4: the agent with the phone's Record softkey or feature button (needs the key, R25); the phone shows it. */
    AGENT,
    /** R4: the agent from a CTI-enabled desktop (F4); the phone shows it. */
    AGENT_DESKTOP;

    /** @return true when the start is a CTI startRecording request (F4): every trigger but the phone's own key */
    public boolean viaCti()
    {
        return this != AGENT;
    }

    /** @return true for selective user recording (R4), which the phone indicates: the agent's, by key or desktop */
    public boolean userRecording()
    {
        return this == AGENT || this == AGENT_DESKTOP;
    }
}
