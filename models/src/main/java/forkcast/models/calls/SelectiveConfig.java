package forkcast.models.calls;

/**
 * Selective recording of a group's lines (R3, R4): a share of calls is recorded, started by someone some time after
 * the call connects.
 *
 * @param share share of connected calls for which recording is started
 * @param trigger who starts it
 * @param delay time from connect to the start request
 */
public record SelectiveConfig(double share, SelectiveTrigger trigger, DurationDistribution delay)
{
    public SelectiveConfig
    {
        if (!(share >= 0 && share <= 1))
        {
            throw new IllegalArgumentException("selective share must be in [0, 1]");
        }
    }
}
