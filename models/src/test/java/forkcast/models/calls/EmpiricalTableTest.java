package forkcast.models.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The piecewise-linear empirical distribution: knots, interpolation between them, its mean. */
class EmpiricalTableTest
{
    @Test
    void observationsAreKnotsAtEvenProbabilitiesAndInterpolatedBetween()
    {
        EmpiricalTable t = EmpiricalTable.ofSample(new double[] {30, 10, 20});
        assertEquals(10, t.quantile(0), 0);
        assertEquals(15, t.quantile(0.25), 1e-12);
        assertEquals(20, t.quantile(0.5), 1e-12);
        assertEquals(27.5, t.quantile(0.875), 1e-12);
        assertEquals(30, t.quantile(1), 0);
        assertEquals(20, t.mean(), 1e-12);
    }

    @Test
    void repeatedValuesAreKeptAsTheyWereObserved()
    {
        EmpiricalTable t = EmpiricalTable.ofSample(new double[] {60, 60, 60, 120});
        assertEquals(60, t.quantile(0.5), 0);
        assertEquals(90, t.quantile(5.0 / 6), 1e-9);
        assertEquals((60 + 60 + 90) / 3.0, t.mean(), 1e-12);
    }

    @Test
    void oneValueIsAConstant()
    {
        EmpiricalTable t = EmpiricalTable.ofSample(new double[] {42});
        assertEquals(42, t.quantile(0.3), 0);
        assertEquals(42, t.mean(), 0);
    }

    @Test
    void aHistogramSpreadsEachBinEvenlyAndSkipsEmptyBins()
    {
        // [0,60): 1, [60,120): 0, [120,180): 3
        EmpiricalTable t = EmpiricalTable.ofHistogram(new double[] {60, 120, 180}, new double[] {1, 0, 3});
        assertEquals(30, t.quantile(0.125), 1e-12);
        assertEquals(120, t.quantile(0.25), 1e-12);
        assertEquals(150, t.quantile(0.625), 1e-12);
        assertEquals(0.25 * 30 + 0.75 * 150, t.mean(), 1e-12);
        assertEquals(0.25 / 60, t.density(10), 1e-15);
        assertEquals(0, t.density(90), 0);
    }

    @Test
    void theMeanOfManyDrawsIsTheTablesMean()
    {
        EmpiricalTable t = EmpiricalTable.ofSample(new double[] {1, 2, 4, 8, 16, 32, 64});
        double sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++)
        {
            sum += t.quantile((i + 0.5) / n);
        }
        assertEquals(t.mean(), sum / n, 1e-6 * t.mean());
    }

    @Test
    void negativeEmptyAndUnorderedInputIsRefused()
    {
        assertThrows(IllegalArgumentException.class, () -> EmpiricalTable.ofSample(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> EmpiricalTable.ofSample(new double[] {3, -1}));
        assertThrows(IllegalArgumentException.class, () -> EmpiricalTable.ofSample(new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class,
                () -> EmpiricalTable.ofHistogram(new double[] {60, 30}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> EmpiricalTable.ofHistogram(new double[] {60}, new double[] {0}));
    }

    @Test
    void aDurationDistributionOfATableTakesItsMean()
    {
        EmpiricalTable t = EmpiricalTable.ofSample(new double[] {10, 30});
        DurationDistribution d = DurationDistribution.empirical(t);
        assertEquals(20, d.mean(), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> new DurationDistribution(DurationDistribution.Kind.EMPIRICAL, 20, 0));
    }
}
