package forkcast.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** The bootstrap-t bound covers a skewed, zero-heavy mean as often as it claims, where Student's t does not. */
class BootstrapTBoundTest
{
    private static final int SAMPLES = 1_000;

    /**
     * Ten values half of which are zero, and twenty of which 70% are: the rest exponential with mean 1, so the mean is
     * the share that is not zero. Shaped like short replications' blocking near a 1% target. (Ten values of the
     * second kind are too few: 8 or more zeros in 38% of them, 2.8% all zeros; see {@link BootstrapTBound}.)
     */
    @Test
    void theUpperBoundCoversAZeroHeavyMeanAtItsConfidence()
    {
        upperCoverage(0.5, 10, 17);
        upperCoverage(0.7, 20, 19);
    }

    @Test
    void theLowerBoundCoversAMirroredZeroHeavyMeanAtItsConfidence()
    {
        lowerCoverage(0.5, 10, 23);
        lowerCoverage(0.7, 20, 29);
    }

    private static void upperCoverage(final double zeroShare, final int n, final int seed)
    {
        RandomGenerator random = new Well19937c(seed);
        double mean = 1 - zeroShare;
        int bootstrap = 0;
        int student = 0;
        for (int i = 0; i < SAMPLES; i++)
        {
            double[] x = zeroHeavy(random, zeroShare, n);
            bootstrap += BootstrapTBound.upper(x, 0.95) >= mean ? 1 : 0;
            student += studentUpper(x, 0.95) >= mean ? 1 : 0;
        }
        double coverage = bootstrap / (double) SAMPLES;
        assertTrue(coverage >= 0.93, zeroShare + " zeros, " + n + " values: bootstrap-t upper bound covered the"
                + " mean in " + coverage + " of the samples");
        // the case is a hard one: Student's t, the bound size used before, falls well short of its 95%
        assertTrue(student / (double) SAMPLES < 0.88, zeroShare + " zeros, " + n + " values: Student-t coverage "
                + student / (double) SAMPLES);
    }

    private static void lowerCoverage(final double zeroShare, final int n, final int seed)
    {
        RandomGenerator random = new Well19937c(seed);
        double mean = zeroShare; // of 1 - x: skewed to the left, like a coverage share near 1
        int covered = 0;
        for (int i = 0; i < SAMPLES; i++)
        {
            double[] x = zeroHeavy(random, zeroShare, n);
            for (int j = 0; j < x.length; j++)
            {
                x[j] = 1 - x[j];
            }
            covered += BootstrapTBound.lower(x, 0.95) <= mean ? 1 : 0;
        }
        double coverage = covered / (double) SAMPLES;
        assertTrue(coverage >= 0.93, zeroShare + " zeros, " + n + " values: bootstrap-t lower bound covered the"
                + " mean in " + coverage + " of the samples");
    }

    @Test
    void aBoundIsAFunctionOfTheValuesAlone()
    {
        double[] x = {0, 0, 0.004, 0.012, 0, 0.03, 0.008, 0, 0.001, 0.02};
        assertEquals(BootstrapTBound.upper(x, 0.95), BootstrapTBound.upper(x.clone(), 0.95), 0.0);
        double mean = 0.0075;
        assertTrue(BootstrapTBound.upper(x, 0.95) > mean && BootstrapTBound.lower(x, 0.95) < mean);
        assertTrue(BootstrapTBound.upper(x, 0.99) > BootstrapTBound.upper(x, 0.95), "more confidence, a wider bound");
    }

    @Test
    void valuesWithoutSpreadBoundAtTheirMean()
    {
        assertEquals(0.0, BootstrapTBound.upper(new double[] {0, 0, 0}, 0.95), 0.0);
        assertEquals(2.5, BootstrapTBound.lower(new double[] {2.5, 2.5}, 0.95), 0.0);
    }

    @Test
    void whereTheResamplesCannotReachTheTailCantellisInequalityBounds()
    {
        // nine zeros and one refusal: 35% of resamples are all zeros, without spread, so the 5% tail is theirs;
        // mean 0.0002, deviation 0.002 x sqrt(0.1 x 0.9 x 10 / 9) = 0.000632, k = sqrt(0.95 / 0.05)
        double[] mostlyZeros = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0.002};
        double s = 0.002 * Math.sqrt(0.1);
        assertEquals(0.0002 + Math.sqrt(19) * s / Math.sqrt(10), BootstrapTBound.upper(mostlyZeros, 0.95), 1e-12);
        // (9,999 + 1) x 0.00005 < 1: no resample lies that far out
        assertEquals(2 + Math.sqrt(0.99995 / 0.00005) / Math.sqrt(3), BootstrapTBound.upper(new double[] {1, 2, 3},
                0.99995), 1e-9);
    }

    @Test
    void fewerThanTwoValuesAreRefused()
    {
        assertThrows(IllegalArgumentException.class, () -> BootstrapTBound.upper(new double[] {1}, 0.95));
        assertThrows(IllegalArgumentException.class, () -> BootstrapTBound.upper(new double[] {1, 2}, 1.0));
    }

    private static double[] zeroHeavy(final RandomGenerator random, final double zeroShare, final int n)
    {
        double[] x = new double[n];
        for (int j = 0; j < n; j++)
        {
            x[j] = random.nextDouble() < zeroShare ? 0 : -Math.log(1 - random.nextDouble());
        }
        return x;
    }

    /** The bound size used before: mean + t(confidence, n - 1) s / sqrt(n). */
    private static double studentUpper(final double[] x, final double confidence)
    {
        double mean = 0;
        for (double v : x)
        {
            mean += v / x.length;
        }
        double squares = 0;
        for (double v : x)
        {
            squares += (v - mean) * (v - mean);
        }
        return mean + new TDistribution(null, x.length - 1).inverseCumulativeProbability(confidence)
                * Math.sqrt(squares / (x.length - 1) / x.length);
    }
}
