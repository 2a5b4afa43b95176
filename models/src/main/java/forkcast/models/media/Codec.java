package forkcast.models.media;

/**
 * A voice codec as it travels in RTP: payload bytes per packet and packetization interval. From these, F1 gives the bandwidth
 * of one stream on a link: (payload bytes per packet + 40 bytes of IP/UDP/RTP headers + SRTP tag when secure +
 * layer-2 overhead) × 8 × packets per second.
 *
 * @param name catalog name, e.g. {@code G711}
 * @param payloadBytesPerPacket codec payload in one packet (G.711 at 20 ms: 160)
 * @param packetizationSeconds audio per packet (0.020 for 20 ms)
 * @param cacBitsPerSecond what CUCM's locations call admission control deducts for one call in this codec (F7: G.711
 *            and G.722 80 kbit/s, G.729 24 kbit/s; a fixed figure per codec, no layer 2, whatever the packetization)
 */
public record Codec(String name, double payloadBytesPerPacket, double packetizationSeconds, int cacBitsPerSecond)
{
    /**
     * A codec whose locations deduction is its payload plus IP/UDP/RTP headers at its packetization: the rule that
     * gives CUCM's published 80 kbit/s for G.711 and 24 kbit/s for G.729 at 20 ms.
     */
    public Codec(final String name, final double payloadBytesPerPacket, final double packetizationSeconds)
    {
        this(name, payloadBytesPerPacket, packetizationSeconds,
                (int) Math.round((payloadBytesPerPacket + IP_UDP_RTP_BYTES) * 8.0 / packetizationSeconds));
    }

    /** IPv4 20 + UDP 8 + RTP 12 bytes. */
    public static final int IP_UDP_RTP_BYTES = 40;

    /** SRTP authentication tag, HMAC-SHA1-80: 10 bytes per packet (F1). */
    public static final int SRTP_TAG_BYTES = 10;

    public Codec
    {
        if (name == null || name.isBlank() || !(payloadBytesPerPacket > 0) || !(packetizationSeconds > 0)
                || cacBitsPerSecond <= 0)
        {
            throw new IllegalArgumentException(
                    "codec needs a name, a positive payload rate, packetization and locations deduction");
        }
    }

    /** @return packets per second in each direction */
    public double packetsPerSecond()
    {
        return 1.0 / this.packetizationSeconds;
    }

    /** @return the codec's payload bit rate (G.711: 64000), which is what a recorder stores */
    public double payloadBitsPerSecond()
    {
        return this.payloadBytesPerPacket * 8.0 / this.packetizationSeconds;
    }

    /**
     * F1: bits per second of one stream on a link.
     * @param layer2Bytes layer-2 overhead per frame on that link (Ethernet 18)
     * @param secure true for SRTP (adds the authentication tag)
     */
    public double streamBitsPerSecond(final int layer2Bytes, final boolean secure)
    {
        double bytes = this.payloadBytesPerPacket + IP_UDP_RTP_BYTES + layer2Bytes + (secure ? SRTP_TAG_BYTES : 0);
        return bytes * 8.0 * packetsPerSecond();
    }
}
