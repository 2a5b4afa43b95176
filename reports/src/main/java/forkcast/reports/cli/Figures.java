package forkcast.reports.cli;

import java.math.BigDecimal;
import java.util.Locale;

import forkcast.scenarios.SizingTarget;

/** Numbers as the console shows them: rounded for reading, {@code n/a} where a value is undefined. */
final class Figures
{
    private Figures()
    {
    }

    static String of(final Double v)
    {
        if (v == null || v.isNaN())
        {
            return "n/a";
        }
        double abs = Math.abs(v);
        if (abs != 0 && abs < 0.001)
        {
            return String.format(Locale.ROOT, "%.3g", v); // 0.0000 would hide a small but nonzero value
        }
        return abs >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : abs >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.4f", v);
    }

    /** @return a share or a load over a rating as a percentage with one decimal, any other value as {@link #of(Double)} */
    static String of(final Double v, final boolean ratio)
    {
        if (!ratio || v == null || v.isNaN())
        {
            return of(v);
        }
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    /** @return a threshold as the user would write it: plain, without exponent or trailing zeros */
    static String exact(final double v)
    {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** @return a target as the user would write it, {@code METRIC<=X} */
    static String of(final SizingTarget target)
    {
        return target.metric() + (target.atMost() ? "<=" : ">=") + exact(target.limit());
    }
}
