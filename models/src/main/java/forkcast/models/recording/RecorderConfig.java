package forkcast.models.recording;

import java.util.List;

/**
 * A recording server (F6: a MediaSense node takes 400 streams = 200 calls, and 2 new calls per second).
 *
 * @param id recorder id
 * @param site where it stands (the destination end of forked streams)
 * @param maxStreams concurrent recording calls it accepts (two per session)
 * @param maxSetupsPerSecond sustained session set-up rate it accepts; {@code Double.POSITIVE_INFINITY} for no limit
 * @param secure true when it accepts SRTP streams
 * @param srtpFallback a secure recorder that can fall back to RTP: needed to record authenticated phones (R33)
 * @param down failure windows
 */
public record RecorderConfig(String id, String site, int maxStreams, double maxSetupsPerSecond, boolean secure,
        boolean srtpFallback, List<DownWindow> down)
{
    public RecorderConfig
    {
        down = List.copyOf(down);
        if (maxStreams < 0 || !(maxSetupsPerSecond > 0))
        {
            throw new IllegalArgumentException("recorder " + id + ": maxStreams >= 0 and maxSetupsPerSecond > 0");
        }
    }

    /** A recorder that never fails. */
    public RecorderConfig(final String id, final String site, final int maxStreams, final double maxSetupsPerSecond,
            final boolean secure, final boolean srtpFallback)
    {
        this(id, site, maxStreams, maxSetupsPerSecond, secure, srtpFallback, List.of());
    }
}
