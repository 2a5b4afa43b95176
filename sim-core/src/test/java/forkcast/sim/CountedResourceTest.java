package forkcast.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import forkcast.sim.stats.MeasurementWindow;

class CountedResourceTest
{
    /** Window [0, 300) in intervals of 100 s. */
    private final MeasurementWindow window = new MeasurementWindow(0, 300, 100);

    private enum Why
    {
        FULL, OUT_OF_SERVICE, TOO_FAST
    }

    @Test
    void takesUpToTheLimitAndRefusesBeyondWithTheFullReason()
    {
        CountedResource<Why> r = new CountedResource<>("pool p", 5, Why.FULL, this.window);
        assertNull(r.take(10, 2));
        assertNull(r.take(10, 2));
        assertTrue(r.fits(1));
        assertFalse(r.fits(2));
        assertEquals(Why.FULL, r.take(20, 2), "one unit left: a taking of two does not fit");
        assertEquals(4, r.inUse(), "a refused taking takes nothing");
        assertNull(r.take(20, 1));
        assertEquals(5, r.inUse());
        assertEquals(1, r.refusals(Why.FULL));
        assertEquals(0, r.refusals(Why.TOO_FAST));
    }

    @Test
    void givingBackMakesRoomAgain()
    {
        CountedResource<Why> r = new CountedResource<>("pool p", 2, Why.FULL, this.window);
        assertNull(r.take(1, 2));
        assertEquals(Why.FULL, r.take(2, 1));
        r.give(3, 1);
        assertNull(r.take(4, 1));
        assertEquals(2, r.inUse());
    }

    @Test
    void anUnlimitedResourceNeverRefusesForBeingFull()
    {
        CountedResource<Why> r = new CountedResource<>("pool p", CountedResource.UNLIMITED, Why.FULL, this.window);
        assertTrue(r.unlimited());
        for (int i = 0; i < 1000; i++)
        {
            assertNull(r.take(1, Integer.MAX_VALUE));
        }
        assertEquals(1000L * Integer.MAX_VALUE, r.inUse());
        assertTrue(r.fits(Integer.MAX_VALUE));
        assertEquals(0, r.refusals());
    }

    @Test
    void aZeroLimitRefusesEverything()
    {
        CountedResource<CountedResource.Refusal> r = CountedResource.refusingWhenFull("gateway g", 0, this.window);
        assertEquals(CountedResource.Refusal.FULL, r.take(1, 1));
        assertEquals(1, r.refusals(CountedResource.Refusal.FULL));
    }

    @Test
    void theOwnersRefusalsAreCountedByReason()
    {
        CountedResource<Why> r = new CountedResource<>("server s", 10, Why.FULL, this.window);
        assertEquals(Why.OUT_OF_SERVICE, r.refuse(Why.OUT_OF_SERVICE));
        assertEquals(Why.TOO_FAST, r.refuse(Why.TOO_FAST));
        assertEquals(Why.TOO_FAST, r.refuse(Why.TOO_FAST));
        assertEquals(1, r.refusals(Why.OUT_OF_SERVICE));
        assertEquals(2, r.refusals(Why.TOO_FAST));
        assertEquals(0, r.refusals(Why.FULL));
        assertEquals(3, r.refusals());
        assertEquals(0, r.inUse(), "a refusal takes nothing");
    }

    @Test
    void givingBackMoreThanIsInUseIsABookkeepingError()
    {
        CountedResource<Why> r = new CountedResource<>("trunk t1 dialogs", 10, Why.FULL, this.window);
        assertNull(r.take(1, 2));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.give(7, 3));
        assertTrue(e.getMessage().contains("trunk t1 dialogs") && e.getMessage().contains("t=7"), e.getMessage());
        assertEquals(2, r.inUse(), "nothing was given back");
    }

    @Test
    void aNegativeLimitIsRefused()
    {
        assertThrows(IllegalArgumentException.class, () -> new CountedResource<>("p", -1, Why.FULL, this.window));
    }

    @Test
    void theLevelIsTimeWeightedWithItsPeakAndPerIntervalMeans()
    {
        CountedResource<Why> r = new CountedResource<>("pool p", 10, Why.FULL, this.window);
        assertNull(r.take(50, 4));    // 4 from 50
        assertNull(r.take(150, 2));   // 6 from 150
        r.give(250, 6);               // 0 from 250
        assertNull(r.take(280, 9));   // 9 from 280
        r.give(280, 9);               // given back at the same instant: no peak of 9
        r.close();
        // interval 0: 4*50 = 200 -> 2; interval 1: 4*50 + 6*50 = 500 -> 5; interval 2: 6*50 = 300 -> 3
        assertArrayEquals(new double[] {2, 5, 3}, r.level().intervalMeans(), 1e-12);
        assertEquals(1000 / 300.0, r.level().mean(), 1e-12);
        assertEquals(6, r.level().peak(), 0.0);
    }
}
