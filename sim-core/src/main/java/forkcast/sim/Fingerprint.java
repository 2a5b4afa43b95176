package forkcast.sim;

import java.nio.charset.StandardCharsets;

/**
 * A 64-bit hash of a replication's trajectory: every event's time (its exact bits), subject, kind and element, in
 * order. Two runs with the same fingerprint made the same decisions at the same instants; a change in the model's
 * behaviour, however small, changes it. FNV-1a over the bytes, so it is stable across platforms and Java versions.
 */
public final class Fingerprint
{
    private static final long PRIME = 0x100000001b3L;

    private long hash = 0xcbf29ce484222325L;
    private long events;

    /** Add one event. */
    public void add(final double time, final long subject, final String kind, final String element)
    {
        mixLong(Double.doubleToLongBits(time));
        mixLong(subject);
        mixString(kind);
        mixString(element);
        this.events++;
    }

    private void mixLong(final long value)
    {
        for (int shift = 0; shift < 64; shift += 8)
        {
            this.hash ^= (value >>> shift) & 0xff;
            this.hash *= PRIME;
        }
    }

    private void mixString(final String text)
    {
        for (byte b : text.getBytes(StandardCharsets.UTF_8))
        {
            this.hash ^= b & 0xff;
            this.hash *= PRIME;
        }
        this.hash ^= 0xff; // separator, so that "ab"+"c" differs from "a"+"bc"
        this.hash *= PRIME;
    }

    /** @return the hash as 16 hex digits */
    public String hex()
    {
        return String.format("%016x", this.hash);
    }

    /** @return events added */
    public long events()
    {
        return this.events;
    }
}
