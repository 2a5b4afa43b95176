package forkcast.reports;

import java.math.BigDecimal;
import java.util.Locale;

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

    static String percent(final double ratio)
    {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }
}
