package forkcast.models.calls;

/**
 * The agents' directory lines in a group (R21).
 *
 * @param recording the line's recording option (R1)
 * @param profile the recording profile id (R17); null when recording is disabled
 * @param mediaSource preferred media source (R14)
 * @param ctiMonitored true when a CTI application observes the line (F4: its call and recording events cost CTI
 *            messages)
 * @param busyTrigger calls the line takes before it is busy
 * @param mlpp the line uses MLPP (R21: then the busy trigger must be at least 3)
 */
public record LineConfig(RecordingOption recording, String profile, MediaSourcePreference mediaSource,
        boolean ctiMonitored, int busyTrigger, boolean mlpp)
{
    public LineConfig
    {
        if (recording != RecordingOption.DISABLED && profile == null)
        {
            throw new IllegalArgumentException("a recorded line needs a recording profile (R17)");
        }
    }

    /** @return a builder for a line; see {@link Builder} for the defaults */
    public static Builder builder()
    {
        return new Builder();
    }

    /**
     * Names a line's settings. Unset settings: recording disabled (so no profile), media source the phone, not
     * CTI-monitored, busy trigger 2, no MLPP.
     */
    public static final class Builder
    {
        private RecordingOption recording = RecordingOption.DISABLED;
        private String profile = null;
        private MediaSourcePreference mediaSource = MediaSourcePreference.PHONE;
        private boolean ctiMonitored = false;
        private int busyTrigger = 2;
        private boolean mlpp = false;

        private Builder()
        {
        }

        public Builder recording(final RecordingOption value)
        {
            this.recording = value;
            return this;
        }

        public Builder profile(final String value)
        {
            this.profile = value;
            return this;
        }

        public Builder mediaSource(final MediaSourcePreference value)
        {
            this.mediaSource = value;
            return this;
        }

        public Builder ctiMonitored(final boolean value)
        {
            this.ctiMonitored = value;
            return this;
        }

        public Builder busyTrigger(final int value)
        {
            this.busyTrigger = value;
            return this;
        }

        public Builder mlpp(final boolean value)
        {
            this.mlpp = value;
            return this;
        }

        public LineConfig build()
        {
            return new LineConfig(this.recording, this.profile, this.mediaSource, this.ctiMonitored, this.busyTrigger,
                    this.mlpp);
        }
    }
}
