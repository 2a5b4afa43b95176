package forkcast.reports.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
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

    /**
     * The rule for a mean beside its 95% confidence interval, wherever the terminal shows both: both to the decimals
     * the interval supports, the half-width's first significant digit, or its first two where that is a 1 (34.2 ± 0.6,
     * 11.1 ± 1.3, 57 ± 7, 102 [80, 123]), so that figures shown together read alike and none claims more precision
     * than the replications give.
     *
     * @param half the interval's half-width (its larger side, where a physical limit clipped the other)
     * @return the decimals (negative for tens, hundreds), or null where the interval has no width: every replication
     *         gave the same value, which is then shown {@link #exactly}
     */
    static Integer supported(final double half)
    {
        if (!(half > 0) || Double.isInfinite(half))
        {
            return null;
        }
        BigDecimal first = new BigDecimal(half).round(new MathContext(1, RoundingMode.HALF_UP));
        return first.scale() + (first.unscaledValue().equals(BigInteger.ONE) ? 1 : 0);
    }

    /**
     * @return the larger side of a 95% interval around {@code mean}; 0 where a bound is undefined, or where the width
     *         is only the rounding of equal values' sum (52.32 ± 1.4e-14 is every replication's 52.32)
     */
    static double half(final Double mean, final Double low, final Double high)
    {
        if (mean == null || low == null || high == null)
        {
            return 0;
        }
        double half = Math.max(high - mean, mean - low);
        return half <= 1e-9 * Math.max(1, Math.abs(mean)) ? 0 : half;
    }

    /** @return {@code v} to {@code decimals} places (tens, hundreds where negative), plain, never "-0" */
    static String rounded(final double v, final int decimals)
    {
        String text = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text; // no "-0.0" for a mean just below zero
    }

    /**
     * @return a figure without an interval's width (the same in every replication) as it is: plain, without trailing
     *         zeros, to at most four decimals, so that 139.5 reads 139.5 and 60 reads 60
     */
    static String exactly(final double v)
    {
        BigDecimal d = new BigDecimal(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** @return {@code v} to {@code decimals} places where the interval has width, else {@link #exactly} */
    static String supported(final double v, final Integer decimals)
    {
        return decimals == null ? exactly(v) : rounded(v, decimals);
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
