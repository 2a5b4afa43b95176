package forkcast.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import nl.tudelft.simulation.dsol.eventlists.RedBlackTree;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEvent;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/** The heap must hand out events in exactly the order of DSOL's own red-black tree, ties and cancels included. */
class EventHeapTest
{
    private static final Runnable NOTHING = () -> { };

    @Test
    void sameOrderAsDsolsTreeUnderRandomAddsCancelsAndTies()
    {
        sameOrderAsDsolsTree(5, 7);
    }

    /**
     * Cancelled events stay in the heap until they reach the top or outnumber the live ones, when the heap is rebuilt:
     * with most events cancelled, the rebuilds must not change the order either.
     */
    @Test
    void sameOrderAsDsolsTreeWhenMostEventsAreCancelled()
    {
        sameOrderAsDsolsTree(5, 9);
    }

    /** @param addBelow of ten: adds below it, cancels below {@code cancelBelow}, removals of the first above */
    private static void sameOrderAsDsolsTree(final int addBelow, final int cancelBelow)
    {
        SplittableRandom random = new SplittableRandom(16);
        EventHeap heap = new EventHeap();
        // the reference: DSOL's tree over stand-ins that keep DSOL's own compareTo (ModelEvent overrides it)
        RedBlackTree<Double> tree = new RedBlackTree<>();
        Map<SimEventInterface<Double>, ModelEvent> byStandIn = new IdentityHashMap<>();
        Map<ModelEvent, SimEventInterface<Double>> standInOf = new IdentityHashMap<>();
        List<ModelEvent> pending = new ArrayList<>();
        long id = 0;
        double now = 0;
        for (int step = 0; step < 200_000; step++)
        {
            int what = random.nextInt(10);
            if (what < addBelow || heap.isEmpty())
            {
                // coarse times (multiples of 0.5) so that many events tie on time and the scheduling order decides
                double time = now + random.nextInt(40) * 0.5;
                ModelEvent event = new ModelEvent(time, ++id, NOTHING::run);
                SimEventInterface<Double> standIn = standIn(event);
                heap.add(event);
                tree.add(standIn);
                byStandIn.put(standIn, event);
                standInOf.put(event, standIn);
                pending.add(event);
            }
            else if (what < cancelBelow)
            {
                ModelEvent cancelled = pending.remove(random.nextInt(pending.size()));
                assertTrue(heap.contains(cancelled));
                assertTrue(tree.remove(standInOf.get(cancelled)));
                assertTrue(heap.remove(cancelled));
                assertFalse(heap.remove(cancelled), "a cancelled event is gone");
                assertFalse(heap.contains(cancelled));
            }
            else
            {
                ModelEvent expected = byStandIn.get(tree.removeFirst());
                assertSame(expected, heap.first());
                assertSame(expected, heap.removeFirst());
                assertFalse(heap.contains(expected), "an executed event cannot be cancelled");
                pending.remove(expected);
                now = expected.time;
            }
            assertEquals(tree.size(), heap.size());
        }
        while (!tree.isEmpty())
        {
            assertSame(byStandIn.get(tree.removeFirst()), heap.removeFirst());
        }
        assertNull(heap.removeFirst());
    }

    /** The same time, priority and id, compared by SimEventInterface's default compareTo (DSOL's order). */
    private static SimEventInterface<Double> standIn(final ModelEvent event)
    {
        return new SimEventInterface<>()
        {
            @Override
            public void execute()
            {
            }

            @Override
            public Double getAbsoluteExecutionTime()
            {
                return event.getAbsoluteExecutionTime();
            }

            @Override
            public short getPriority()
            {
                return event.getPriority();
            }

            @Override
            public long getId()
            {
                return event.getId();
            }
        };
    }

    @Test
    void dsolsOwnEventsOrderByPriorityOnEqualTimesAndCanBeRemoved()
    {
        EventHeap heap = new EventHeap();
        SimEvent<Double> end = new SimEvent<>(10.0, (short) 0, this, "toString", null);
        SimEvent<Double> warmup = new SimEvent<>(10.0, (short) 11, this, "toString", null);
        ModelEvent model = new ModelEvent(10.0, 1, NOTHING::run);
        heap.add(end);
        heap.add(model);
        heap.add(warmup);
        assertSame(warmup, heap.first(), "priority 11 first");
        assertTrue(heap.remove(warmup));
        assertSame(model, heap.removeFirst(), "then the model's priority 5");
        assertSame(end, heap.removeFirst(), "DSOL's end event (priority 0) last");
        assertTrue(heap.isEmpty());
        heap.add(end);
        heap.clear();
        assertEquals(0, heap.size());
    }
}
