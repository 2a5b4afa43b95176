package forkcast.sim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimeWeightedLevelTest
{
    /** Window [100, 400) in intervals of 100 s. */
    private final MeasurementWindow window = new MeasurementWindow(100, 400, 100);

    @Test
    void integratesOnlyInsideTheWindowAndPerInterval()
    {
        TimeWeightedLevel level = new TimeWeightedLevel(this.window);
        level.set(0, 5);      // warm-up: 5 until 150
        level.set(150, 1);    // 1 until 250
        level.set(250, 3);    // 3 until the end and beyond
        level.set(500, 0);
        level.close();
        // interval 0 [100,200): 5*50 + 1*50 = 300 -> 3.0; interval 1: 1*50 + 3*50 = 200 -> 2.0; interval 2: 3
        assertArrayEquals(new double[] {3.0, 2.0, 3.0}, level.intervalMeans(), 1e-12);
        assertEquals((300 + 200 + 300) / 300.0, level.mean(), 1e-12);
        assertEquals(800, level.integral(), 1e-9);
        assertEquals(5, level.peak(), 0.0, "5 was held inside the window, from 100 to 150");
    }

    @Test
    void aValueSetAndUndoneAtTheSameInstantIsNoPeak()
    {
        TimeWeightedLevel level = new TimeWeightedLevel(this.window);
        level.set(120, 2);
        level.set(200, 4);
        level.set(200, 2);   // taken and given back at once, like dialogs of a refused session
        level.close();
        assertEquals(2, level.peak(), 0.0);
    }

    @Test
    void peakBeforeTheWindowIsNotMeasured()
    {
        TimeWeightedLevel level = new TimeWeightedLevel(this.window);
        level.set(10, 50);
        level.set(20, 1);
        level.close();
        assertEquals(1, level.peak(), 0.0);
        assertEquals(1, level.mean(), 1e-12);
    }

    @Test
    void lastIntervalMayBeShorter()
    {
        MeasurementWindow w = new MeasurementWindow(0, 250, 100);
        assertEquals(3, w.intervals());
        assertEquals(50, w.intervalLength(2), 1e-12);
        TimeWeightedLevel level = new TimeWeightedLevel(w);
        level.set(0, 2);
        level.close();
        assertArrayEquals(new double[] {2, 2, 2}, level.intervalMeans(), 1e-12);
    }

    @Test
    void timeMustNotGoBackwards()
    {
        TimeWeightedLevel level = new TimeWeightedLevel(this.window);
        level.set(200, 1);
        assertThrows(IllegalStateException.class, () -> level.set(150, 2));
    }
}
