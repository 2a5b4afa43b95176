package forkcast.sim.stats;

import java.util.Arrays;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A one-sided confidence bound on the mean of a few replications' values by the studentized bootstrap (bootstrap-t;
 * Efron and Tibshirani, <i>An Introduction to the Bootstrap</i>, 1993, chapter 12.5; Hall, <i>The Bootstrap and
 * Edgeworth Expansion</i>, 1992, section 3.5). The bound is {@code mean - q * s / sqrt(n)}, with q the quantile of
 * {@code (mean* - mean) / (s* / sqrt(n))} over resamples of the values in place of Student's t quantile.
 * <p>
 * Why not Student's t: per-replication shares such as recording blocking are skewed to the right and often zero (a
 * short replication without a refusal), and a sample that happens to have a low mean has a low spread too, so
 * Student's upper bound falls below the true mean far more often than it claims (at 95%, 9% to 14% of the time for ten
 * one-hour replications of a 25 Erlang recorder near 1% blocking). The bootstrap-t quantile takes the skew from the
 * sample itself and is second-order accurate where Student's t is first-order (Hall 1992).
 * <p>
 * Resamples are drawn from a generator with a fixed seed, so the bound is a function of the values alone: the same
 * replications give the same bound, byte for byte, on any machine. A resample with no spread (every value drawn the
 * same) has an undefined studentized mean; it counts as infinitely far on its side of the mean (it says nothing about
 * the spread, so it must not narrow the bound: leaving such resamples out, or studentizing them with the sample's
 * spread, covers a zero-heavy mean no better than Student's t). Where they fill the whole tail (a sample of mostly
 * zeros: eight or more zeros in ten at 95%, seven or more at 98.3%) the pivot has no finite quantile and the bound
 * is Cantelli's one-sided Chebyshev inequality with the sample's deviation (Cantelli 1928): finite, wider than
 * Student's t, but still short of its confidence when the sample has seen too few of the rare values (ten values of a
 * distribution that is 70% zeros are covered about 86% of the time at 95%; twenty, 94%): more replications are the
 * cure.
 */
public final class BootstrapTBound
{
    /** Resamples: (B + 1) times a tail share of 5%, 2.5% or 1% is a whole number, as Efron and Tibshirani advise. */
    static final int RESAMPLES = 9_999;

    /** Any fixed seed: it only has to be the same every time. */
    private static final long SEED = 20_260_105L;

    private BootstrapTBound()
    {
    }

    /**
     * @param values at least two, none NaN
     * @param confidence e.g. 0.95
     * @return the upper bound on the mean at this one-sided confidence; the mean itself when all values are equal
     */
    public static double upper(final double[] values, final double confidence)
    {
        return bound(values, confidence, true);
    }

    /**
     * @param values at least two, none NaN
     * @param confidence e.g. 0.95
     * @return the lower bound on the mean at this one-sided confidence; the mean itself when all values are equal
     */
    public static double lower(final double[] values, final double confidence)
    {
        return bound(values, confidence, false);
    }

    private static double bound(final double[] values, final double confidence, final boolean upper)
    {
        int n = values.length;
        if (n < 2 || !(confidence > 0 && confidence < 1))
        {
            throw new IllegalArgumentException("a bootstrap bound needs two values or more and a confidence in (0, 1),"
                    + " not " + n + " values at " + confidence);
        }
        double mean = mean(values);
        if (allEqual(values))
        {
            return mean; // nothing varies: no resample can say more
        }
        double s = deviation(values, mean);
        double[] t = studentized(values, mean);
        Arrays.sort(t);
        // the k-th smallest for an upper bound (a low resample mean stands for a true mean above the sample's), the
        // k-th largest for a lower one; k rounded down, so that the tail left out is never larger than 1 - confidence
        int k = (int) Math.floor((RESAMPLES + 1) * (1 - confidence));
        double q = k < 1 ? Double.NaN : upper ? t[k - 1] : t[RESAMPLES - k];
        if (!Double.isFinite(q))
        {
            // more resamples without spread than the tail holds (a sample of mostly zeros): the pivot has no finite
            // quantile; Cantelli's one-sided inequality, P(mean - mu <= -k sigma / sqrt(n)) <= 1 / (1 + k^2), holds
            // whatever the shape, where Student's t would assume a symmetry such a sample does not have
            double cantelli = Math.sqrt(confidence / (1 - confidence));
            q = upper ? -cantelli : cantelli;
        }
        return mean - q * s / Math.sqrt(n);
    }

    /** @return the studentized mean of each resample, unsorted */
    private static double[] studentized(final double[] values, final double mean)
    {
        int n = values.length;
        RandomGenerator random = new MersenneTwister(SEED);
        double[] resample = new double[n];
        double[] t = new double[RESAMPLES];
        double root = Math.sqrt(n);
        for (int b = 0; b < RESAMPLES; b++)
        {
            for (int i = 0; i < n; i++)
            {
                resample[i] = values[random.nextInt(n)];
            }
            // without spread judged by equality, not by a deviation of 0: three equal values can sum to a mean a last
            // bit off, whose deviation of 1e-17 would studentize to 1e15 and not to the infinity it stands for
            if (allEqual(resample))
            {
                double v = resample[0];
                t[b] = v > mean ? Double.POSITIVE_INFINITY : v < mean ? Double.NEGATIVE_INFINITY : 0;
                continue;
            }
            double m = mean(resample);
            t[b] = (m - mean) / (deviation(resample, m) / root);
        }
        return t;
    }

    private static boolean allEqual(final double[] values)
    {
        for (double v : values)
        {
            if (v != values[0])
            {
                return false;
            }
        }
        return true;
    }

    private static double mean(final double[] values)
    {
        double sum = 0;
        for (double v : values)
        {
            sum += v;
        }
        return sum / values.length;
    }

    /** @return the sample standard deviation (n - 1 in the denominator) */
    private static double deviation(final double[] values, final double mean)
    {
        double squares = 0;
        for (double v : values)
        {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
