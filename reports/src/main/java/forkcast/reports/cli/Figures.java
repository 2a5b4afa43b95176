package forkcast.reports.cli;

import java.math.BigDecimal;
import java.util.Locale;

import forkcast.reports.ShareTarget;
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
        if (abs == 0)
        {
            return "0"; // not 0.0000 beside the 2 of 2.00: nothing is nothing in any unit
        }
        if (abs < 0.001)
        {
            return String.format(Locale.ROOT, "%.3g", v); // 0.0000 would hide a small but nonzero value
        }
        return String.format(Locale.ROOT, "%." + decimals(abs) + "f", v);
    }

    /** @return the decimals {@link #of(Double)} shows for a magnitude: 0 from 100, 2 from 1, else 4 */
    private static int decimals(final double abs)
    {
        return abs >= 100 ? 0 : abs >= 1 ? 2 : 4;
    }

    /**
     * @param d a difference between two means
     * @param scale the larger of the means' and the difference's magnitude, so that a difference is shown to the
     *            decimals of the figures it is between (not +0.0001190 beside 8.86, nor +0.000 beside 10036)
     * @return the difference, signed
     */
    static String difference(final double d, final double scale)
    {
        if (scale != 0 && Math.abs(scale) < 0.001)
        {
            return String.format(Locale.ROOT, "%+.3g", d);
        }
        return String.format(Locale.ROOT, "%+." + decimals(Math.abs(scale)) + "f", d);
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

    /** @return a share's target as a percentage, as the report shows it ({@link ShareTarget}) */
    static String target(final double limit)
    {
        return ShareTarget.text(limit);
    }

    /**
     * @return {@code v} as {@link #of(Double, boolean)} shows it (a share to its target's decimals), with as many more
     *         decimals (up to four) as it takes not to read as the target's limit: a link at 80.03% over its 80%
     *         target is shown 80.03%, not an OVER 80.0% beside "target <= 80.0%"
     */
    static String against(final Double v, final double limit, final boolean ratio)
    {
        if (v == null || v.isNaN() || v == 0 || !ratio && Math.abs(v) < 0.001)
        {
            return of(v, ratio); // n/a, nothing, or significant digits rather than decimals
        }
        double scale = ratio ? 100 : 1;
        int decimals = ratio ? ShareTarget.decimals(limit) : decimals(Math.abs(v));
        String shown = String.format(Locale.ROOT, "%." + decimals + "f", v * scale);
        for (int d = decimals; d < decimals + 4 && v != limit
                && shown.equals(String.format(Locale.ROOT, "%." + d + "f", limit * scale)); d++)
        {
            shown = String.format(Locale.ROOT, "%." + (d + 1) + "f", v * scale);
        }
        return ratio ? shown + "%" : shown;
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
