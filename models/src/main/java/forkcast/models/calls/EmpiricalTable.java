package forkcast.models.calls;

import java.util.Arrays;

/**
 * An observed distribution of durations in seconds, as a piecewise-linear cumulative distribution function through
 * knots {@code (x[i], p[i])}, {@code p[0] = 0}, {@code p[n-1] = 1}: drawn by inverse transform with linear
 * interpolation between knots (Law, <i>Simulation Modeling and Analysis</i>, 5th ed., section 6.2.4, the continuous
 * empirical distribution of ungrouped and of grouped data). Immutable, so one table read from a file is shared by
 * every replication and every stream that uses it.
 *
 * <p>Written here rather than DSOL's {@code DistEmpiricalInterpolated}: that one keys a tree map by cumulative
 * probability and boxes two objects per draw, and refuses repeated values, which observed durations (whole seconds in
 * CUCM's CDRs) always have.
 */
public final class EmpiricalTable
{
    private final double[] x;
    private final double[] p;
    private final double mean;

    private EmpiricalTable(final double[] x, final double[] p)
    {
        this.x = x;
        this.p = p;
        double m = 0;
        for (int i = 1; i < x.length; i++)
        {
            m += (p[i] - p[i - 1]) * (x[i] + x[i - 1]) / 2;
        }
        this.mean = x.length == 1 ? x[0] : m;
    }

    /**
     * Ungrouped observations: the sorted values are the knots, the {@code i}-th of {@code n} at probability
     * {@code i/(n-1)}; one value is a constant.
     *
     * @param values at least one, each finite and not negative, in any order
     */
    public static EmpiricalTable ofSample(final double[] values)
    {
        if (values.length == 0)
        {
            throw new IllegalArgumentException("an empirical distribution needs at least one value");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        check(sorted[0]);
        check(sorted[sorted.length - 1]);
        double[] p = new double[sorted.length];
        for (int i = 1; i < p.length; i++)
        {
            p[i] = (double) i / (p.length - 1);
        }
        return new EmpiricalTable(sorted, p);
    }

    /**
     * Grouped observations: bin {@code j} runs from {@code upper[j-1]} (0 for the first) to {@code upper[j]} and
     * holds {@code counts[j]} observations, spread evenly over it.
     *
     * @param upper the bins' upper bounds, strictly increasing, the first above 0
     * @param counts observations per bin, none negative, not all 0
     */
    public static EmpiricalTable ofHistogram(final double[] upper, final double[] counts)
    {
        if (upper.length == 0 || upper.length != counts.length)
        {
            throw new IllegalArgumentException("a histogram needs as many counts as bins, at least one");
        }
        double total = 0;
        for (int j = 0; j < upper.length; j++)
        {
            check(upper[j]);
            if (!(counts[j] >= 0) || !Double.isFinite(counts[j]) || upper[j] <= (j == 0 ? 0 : upper[j - 1]))
            {
                throw new IllegalArgumentException("bin " + (j + 1) + ": bounds must increase and counts be >= 0");
            }
            total += counts[j];
        }
        if (!(total > 0))
        {
            throw new IllegalArgumentException("a histogram needs at least one observation");
        }
        double[] x = new double[upper.length + 1];
        double[] p = new double[upper.length + 1];
        double cumulative = 0;
        for (int j = 0; j < upper.length; j++)
        {
            cumulative += counts[j];
            x[j + 1] = upper[j];
            p[j + 1] = j == upper.length - 1 ? 1 : cumulative / total;
        }
        return new EmpiricalTable(x, p);
    }

    private static void check(final double v)
    {
        if (!(v >= 0) || !Double.isFinite(v))
        {
            throw new IllegalArgumentException("durations must be finite and not negative, not " + v);
        }
    }

    /** @return the duration at cumulative probability {@code u} in [0, 1] (inverse transform) */
    public double quantile(final double u)
    {
        int n = this.x.length;
        if (n == 1 || u <= 0)
        {
            return this.x[0];
        }
        if (u >= 1)
        {
            return this.x[n - 1];
        }
        // the segment [p[i], p[i+1]) holding u; zero-width segments (empty bins) are never chosen
        int i = Arrays.binarySearch(this.p, u);
        i = i >= 0 ? i : -i - 2;
        while (i + 1 < n - 1 && this.p[i + 1] <= u)
        {
            i++;
        }
        double width = this.p[i + 1] - this.p[i];
        return width <= 0 ? this.x[i + 1] : this.x[i] + (this.x[i + 1] - this.x[i]) * (u - this.p[i]) / width;
    }

    /** @return the density at {@code value} (for DSOL's interface; not used by the model) */
    public double density(final double value)
    {
        for (int i = 1; i < this.x.length; i++)
        {
            if (value >= this.x[i - 1] && value < this.x[i])
            {
                return (this.p[i] - this.p[i - 1]) / (this.x[i] - this.x[i - 1]);
            }
        }
        return 0;
    }

    /** @return the mean of the interpolated distribution, seconds */
    public double mean()
    {
        return this.mean;
    }

    /** @return how many knots the function has (observations, or bins + 1) */
    public int knots()
    {
        return this.x.length;
    }

    @Override
    public boolean equals(final Object o)
    {
        return o instanceof EmpiricalTable t && Arrays.equals(this.x, t.x) && Arrays.equals(this.p, t.p);
    }

    @Override
    public int hashCode()
    {
        return 31 * Arrays.hashCode(this.x) + Arrays.hashCode(this.p);
    }

    @Override
    public String toString()
    {
        return "EmpiricalTable[" + this.x.length + " knots, mean " + this.mean + " s]";
    }
}
