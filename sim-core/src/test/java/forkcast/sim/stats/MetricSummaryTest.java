package forkcast.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricSummaryTest
{
    @Test
    void studentTIntervalOfTheMean()
    {
        MetricSummary s = MetricSummary.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(5, s.n());
        assertEquals(3.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), s.stddev(), 1e-12);
        // t(0.975, 4) = 2.7764451051977987
        double half = 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(3 - half, s.ci95low(), 1e-9);
        assertEquals(3 + half, s.ci95high(), 1e-9);
        assertEquals(1.0, s.min(), 0.0);
        assertEquals(5.0, s.max(), 0.0);
        assertTrue(s.contains(3 + half * 0.99));
        assertFalse(s.contains(3 + half * 1.01));
    }

    @Test
    void undefinedReplicationsAreLeftOut()
    {
        MetricSummary s = MetricSummary.of(new double[] {Double.NaN, 4, Double.NaN, 6});
        assertEquals(2, s.n());
        assertEquals(5.0, s.mean(), 1e-12);
    }

    @Test
    void oneValueHasNoIntervalAndNoneHasNothing()
    {
        MetricSummary one = MetricSummary.of(new double[] {7});
        assertEquals(7.0, one.mean(), 0.0);
        assertNull(one.stddev());
        assertNull(one.ci95low());
        assertFalse(one.contains(7));
        MetricSummary none = MetricSummary.of(new double[] {Double.NaN});
        assertEquals(0, none.n());
        assertNull(none.mean());
    }
}
