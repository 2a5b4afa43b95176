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

    /**
     * The level integrates the usual change (inside the window and the current interval) by a shorter path; over random
     * changes it must give bit for bit what the general integration gives, kept here as the reference.
     */
    @Test
    void theShortPathGivesExactlyWhatTheGeneralIntegrationGives()
    {
        java.util.SplittableRandom random = new java.util.SplittableRandom(16);
        for (MeasurementWindow w : new MeasurementWindow[] {this.window, new MeasurementWindow(0.3, 97.1, 0.7),
            new MeasurementWindow(1800, 5400, 300)})
        {
            TimeWeightedLevel level = new TimeWeightedLevel(w);
            ReferenceLevel reference = new ReferenceLevel(w);
            double t = 0;
            for (int step = 0; step < 100_000 && t < w.end() * 1.1; step++)
            {
                t += random.nextInt(4) == 0 ? 0 : random.nextDouble(0, w.interval() / 7);
                double v = random.nextInt(20) - 5;
                level.set(t, v);
                reference.set(t, v);
            }
            level.close();
            reference.close();
            assertArrayEquals(reference.means(), level.intervalMeans(), 0.0);
            assertEquals(reference.peak, level.peak(), 0.0);
        }
    }

    /** The integration before the short path was added, verbatim. */
    private static final class ReferenceLevel
    {
        private final MeasurementWindow window;
        private final double[] integral;
        private double value;
        private double lastTime;
        private double peak;
        private boolean measuredYet;
        private int bucket;
        private double bucketEnd;

        ReferenceLevel(final MeasurementWindow window)
        {
            this.window = window;
            this.integral = new double[window.intervals()];
            this.bucketEnd = window.intervalEnd(0);
        }

        void set(final double now, final double newValue)
        {
            advance(now);
            this.value = newValue;
        }

        void close()
        {
            advance(Math.max(this.lastTime, this.window.end()));
        }

        double[] means()
        {
            double[] means = new double[this.integral.length];
            for (int i = 0; i < means.length; i++)
            {
                means[i] = this.integral[i] / this.window.intervalLength(i);
            }
            return means;
        }

        private void advance(final double now)
        {
            double start = this.window.start();
            double end = this.window.end();
            if (now <= start || this.lastTime >= end)
            {
                this.lastTime = now;
                return;
            }
            double from = Math.max(this.lastTime, start);
            double to = Math.min(now, end);
            if (to > from && (!this.measuredYet || this.value > this.peak))
            {
                this.peak = this.value;
                this.measuredYet = true;
            }
            while (from < to)
            {
                while (from >= this.bucketEnd && this.bucket < this.integral.length - 1)
                {
                    this.bucket++;
                    this.bucketEnd = this.window.intervalEnd(this.bucket);
                }
                double stop = Math.min(to, this.bucketEnd);
                if (stop <= from)
                {
                    break;
                }
                this.integral[this.bucket] += this.value * (stop - from);
                from = stop;
            }
            this.lastTime = now;
        }
    }
}
