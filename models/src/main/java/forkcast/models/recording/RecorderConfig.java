package forkcast.models.recording;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import io.soabase.recordbuilder.core.RecordBuilder;

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
 * @param retentionDays days its recordings are kept (e.g. five years under MiFID II; storage retained = storage per day
 *            × these days); empty when not declared, and then no retained volume is reported
 * @param storageTb the disk it keeps its recordings on, in TB of 10^12 bytes; empty when not declared. With
 *            {@code retentionDays} it is a rating: the retained volume is held against it
 */
@RecordBuilder
public record RecorderConfig(String id, String site, int maxStreams, double maxSetupsPerSecond, boolean secure,
        boolean srtpFallback, List<DownWindow> down, OptionalInt retentionDays, OptionalDouble storageTb)
{
    public RecorderConfig
    {
        down = List.copyOf(down);
        if (storageTb.isPresent() && !(storageTb.getAsDouble() > 0))
        {
            throw new IllegalArgumentException("recorder " + id + ": storageTb > 0");
        }
        if (retentionDays.isPresent() && retentionDays.getAsInt() < 0)
        {
            throw new IllegalArgumentException("recorder " + id + ": retentionDays >= 0");
        }
        if (maxStreams < 0 || !(maxSetupsPerSecond > 0))
        {
            throw new IllegalArgumentException("recorder " + id + ": maxStreams >= 0 and maxSetupsPerSecond > 0");
        }
    }

    /**
     * @return a builder for recorder {@code id} at {@code site}. Unset settings are a MediaSense node's (F6): 400
     *         streams, 2 set-ups per second; not secure, no SRTP fallback, never down, no retention period, no
     *         storage declared.
     */
    public static RecorderConfigBuilder builder(final String id, final String site)
    {
        return RecorderConfigBuilder.builder().id(id).site(site).maxStreams(400).maxSetupsPerSecond(2).down(List.of());
    }
}
