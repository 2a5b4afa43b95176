package forkcast.models.recording;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

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
 * @param retentionDays days its recordings are kept (storage retained = storage per day × these days); empty when not
 *            declared, and then no retained volume is reported
 * @param storageTb the disk it keeps its recordings on, in TB of 10^12 bytes; empty when not declared. With
 *            {@code retentionDays} it is a rating: the retained volume is held against it
 */
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

    /** @return a builder for recorder {@code id} at {@code site}; see {@link Builder} for the defaults */
    public static Builder builder(final String id, final String site)
    {
        return new Builder(id, site);
    }

    /**
     * Names a recorder's settings. Unset settings are a MediaSense node's (F6): 400 streams, 2 set-ups per second;
     * not secure, no SRTP fallback, never down, no retention period.
     */
    public static final class Builder
    {
        private final String id;
        private final String site;
        private int maxStreams = 400;
        private double maxSetupsPerSecond = 2;
        private boolean secure = false;
        private boolean srtpFallback = false;
        private List<DownWindow> down = List.of();
        private OptionalInt retentionDays = OptionalInt.empty();
        private OptionalDouble storageTb = OptionalDouble.empty();

        private Builder(final String id, final String site)
        {
            this.id = id;
            this.site = site;
        }

        public Builder maxStreams(final int value)
        {
            this.maxStreams = value;
            return this;
        }

        public Builder maxSetupsPerSecond(final double value)
        {
            this.maxSetupsPerSecond = value;
            return this;
        }

        public Builder secure(final boolean value)
        {
            this.secure = value;
            return this;
        }

        public Builder srtpFallback(final boolean value)
        {
            this.srtpFallback = value;
            return this;
        }

        public Builder down(final List<DownWindow> value)
        {
            this.down = value;
            return this;
        }

        /** Days its recordings are kept (e.g. five years under MiFID II). */
        public Builder retentionDays(final int value)
        {
            this.retentionDays = OptionalInt.of(value);
            return this;
        }

        /** The disk it keeps its recordings on, in TB (a rating for the retained volume). */
        public Builder storageTb(final double value)
        {
            this.storageTb = OptionalDouble.of(value);
            return this;
        }

        public RecorderConfig build()
        {
            return new RecorderConfig(this.id, this.site, this.maxStreams, this.maxSetupsPerSecond, this.secure,
                    this.srtpFallback, this.down, this.retentionDays, this.storageTb);
        }
    }
}
