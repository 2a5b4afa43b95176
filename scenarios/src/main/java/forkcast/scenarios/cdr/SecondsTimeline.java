package forkcast.scenarios.cdr;

import java.util.Arrays;

/**
 * How many legs are up at each second of the observed span, kept as a difference array of whole seconds from the
 * first UTC midnight seen (CDR times are whole epoch seconds): memory grows with the span, not with the number of
 * legs, so a week of CDRs costs 2.4 MB whatever the traffic.
 */
final class SecondsTimeline
{
    private long base = Long.MIN_VALUE;
    private int[] delta = new int[0];

    /** Count a leg up from {@code start} (inclusive) to {@code end} (exclusive), epoch seconds. */
    void add(final long start, final long end)
    {
        if (end <= start)
        {
            return;
        }
        if (this.base == Long.MIN_VALUE)
        {
            this.base = Math.floorDiv(start, 86_400L) * 86_400L;
        }
        if (start < this.base)
        {
            long newBase = Math.floorDiv(start, 86_400L) * 86_400L;
            int shift = (int) (this.base - newBase);
            int[] grown = new int[this.delta.length + shift];
            System.arraycopy(this.delta, 0, grown, shift, this.delta.length);
            this.delta = grown;
            this.base = newBase;
        }
        int to = (int) (end - this.base);
        if (to >= this.delta.length)
        {
            this.delta = Arrays.copyOf(this.delta, Math.max(to + 1, Math.max(86_400, this.delta.length * 2)));
        }
        this.delta[(int) (start - this.base)]++;
        this.delta[to]--;
    }

    /** @return the most legs up at once */
    int peak()
    {
        int level = 0;
        int peak = 0;
        for (int d : this.delta)
        {
            level += d;
            peak = Math.max(peak, level);
        }
        return peak;
    }

    /** @return the most legs up at once on each of {@code days} (epoch days), 0 on a day with none */
    double[] peaksByDay(final java.util.TreeSet<Long> days)
    {
        java.util.Map<Long, Integer> peaks = new java.util.HashMap<>();
        int level = 0;
        for (int i = 0; i < this.delta.length; i++)
        {
            level += this.delta[i];
            long day = Math.floorDiv(this.base + i, 86_400L);
            if (level > peaks.getOrDefault(day, 0))
            {
                peaks.put(day, level);
            }
        }
        double[] out = new double[days.size()];
        int i = 0;
        for (long d : days)
        {
            out[i++] = peaks.getOrDefault(d, 0);
        }
        return out;
    }
}
