package forkcast.models.calls;

import io.soabase.recordbuilder.core.RecordBuilder;

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
@RecordBuilder
public record SelectiveConfig(double share, SelectiveTrigger trigger, DurationDistribution delay, double stopShare,
        DurationDistribution stopAfter)
{
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

    /**
     * @return a builder for selective recording. Unset parts: every connected call, started by a supervisor at connect
     *         (delay 0 s), never stopped early (stopShare 0; stopAfter exponential with mean 60 s).
     */
    public static SelectiveConfigBuilder builder()
    {
        return SelectiveConfigBuilder.builder().share(1).trigger(SelectiveTrigger.SUPERVISOR)
                .delay(DurationDistribution.deterministic(0)).stopAfter(DurationDistribution.exponential(60));
    }
}
