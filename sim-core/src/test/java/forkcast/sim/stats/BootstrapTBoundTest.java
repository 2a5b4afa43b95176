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
    private static final int N = 10;
    /** 70% zeros, else exponential with mean 1: the mean is 0.3, the skew like a short replication's blocking. */
    private static final double ZERO_SHARE = 0.7;
    private static final double MEAN = 1 - ZERO_SHARE;

    @Test
    void theUpperBoundCoversAZeroHeavyMeanAtItsConfidence()
    {
        RandomGenerator random = new Well19937c(17);
        int bootstrap = 0;
        int student = 0;
        for (int i = 0; i < SAMPLES; i++)
        {
            double[] x = zeroHeavy(random);
            bootstrap += BootstrapTBound.upper(x, 0.95) >= MEAN ? 1 : 0;
            student += studentUpper(x, 0.95) >= MEAN ? 1 : 0;
        }
        double coverage = bootstrap / (double) SAMPLES;
        assertTrue(coverage >= 0.93, "bootstrap-t upper bound covered the mean in " + coverage + " of the samples");
        // the case is a hard one: Student's t, the bound size used before, falls well short of its 95%
        assertTrue(student / (double) SAMPLES < 0.85, "Student-t coverage " + student / (double) SAMPLES);
    }

    @Test
    void theLowerBoundCoversAMirroredZeroHeavyMeanAtItsConfidence()
    {
        RandomGenerator random = new Well19937c(23);
        int covered = 0;
        for (int i = 0; i < SAMPLES; i++)
        {
            double[] x = zeroHeavy(random);
            for (int j = 0; j < x.length; j++)
            {
                x[j] = 1 - x[j]; // skewed to the left, mean 1 - MEAN: a coverage-like share near 1
            }
            covered += BootstrapTBound.lower(x, 0.95) <= 1 - MEAN ? 1 : 0;
        }
        double coverage = covered / (double) SAMPLES;
        assertTrue(coverage >= 0.93, "bootstrap-t lower bound covered the mean in " + coverage + " of the samples");
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
    void aTailTooThinForTheResamplesGivesNoFiniteBound()
    {
        // (9,999 + 1) x 0.00005 < 1: no resample lies that far out
        assertEquals(Double.POSITIVE_INFINITY, BootstrapTBound.upper(new double[] {1, 2, 3}, 0.99995), 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, BootstrapTBound.lower(new double[] {1, 2, 3}, 0.99995), 0.0);
    }

    @Test
    void fewerThanTwoValuesAreRefused()
    {
        assertThrows(IllegalArgumentException.class, () -> BootstrapTBound.upper(new double[] {1}, 0.95));
        assertThrows(IllegalArgumentException.class, () -> BootstrapTBound.upper(new double[] {1, 2}, 1.0));
    }

    private static double[] zeroHeavy(final RandomGenerator random)
    {
        double[] x = new double[N];
        for (int j = 0; j < N; j++)
        {
            x[j] = random.nextDouble() < ZERO_SHARE ? 0 : -Math.log(1 - random.nextDouble());
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
