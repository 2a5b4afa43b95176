package forkcast.sim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IntervalCounterAndBusyHourTest
{
    @Test
    void countsOnlyInsideTheHalfOpenWindow()
    {
        MeasurementWindow window = new MeasurementWindow(900, 900 + 3 * 300, 300);
        IntervalCounter counter = new IntervalCounter(window);
        counter.increment(899.999);  // warm-up
        counter.increment(900);      // first instant of interval 0
        counter.add(1199.9, 2);
        counter.increment(1200);     // interval 1
        counter.increment(1800);     // the end instant: outside [start, end)
        assertArrayEquals(new double[] {3, 1, 0}, counter.perInterval(), 0.0);
        assertEquals(4, counter.total(), 0.0);
        assertArrayEquals(new double[] {3 / 300.0, 1 / 300.0, 0}, counter.perSecond(), 1e-15);
    }

    @Test
    void busyHourIsTheBestWholeHourOnTheGrid()
    {
        MeasurementWindow window = new MeasurementWindow(0, 3 * 3600, 900); // 12 quarter hours
        double[] totals = {1, 1, 1, 1, 5, 5, 5, 5, 1, 9, 1, 1};
        BusyHour hour = BusyHour.of(window, totals);
        assertEquals(4, hour.intervals());
        assertEquals(4, hour.firstInterval(), "intervals 4-7 and 6-9 both sum to 20: the first one wins");
        assertEquals(20, hour.total(totals), 1e-12);
        assertEquals(1.0, hour.scale(), 1e-12);
    }

    @Test
    void shortRunIsScaledToAnHour()
    {
        MeasurementWindow window = new MeasurementWindow(0, 1800, 300);
        double[] totals = {1, 2, 3, 4, 5, 6};
        BusyHour hour = BusyHour.of(window, totals);
        assertEquals(0, hour.firstInterval());
        assertEquals(6, hour.intervals());
        assertEquals(42, hour.total(totals), 1e-12, "21 calls in half an hour is 42 per hour");
    }
}
