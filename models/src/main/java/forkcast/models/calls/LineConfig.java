package forkcast.models.calls;

import io.soabase.recordbuilder.core.RecordBuilder;

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
@RecordBuilder
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

    /**
     * @return a builder for a line. Unset settings: recording disabled (so no profile), media source the phone, not
     *         CTI-monitored, busy trigger 2, no MLPP.
     */
    public static LineConfigBuilder builder()
    {
        return LineConfigBuilder.builder().recording(RecordingOption.DISABLED).mediaSource(MediaSourcePreference.PHONE)
                .busyTrigger(2);
    }
}
