package forkcast.scenarios.cdr;

import java.util.Map;
import java.util.TreeMap;

/**
 * Rows of the CDR files that could not be used, counted by reason, each with where it was first seen: reported in
 * the fitted scenario and on the terminal, never dropped silently.
 */
public final class BadRows
{
    private final Map<String, long[]> counts = new TreeMap<>();
    private final Map<String, String> first = new TreeMap<>();

    void add(final String reason, final String file, final long line)
    {
        this.counts.computeIfAbsent(reason, r -> new long[1])[0]++;
        this.first.putIfAbsent(reason, file + ":" + line);
    }

    /** @return rows by reason, in alphabetical order of reasons */
    public Map<String, Long> counts()
    {
        Map<String, Long> out = new TreeMap<>();
        this.counts.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    /** @return where each reason was first seen, {@code FILE:LINE} */
    public Map<String, String> firstSeen()
    {
        return new TreeMap<>(this.first);
    }

    /** @return rows set aside in all */
    public long total()
    {
        long t = 0;
        for (long[] c : this.counts.values())
        {
            t += c[0];
        }
        return t;
    }
}
