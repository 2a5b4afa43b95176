package forkcast.reports;

import java.util.Locale;

/**
 * A share's target as people read it: a percentage with the decimals it needs not to read as 0 (0.04%, not 0.0%), one
 * at least. One rule for the report ({@link Numbers}) and the terminal, so a target reads the same in both.
 */
public final class ShareTarget
{
    private ShareTarget()
    {
    }

    /** @return {@code limit} (a fraction) as a percentage, e.g. 0.0004 as 0.04% and 0.01 as 1.0% */
    public static String text(final double limit)
    {
        return String.format(Locale.ROOT, "%." + decimals(limit) + "f%%", limit * 100);
    }

    /** @return the decimals of a percentage that show {@code limit} as nonzero where it is: 1 to 4 */
    public static int decimals(final double limit)
    {
        int decimals = 1;
        while (decimals < 4 && limit != 0
                && Double.parseDouble(String.format(Locale.ROOT, "%." + decimals + "f", limit * 100)) == 0)
        {
            decimals++;
        }
        return decimals;
    }
}
