package forkcast.models.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodecBandwidthTest
{
    @ParameterizedTest(name = "F1: {0} at {2} ms on Ethernet = {3} kbit/s")
    @DisplayName("F1 per-stream bandwidth table")
    @CsvSource({"G711, 160, 20, 87.2", "G729, 20, 20, 31.2", "G722, 160, 20, 87.2", "iLBC, 38, 20, 38.4",
            "iLBC-30, 50, 30, 28.8"})
    void f1_streamBandwidthOnEthernet(final String name, final double payload, final double ms, final double kbps)
    {
        Codec codec = new Codec(name, payload, ms / 1000);
        assertEquals(kbps * 1000, codec.streamBitsPerSecond(Layer2.ETHERNET, false), 1e-6);
    }

    @ParameterizedTest(name = "F1: SRTP adds the 10-byte tag to {0}: +{2} kbit/s")
    @CsvSource({"G711, 160, 4.0", "G729, 20, 4.0"})
    void f1_srtpAddsItsAuthenticationTag(final String name, final double payload, final double extraKbps)
    {
        Codec codec = new Codec(name, payload, 0.020);
        assertEquals(extraKbps * 1000,
                codec.streamBitsPerSecond(Layer2.ETHERNET, true) - codec.streamBitsPerSecond(Layer2.ETHERNET, false), 1e-6);
    }

    @ParameterizedTest(name = "F1: layer 2 of {0} bytes gives G.711 {1} kbit/s")
    @CsvSource({"0, 80.0", "18, 87.2", "22, 88.8"})
    void f1_layer2OverheadIsPerLink(final int layer2, final double kbps)
    {
        assertEquals(kbps * 1000, new Codec("G711", 160, 0.020).streamBitsPerSecond(layer2, false), 1e-6);
    }

    @ParameterizedTest(name = "F6: {0} stores {2} bytes per recorded minute, both streams")
    @CsvSource({"G711, 160, 960000", "G729, 20, 120000"})
    void f6_storageIsThePayloadOfBothStreams(final String name, final double payload, final double bytesPerMinute)
    {
        // F6: about 1 MB per minute for G.711 and 128 kB for G.729
        Codec codec = new Codec(name, payload, 0.020);
        assertEquals(bytesPerMinute, 2 * codec.payloadBitsPerSecond() / 8 * 60, 1e-6);
    }
}
