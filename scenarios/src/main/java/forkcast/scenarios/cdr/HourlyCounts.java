package forkcast.scenarios.cdr;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** Events counted per UTC day and per interval of the day (the fit's {@code --interval}). */
final class HourlyCounts
{
    private final int interval;
    private final int slots;
    private final Map<Long, long[]> days = new HashMap<>();

    HourlyCounts(final int intervalSeconds)
    {
        this.interval = intervalSeconds;
        this.slots = 86_400 / intervalSeconds;
    }

    void add(final long epochSeconds)
    {
        long day = Math.floorDiv(epochSeconds, 86_400L);
        int slot = (int) (Math.floorMod(epochSeconds, 86_400L) / this.interval);
        this.days.computeIfAbsent(day, d -> new long[this.slots])[slot]++;
    }

    /** Add every count of {@code other} (the same interval). */
    void addAll(final HourlyCounts other)
    {
        other.days.forEach((day, counts) ->
        {
            long[] mine = this.days.computeIfAbsent(day, d -> new long[this.slots]);
            for (int s = 0; s < this.slots; s++)
            {
                mine[s] += counts[s];
            }
        });
    }

    /** @return the count of each of {@code over}, all intervals together */
    double[] perDay(final TreeSet<Long> over)
    {
        double[] out = new double[over.size()];
        int i = 0;
        for (long d : over)
        {
            long[] counts = this.days.get(d);
            long sum = 0;
            for (int s = 0; counts != null && s < counts.length; s++)
            {
                sum += counts[s];
            }
            out[i++] = sum;
        }
        return out;
    }

    int slots()
    {
        return this.slots;
    }

    /** @return the UTC days with any event, in order (epoch days) */
    TreeSet<Long> days()
    {
        return new TreeSet<>(this.days.keySet());
    }

    /** @return the count of {@code slot} on each of {@code over}, 0 where a day has none */
    double[] slot(final int slot, final TreeSet<Long> over)
    {
        double[] out = new double[over.size()];
        int i = 0;
        for (long d : over)
        {
            long[] counts = this.days.get(d);
            out[i++] = counts == null ? 0 : counts[slot];
        }
        return out;
    }

    /** @return the largest count of any one interval on any day */
    long busiest()
    {
        long best = 0;
        for (long[] counts : this.days.values())
        {
            for (long c : counts)
            {
                best = Math.max(best, c);
            }
        }
        return best;
    }

    /** @return the largest count of a clock hour (the intervals of one hour together) on any day */
    long busiestHour()
    {
        int perHour = 3600 / this.interval;
        long best = 0;
        for (long[] counts : this.days.values())
        {
            for (int h = 0; h < counts.length; h += perHour)
            {
                long sum = 0;
                for (int j = h; j < h + perHour; j++)
                {
                    sum += counts[j];
                }
                best = Math.max(best, sum);
            }
        }
        return best;
    }

    /** @return the busiest clock hour's count on each of {@code over} */
    double[] busiestHourByDay(final TreeSet<Long> over)
    {
        int perHour = 3600 / this.interval;
        double[] out = new double[over.size()];
        int i = 0;
        for (long d : over)
        {
            long[] counts = this.days.get(d);
            long best = 0;
            for (int h = 0; counts != null && h < counts.length; h += perHour)
            {
                long sum = 0;
                for (int j = h; j < h + perHour; j++)
                {
                    sum += counts[j];
                }
                best = Math.max(best, sum);
            }
            out[i++] = best;
        }
        return out;
    }
}
