package forkcast.models.calls;

/** Who starts a selective recording. */
public enum SelectiveTrigger
{
    /** R3: a supervisor from a CTI-enabled desktop (startRecording, F4). */
    SUPERVISOR(true, false),
    /** R3: the recording server by its business rules, through CTI (F4). */
    RECORDER(true, false),
    /** R4: the agent with the phone's Record softkey or feature button (needs the key, R25); the phone shows it. */
    AGENT(false, true),
    /** R4: the agent from a CTI-enabled desktop (F4); the phone shows it. */
    AGENT_DESKTOP(true, true);

    private final boolean viaCti;
    private final boolean userRecording;

    SelectiveTrigger(final boolean viaCti, final boolean userRecording)
    {
        this.viaCti = viaCti;
        this.userRecording = userRecording;
    }

    /** @return true when the start is a CTI startRecording request (F4) */
    public boolean viaCti()
    {
        return this.viaCti;
    }

    /** @return true for selective user recording (R4), which the phone indicates */
    public boolean userRecording()
    {
        return this.userRecording;
    }
}
