package forkcast.scenarios.cdr;

/**
 * What the CDRs show of one agent group's recording: the recording legs attributed to its agents and the answered
 * legs of its streams, and the line setting that reproduces them. CUCM sets up two recording calls per session, one
 * per stream (R5), so the sessions are half the legs, counted whether or not the recorder answered (an unanswered
 * recording call is still a session CUCM started for the line). The share of answered calls with a session decides:
 * none → recording disabled; at least {@link #AUTOMATIC_FROM} → automatic (R2: every call); in between → selective
 * recording with that share (R3), the setting of the scenario format that records a share of the calls.
 *
 * @param recordingLegs recording legs attributed to the group's agents, answered or not
 * @param answeredCalls answered legs of the group's streams
 */
public record GroupRecording(long recordingLegs, long answeredCalls)
{
    /**
     * The share from which a group is written as recording every call (an assumption): automatic recording starts a
     * session on every connected call, and the few a cluster shows without one (a set-up that left no CDR, a call
     * shorter than the set-up) are not a selective rule. Below it, selective recording with the share reproduces the
     * recording calls; at or above it, automatic records at most 5% more than the CDRs show.
     */
    public static final double AUTOMATIC_FROM = 0.95;

    /** How the group's lines are written. */
    public enum Mode
    {
        /** No recording leg: the lines do not record. */
        DISABLED,
        /** Nearly every answered call has a session: automatic recording (R2). */
        AUTOMATIC,
        /** A share of the answered calls has a session: selective recording of that share (R3). */
        SELECTIVE
    }

    /** @return the recording sessions: two recording calls each (R5) */
    public double sessions()
    {
        return this.recordingLegs / 2.0;
    }

    /**
     * @return sessions per answered call; above 1 when sessions restart within a call (hold and resume, a transfer),
     *         infinite when the group has recording legs but no answered call of its own
     */
    public double share()
    {
        if (this.answeredCalls == 0)
        {
            return this.recordingLegs == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return sessions() / this.answeredCalls;
    }

    /** @return the line setting the evidence calls for */
    public Mode mode()
    {
        if (this.recordingLegs == 0)
        {
            return Mode.DISABLED;
        }
        return share() >= AUTOMATIC_FROM ? Mode.AUTOMATIC : Mode.SELECTIVE;
    }
}
