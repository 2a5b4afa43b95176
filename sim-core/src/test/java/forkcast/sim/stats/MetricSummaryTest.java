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

    @Test
    void aCountsLowerBoundBelowZeroIsClampedToZeroAndFlagged()
    {
        // two replications, 0 and 10 abandoned calls: Student t gives about [-58.5, 68.5]
        MetricSummary raw = MetricSummary.of(new double[] {0, 10});
        MetricSummary count = MetricSummary.of(new double[] {0, 10}, PhysicalRange.NON_NEGATIVE);
        assertTrue(raw.ci95low() < 0);
        assertEquals(0.0, count.ci95low(), 0.0);
        assertEquals(raw.ci95high(), count.ci95high(), 0.0);
        assertEquals(raw.mean(), count.mean(), 0.0);
        assertEquals(raw.stddev(), count.stddev(), 0.0);
        assertTrue(count.ci95clamped());
        assertFalse(raw.ci95clamped());
    }

    @Test
    void aSharesUpperBoundAboveOneIsClampedToOneAndFlagged()
    {
        MetricSummary raw = MetricSummary.of(new double[] {0.99, 0.8});
        MetricSummary share = MetricSummary.of(new double[] {0.99, 0.8}, PhysicalRange.SHARE);
        assertTrue(raw.ci95high() > 1);
        assertEquals(1.0, share.ci95high(), 0.0);
        assertTrue(share.ci95low() < 0.8, "the lower bound stays where Student t put it when it is in range");
        assertEquals(Math.max(0, raw.ci95low()), share.ci95low(), 0.0);
        assertTrue(share.ci95clamped());
    }

    @Test
    void anIntervalInsideThePhysicalRangeIsLeftAsStudentTGivesIt()
    {
        double[] values = {0.2, 0.3, 0.25, 0.28};
        MetricSummary raw = MetricSummary.of(values);
        MetricSummary share = MetricSummary.of(values, PhysicalRange.SHARE);
        assertEquals(raw, new MetricSummary(share.n(), share.mean(), share.stddev(), share.ci95low(), share.ci95high(),
                share.min(), share.max(), false));
        assertFalse(share.ci95clamped());
    }

    @Test
    void aDifferenceMayBeNegative()
    {
        MetricSummary d = MetricSummary.of(new double[] {-3, -2.9, -3.1}, PhysicalRange.ANY);
        assertTrue(d.ci95low() < -3 && d.ci95high() < 0, d.toString());
        assertFalse(d.ci95clamped());
    }
}
