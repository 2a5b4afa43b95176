package forkcast.sim.stats;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Percentiles of interval series (e.g. the 95th percentile of a link's interval means), by commons-math3. */
public final class Percentiles
{
    private Percentiles()
    {
    }

    /**
     * @param values the series (not changed)
     * @param p the percentile, in (0, 100]
     * @return the percentile by commons-math3's default estimation (type R_6 style interpolation); 0 for no values
     */
    public static double of(final double[] values, final double p)
    {
        if (values.length == 0)
        {
            return 0;
        }
        return new Percentile().evaluate(values.clone(), p);
    }
}
