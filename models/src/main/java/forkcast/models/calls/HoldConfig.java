package forkcast.models.calls;

/**
 * Hold and resume (R35): a share of calls is put on hold once, {@code after} into the talk, for {@code duration}.
 * Hold ends the recording session; resume sets up a new one. The talk time is extended by the time on hold.
 */
public record HoldConfig(double share, DurationDistribution after, DurationDistribution duration)
{
    public HoldConfig
    {
        if (!(share >= 0 && share <= 1))
        {
            throw new IllegalArgumentException("hold share must be in [0, 1]");
        }
    }
}
