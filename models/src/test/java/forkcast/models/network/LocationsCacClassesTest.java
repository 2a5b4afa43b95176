package forkcast.models.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.models.media.Codec;
import forkcast.sim.stats.MeasurementWindow;

/**
 * F7: what locations CAC counts per deduction class on each budgeted link, which the bill sizes the budget from: the
 * calls in use, the requests that crossed the link and the refusals where it was short.
 */
class LocationsCacClassesTest
{
    private static final int G711 = 80_000;
    private static final int G729 = 24_000;

    @Test
    void f7CodecsOfOneDeductionAreOneClassInTheOrderTheyCome()
    {
        List<DeductionClass> classes = DeductionClass.of(List.of(new Codec("G729", 20, 0.02),
                new Codec("G711", 160, 0.02), new Codec("G722", 160, 0.02, 80_000), new Codec("G711", 160, 0.02)));
        assertEquals(List.of(new DeductionClass("G729", G729), new DeductionClass("G711+G722", G711)), classes);
    }

    /**
     * Sites a – b – c, both links budgeted: the a–b budget holds one G.711 call, the b–c budget two. A call a→c asks
     * both; where a–b is full, it is a request on both links and a refusal only on a–b, the link that was short. Two
     * calls given back together (a recording session's) leave the class's count at once.
     */
    @Test
    void f7EachLinkCountsItsRequestsAndOnlyTheLinkThatWasShortTheRefusal()
    {
        SiteGraph graph = new SiteGraph(List.of("a", "b", "c", "d"), List.of(new LinkConfig("ab", "a", "b", 10, 18, 80),
                new LinkConfig("bc", "b", "c", 10, 18, 160), new LinkConfig("free", "c", "d", 10, 18)));
        MeasurementWindow window = new MeasurementWindow(0, 100, 50);
        LocationsCac cac = new LocationsCac(graph,
                List.of(new DeductionClass("G711", G711), new DeductionClass("G729", G729)), window);
        int a = graph.index("a");
        int b = graph.index("b");
        int c = graph.index("c");
        // a link without a budget asks nothing
        assertTrue(cac.admit(5, c, graph.index("d"), G711));
        assertTrue(cac.admit(10, a, b, G711));
        assertFalse(cac.admit(20, a, c, G711), "a–b holds one G.711 call");
        assertTrue(cac.admit(30, b, c, G711));
        assertTrue(cac.admit(30, b, c, G711));
        assertFalse(cac.admit(60, b, c, G729), "b–c is full");
        cac.release(75, b, c, G711, 2);
        cac.release(90, a, b, G711, 1);
        cac.close();

        assertArrayEquals(new double[] {2, 0}, cac.requests(0, 0).perInterval(), "a–b: two G.711 requests");
        assertArrayEquals(new double[] {1, 0}, cac.refusals(0, 0).perInterval(), "the a→c call, short on a–b");
        assertArrayEquals(new double[] {3, 0}, cac.requests(1, 0).perInterval(), "b–c: the a→c call asked it too");
        assertArrayEquals(new double[] {0, 0}, cac.refusals(1, 0).perInterval(), "b–c had room for it");
        assertArrayEquals(new double[] {0, 1}, cac.requests(1, 1).perInterval(), "b–c: a G.729 request, refused");
        assertArrayEquals(new double[] {0, 1}, cac.refusals(1, 1).perInterval());
        assertEquals(4, cac.requests(1).total(), "link-wide: every class");
        assertEquals(1, cac.refusals(1).total());
        // calls in use, time-weighted per interval: a–b one call from 10 to 90; b–c two from 30 to 75
        assertArrayEquals(new double[] {40.0 / 50, 40.0 / 50}, cac.inUse(0, 0).intervalMeans(), 1e-12);
        assertArrayEquals(new double[] {2 * 20.0 / 50, 2 * 25.0 / 50}, cac.inUse(1, 0).intervalMeans(), 1e-12);
        assertEquals(0, cac.budget(1).level().value(), "every deduction given back");
        assertNull(cac.inUse(2, 0), "a link without a budget counts nothing");
    }
}
