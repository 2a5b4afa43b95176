package forkcast.reports;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import forkcast.sim.metrics.Metric;
import forkcast.sim.metrics.MetricKind;

/** Number formats shared by the writers: exact and locale-free in files, rounded for people in the report. */
final class Numbers
{
    private Numbers()
    {
    }

    /** @return the shortest text that reads back as the same double, without exponent ({@code 87.2}, {@code 900}) */
    static String exact(final double value)
    {
        if (Double.isNaN(value) || Double.isInfinite(value))
        {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15)
        {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** @return a value rounded for reading: 4 significant digits, thousands separated */
    static String human(final Double value)
    {
        if (value == null)
        {
            return "–";
        }
        double v = value;
        double abs = Math.abs(v);
        if (abs == 0)
        {
            return "0";
        }
        if (abs >= 1000)
        {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (abs >= 100)
        {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (abs >= 1)
        {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        if (abs >= 0.001)
        {
            return String.format(Locale.ROOT, "%.4f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /**
     * Decimals shown for a mean in each unit, so that every figure of a unit reads alike in the report (a count's
     * mean over replications is fractional: one decimal; bandwidth to the kbit/s: two). Units not listed get two.
     */
    private static final Map<String, Integer> DECIMALS = Map.ofEntries(Map.entry("calls/h", 0), Map.entry("events", 0),
            Map.entry("calls", 1), Map.entry("sessions", 1), Map.entry("attempts", 1), Map.entry("copies", 1),
            Map.entry("set-ups", 1), Map.entry("streams", 1), Map.entry("dialogs", 1), Map.entry("channels", 1),
            Map.entry("agents", 1), Map.entry("intervals", 1), Map.entry("MTPs", 1), Map.entry("s", 1),
            Map.entry("GB/day", 1), Map.entry("GB", 1), Map.entry("Mbit/s", 2), Map.entry("msg/s", 2),
            Map.entry("/s", 2), Map.entry("TB", 2), Map.entry("×", 0), Map.entry("devices", 0), Map.entry("lines", 0),
            Map.entry("kbit/s", 0));

    /** @return a metric's value for reading: a share as a percentage, any other with its unit's fixed decimals */
    static String of(final Double value, final Metric metric)
    {
        return of(value, metric.unit(), metric.descriptor().kind() == MetricKind.RATIO);
    }

    /**
     * @param ratio whether the value is a share or a load over a rating (shown as a percentage with one decimal)
     * @return the value with the unit's fixed decimals and thousands separated; "–" for none
     */
    static String of(final Double value, final String unit, final boolean ratio)
    {
        if (value == null)
        {
            return "–";
        }
        if (ratio)
        {
            return percent(value);
        }
        int decimals = DECIMALS.getOrDefault(unit, 2);
        String text = String.format(Locale.ROOT, "%,." + decimals + "f", value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text; // no "-0.0" for a tiny negative
    }

    /**
     * @return a rating or limit as the scenario states it: a share in percent, a whole number without decimals (90
     *         channels, not the 90.0 of a mean's format), thousands separated; any other with its unit's decimals
     */
    static String limit(final double value, final Metric metric)
    {
        if (metric.descriptor().kind() == MetricKind.RATIO)
        {
            return percent(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15)
        {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return of(value, metric);
    }

    /** @return a configured figure (a chart's limit or capacity): whole numbers without decimals, others rounded */
    static String stated(final double value)
    {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) value)
                : human(value);
    }

    /** @return a run's duration: whole minutes as {@code 15 min}, anything else in seconds ({@code 20 s}) */
    static String duration(final double seconds)
    {
        return seconds % 60 == 0 ? exact(seconds / 60) + " min" : exact(seconds) + " s";
    }

    static String percent(final double ratio)
    {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    /** @return a target's limit as a percentage, as {@link ShareTarget#text} gives it */
    static String percentLimit(final double limit)
    {
        return ShareTarget.text(limit);
    }

    /** @return a target's limit as it is shown: {@link #percentLimit} for a share, else {@link #human} */
    static String target(final double limit, final boolean share)
    {
        return share ? percentLimit(limit) : human(limit);
    }

    /**
     * @return a value judged against a target as the target is shown (a share to the limit's decimals, at least one;
     *         else as {@link #human}), with as many more decimals (up to four) as it takes not to read as the limit
     *         where it is not the limit: a share just past its target is 80.03%, not 80.0% beside "≤ 80.0%"; "–" where
     *         undefined
     */
    static String apart(final Double value, final double limit, final boolean share)
    {
        if (value == null || value.isNaN())
        {
            return "–";
        }
        double v = value;
        if (!share && (Math.abs(v) < 0.001 || Math.abs(limit) < 0.001))
        {
            return human(v); // shown to significant digits, not decimals
        }
        String pattern = share ? "%." : "%,.";
        double scale = share ? 100 : 1;
        String human = human(v);
        int decimals = share ? ShareTarget.decimals(limit) : human.contains(".") ? human.length() - human.indexOf('.') - 1 : 0;
        String shown = String.format(Locale.ROOT, pattern + decimals + "f", v * scale);
        for (int d = decimals; d < decimals + 4 && v != limit
                && shown.equals(String.format(Locale.ROOT, pattern + d + "f", limit * scale)); d++)
        {
            shown = String.format(Locale.ROOT, pattern + (d + 1) + "f", v * scale);
        }
        return share ? shown + "%" : shown;
    }
}
