package forkcast.sim;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import nl.tudelft.simulation.jstats.streams.StreamInterface;

/**
 * One random stream per purpose ({@code traffic.inbound.arrivals}, {@code agents.traders.patience}, ...), each seeded
 * from (scenario seed, replication, stream name) alone. Adding a draw to one purpose therefore shifts no other, and
 * two variants of a scenario that share stream names see the same arrivals and holding times (common random
 * numbers).
 */
public final class RandomStreams
{
    private final long scenarioSeed;
    private final int replication;
    private final Map<String, StreamInterface> streams = new HashMap<>();

    public RandomStreams(final long scenarioSeed, final int replication)
    {
        this.scenarioSeed = scenarioSeed;
        this.replication = replication;
    }

    /** @return the stream for {@code name}, created on first use; the same object on later calls */
    public StreamInterface stream(final String name)
    {
        return this.streams.computeIfAbsent(name, n -> new SplittableStream(seedFor(this.scenarioSeed, this.replication, n)));
    }

    /**
     * @return a 64-bit seed that depends on all three inputs; stable across Java versions and platforms (FNV-1a of
     *         the UTF-8 name, combined through SplitMix64 finalisers)
     */
    public static long seedFor(final long scenarioSeed, final int replication, final String name)
    {
        long h = mix(scenarioSeed);
        h = mix(h ^ (0x9E3779B97F4A7C15L * (replication + 1L)));
        h = mix(h ^ fnv1a(name));
        return h;
    }

    private static long fnv1a(final String name)
    {
        long hash = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8))
        {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static long mix(final long value)
    {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
