package forkcast.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** {@link MeasurementWindow#indexOf} caches its last interval: it must answer exactly what its formula gives. */
class MeasurementWindowTest
{
    /** The definition, uncached: what every counter's interval was before the cache. */
    private static int formula(final MeasurementWindow w, final double t)
    {
        if (t < w.start() || t >= w.end())
        {
            return -1;
        }
        return Math.min((int) ((t - w.start()) / w.interval()), w.intervals() - 1);
    }

    @Test
    void cachedIndexEqualsTheFormulaAtAndAroundEveryBoundary()
    {
        // awkward grids: intervals that are not exact in binary, a short last interval, a large start
        MeasurementWindow[] windows = {new MeasurementWindow(1800, 5400, 300), new MeasurementWindow(0.1, 10.0, 0.3),
            new MeasurementWindow(1.0 / 3, 7.0, 0.7), new MeasurementWindow(3600, 3600 + 4000 * 3600.0, 3600),
            new MeasurementWindow(1e6 + 0.1, 1e6 + 50.1, 0.1)};
        for (MeasurementWindow w : windows)
        {
            for (int i = 0; i <= w.intervals(); i++)
            {
                double nominal = w.start() + i * w.interval();
                double t = nominal;
                for (int k = 0; k < 8; k++)
                {
                    t = Math.nextDown(t);
                }
                for (int k = 0; k < 17; k++, t = Math.nextUp(t))
                {
                    assertEquals(formula(w, t), w.indexOf(t), () -> "window " + w.start() + ".." + w.end());
                    // and again after a look-up elsewhere moved the cache
                    w.indexOf(w.start());
                    assertEquals(formula(w, t), w.indexOf(t));
                }
            }
            assertEquals(-1, w.indexOf(Math.nextDown(w.start())));
            assertEquals(-1, w.indexOf(w.end()));
            assertEquals(formula(w, Double.NaN), w.indexOf(Double.NaN), "whatever the formula makes of NaN");
        }
    }

    @Test
    void cachedIndexEqualsTheFormulaForTimesInAnyOrder()
    {
        SplittableRandom random = new SplittableRandom(16);
        MeasurementWindow w = new MeasurementWindow(0.7, 1000.3, 0.9);
        double t = 0;
        for (int step = 0; step < 200_000; step++)
        {
            // mostly forward in small steps, as a run's clock; sometimes anywhere
            t = random.nextInt(10) == 0 ? random.nextDouble(-5, 1010) : t + random.nextDouble(0, 0.5);
            assertEquals(formula(w, t), w.indexOf(t), "t=" + t);
        }
    }
}
