package forkcast.models.calls;

/**
 * Selective recording of a group's lines (R3, R4): a share of calls is recorded, started by someone some time after
 * the call connects.
 *
 * @param share share of connected calls for which recording is started
 * @param trigger who starts it
 * @param delay time from connect to the start request
 * @param stopShare share of started recordings that are stopped before the call ends (F4 stopRecording)
 * @param stopAfter time from the start to the stop request
 */
public record SelectiveConfig(double share, SelectiveTrigger trigger, DurationDistribution delay, double stopShare,
        DurationDistribution stopAfter)
{
    /** Selective recording that is never stopped early. */
    public SelectiveConfig(final double share, final SelectiveTrigger trigger, final DurationDistribution delay)
    {
        this(share, trigger, delay, 0, DurationDistribution.deterministic(0));
    }

    public SelectiveConfig
    {
        if (!(stopShare >= 0 && stopShare <= 1))
        {
            throw new IllegalArgumentException("selective stopShare must be in [0, 1]");
        }
        if (!(share >= 0 && share <= 1))
        {
            throw new IllegalArgumentException("selective share must be in [0, 1]");
        }
    }
}
