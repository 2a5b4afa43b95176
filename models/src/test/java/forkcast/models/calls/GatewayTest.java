package forkcast.models.calls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import forkcast.sim.stats.MeasurementWindow;

/** A gateway's own count of the calls offered to it and refused, against a count by hand. */
class GatewayTest
{
    /**
     * Two channels, a window from 100 s to 400 s in intervals of 100 s. Before the window (the warm-up): two calls
     * take both channels, a third is refused, one channel is given back; none of it is counted. Interval 0: three
     * calls ask, the first takes the free channel and two are refused. Interval 1: a channel is given back, then two
     * calls ask: one takes it, one is refused. Interval 2: both channels are given back and one call asks and takes
     * one. By hand: offered 3, 2, 1; refused 2, 1, 0.
     */
    @Test
    void countsTheCallsOfferedAndRefusedInEachIntervalAsCountedByHand()
    {
        Gateway gw = new Gateway(new GatewayConfig("gw", "dc", 2, false, false, false), 0,
                new MeasurementWindow(100, 400, 100));
        assertTrue(gw.seize(10));
        assertTrue(gw.seize(20));
        assertFalse(gw.seize(30), "both channels are held in the warm-up");
        gw.release(40);
        assertTrue(gw.seize(110));
        assertFalse(gw.seize(120));
        assertFalse(gw.seize(130));
        gw.release(205);
        assertTrue(gw.seize(210));
        assertFalse(gw.seize(250));
        gw.release(300);
        gw.release(301);
        assertTrue(gw.seize(350));
        gw.close();

        assertArrayEquals(new double[] {3, 2, 1}, gw.offered().perInterval());
        assertArrayEquals(new double[] {2, 1, 0}, gw.blocked().perInterval());
        assertEquals(6, gw.offered().total());
        assertEquals(3, gw.blocked().total());
    }
}
