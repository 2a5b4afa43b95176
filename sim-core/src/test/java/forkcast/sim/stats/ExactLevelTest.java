package forkcast.sim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExactLevelTest
{
    /** Window [100, 400) in intervals of 100 s. */
    private final MeasurementWindow window = new MeasurementWindow(100, 400, 100);

    @Test
    void theLevelIsTheTotalDividedByTheUnitsPerValue()
    {
        ExactLevel bits = new ExactLevel(this.window, 1000);
        bits.add(100, 87_200_000);   // 87.2 kbit/s in millibits per second
        bits.add(200, 87_200_000);
        bits.add(300, -87_200_000);
        bits.close();
        assertEquals(87_200_000, bits.units());
        assertArrayEquals(new double[] {87_200.0, 174_400.0, 87_200.0}, bits.level().intervalMeans(), 1e-9);
        assertEquals(174_400.0, bits.level().peak(), 0.0);
        assertEquals(87_200.0, bits.level().value(), 0.0);
    }

    @Test
    void theValueIsTheSameDivisionAsBeforeToTheLastBit()
    {
        // the models kept "total / 1000.0" by hand; the level must be that very double, not a near one
        ExactLevel level = new ExactLevel(this.window, 1000);
        long total = 0;
        long[] deltas = {95_200_123L, 1L, 80_000_007L, -95_200_123L, 33L, 41_600_001L};
        for (int i = 0; i < deltas.length; i++)
        {
            total += deltas[i];
            level.add(100 + i, deltas[i]);
            assertEquals(total / 1000.0, level.level().value(), 0.0);
        }
        ExactLevel halves = new ExactLevel(this.window, 2);
        halves.add(100, 3);
        assertEquals(1.5, halves.level().value(), 0.0);
    }

    @Test
    void addingAndRemovingTheSameAmountsReturnsExactlyToZero()
    {
        // summing the scaled values in floating point leaves a remainder behind; the exact total does not
        double drifting = 0;
        ExactLevel level = new ExactLevel(this.window, 1000);
        long[] rates = {95_200L, 87_200L, 41_600L, 80_000L, 95_200L};
        for (long rate : rates)
        {
            drifting += rate / 1000.0 * 0.1;
            level.add(150, rate * 100);
        }
        for (long rate : rates)
        {
            drifting -= rate / 1000.0 * 0.1;
            level.add(160, -rate * 100);
        }
        assertNotEquals(0.0, drifting, "the floating-point sum this class avoids does drift");
        assertEquals(0, level.units());
        assertEquals(0.0, level.level().value(), 0.0);
    }

    @Test
    void aCountingLevelIsTheTotalItself()
    {
        ExactLevel count = ExactLevel.counting(this.window);
        count.add(50, 3);     // warm-up
        count.add(250, -1);
        count.close();
        assertEquals(2, count.units());
        assertArrayEquals(new double[] {3.0, 2.5, 2.0}, count.level().intervalMeans(), 1e-12);
        assertEquals(3.0, count.level().peak(), 0.0);
    }

    @Test
    void rejectsAScaleBelowOne()
    {
        assertThrows(IllegalArgumentException.class, () -> new ExactLevel(this.window, 0));
    }
}
