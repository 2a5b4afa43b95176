package forkcast.models.media;

/**
 * A voice codec as it travels in RTP: payload bit rate and packetization interval. From these, F1 gives the bandwidth
 * of one stream on a link: (payload bytes per packet + 40 bytes of IP/UDP/RTP headers + SRTP tag when secure +
 * layer-2 overhead) × 8 × packets per second.
 *
 * @param name catalog name, e.g. {@code G711}
 * @param payloadBitsPerSecond codec payload rate (G.711: 64000)
 * @param packetizationSeconds audio per packet (0.020 for 20 ms)
 */
public record Codec(String name, double payloadBitsPerSecond, double packetizationSeconds)
{
    /** IPv4 20 + UDP 8 + RTP 12 bytes. */
    public static final int IP_UDP_RTP_BYTES = 40;

    /** SRTP authentication tag, HMAC-SHA1-80: 10 bytes per packet (F1). */
    public static final int SRTP_TAG_BYTES = 10;

    public Codec
    {
        if (name == null || name.isBlank() || !(payloadBitsPerSecond > 0) || !(packetizationSeconds > 0))
        {
            throw new IllegalArgumentException("codec needs a name, a positive payload rate and packetization");
        }
    }

    /** @return packets per second in each direction */
    public double packetsPerSecond()
    {
        return 1.0 / this.packetizationSeconds;
    }

    /** @return payload bytes in one packet */
    public double payloadBytesPerPacket()
    {
        return this.payloadBitsPerSecond * this.packetizationSeconds / 8.0;
    }

    /**
     * F1: bits per second of one stream on a link.
     * @param layer2Bytes layer-2 overhead per frame on that link (Ethernet 18)
     * @param secure true for SRTP (adds the authentication tag)
     */
    public double streamBitsPerSecond(final int layer2Bytes, final boolean secure)
    {
        double bytes = payloadBytesPerPacket() + IP_UDP_RTP_BYTES + layer2Bytes + (secure ? SRTP_TAG_BYTES : 0);
        return bytes * 8.0 * packetsPerSecond();
    }
}
