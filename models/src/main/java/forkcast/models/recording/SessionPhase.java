package forkcast.models.recording;

/**
 * Where a recording session is in its life, and the steps its life allows: {@link #SETTING_UP} until the cluster's
 * set-up delay has passed, then {@link #RECORDING} while media flows; a failure that cuts every copy makes it
 * {@link #LOST} (its resources are given back, the call stays unrecorded); hold, a consult, a transfer or the release
 * make it {@link #ENDED}. {@link RecordingSession} is the only owner of a session's phase.
 */
public enum SessionPhase
{
    SETTING_UP, RECORDING, LOST, ENDED;

    /** @return whether a session may step from this phase to {@code next} */
    public boolean canBecome(final SessionPhase next)
    {
        return switch (this)
        {
            case SETTING_UP -> next != SETTING_UP;
            case RECORDING -> next == LOST || next == ENDED;
            case LOST -> next == ENDED;
            case ENDED -> false;
        };
    }
}
