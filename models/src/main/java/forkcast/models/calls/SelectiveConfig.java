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

    /** @return a builder for selective recording; see {@link Builder} for the defaults */
    public static Builder builder()
    {
        return new Builder();
    }

    /**
     * Names how selective recording starts and stops. Unset parts: every connected call, started by a supervisor
     * at connect (delay 0 s), never stopped early (stopShare 0; stopAfter exponential with mean 60 s).
     */
    public static final class Builder
    {
        private double share = 1;
        private SelectiveTrigger trigger = SelectiveTrigger.SUPERVISOR;
        private DurationDistribution delay = DurationDistribution.deterministic(0);
        private double stopShare = 0;
        private DurationDistribution stopAfter = DurationDistribution.exponential(60);

        private Builder()
        {
        }

        public Builder share(final double value)
        {
            this.share = value;
            return this;
        }

        public Builder trigger(final SelectiveTrigger value)
        {
            this.trigger = value;
            return this;
        }

        public Builder delay(final DurationDistribution value)
        {
            this.delay = value;
            return this;
        }

        public Builder stopShare(final double value)
        {
            this.stopShare = value;
            return this;
        }

        public Builder stopAfter(final DurationDistribution value)
        {
            this.stopAfter = value;
            return this;
        }

        public SelectiveConfig build()
        {
            return new SelectiveConfig(this.share, this.trigger, this.delay, this.stopShare, this.stopAfter);
        }
    }
}
