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
        sameOrderAsDsolsTree(5, 7, true);
    }

    /**
     * Tens of thousands pending: the calendar takes the later events, is laid out again as their number grows and, at
     * the end, shrinks; times both coarse (ties) and spread over many laps of the calendar.
     */
    @Test
    void sameOrderAsDsolsTreeWithThousandsPendingInTheCalendar()
    {
        sameOrderAsDsolsTree(6, 7, true);
        sameOrderAsDsolsTree(6, 7, false);
    }

    /**
     * Cancelled events stay in the heap until they reach the top or outnumber the live ones, when the heap is rebuilt:
     * with most events cancelled, the rebuilds must not change the order either.
     */
    @Test
    void sameOrderAsDsolsTreeWhenMostEventsAreCancelled()
    {
        sameOrderAsDsolsTree(5, 9, true);
    }

    /**
     * @param addBelow of ten: adds below it, cancels below {@code cancelBelow}, removals of the first above
     * @param coarse times on a 0.5 s grid over 20 s (many ties), else spread from 0 to 1,000 s with most of them near
     */
    private static void sameOrderAsDsolsTree(final int addBelow, final int cancelBelow, final boolean coarse)
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
                double time = now + (coarse ? random.nextInt(40) * 0.5
                        : 1000 * random.nextDouble() * random.nextDouble() * random.nextDouble());
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

    /**
     * Events added after the calendar was laid out, far beyond a lap of it: once the near ones are gone, the calendar
     * finds them by jumping over the empty laps.
     */
    @Test
    void eventsFarBeyondALapOfTheCalendarComeInOrder()
    {
        EventHeap heap = new EventHeap();
        List<ModelEvent> expected = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(16);
        long id = 0;
        // near: laid out over one second (the last one lays it out); far: a million seconds later, too few to lay it
        // out again
        int[] counts = {2 * EventHeap.CALENDAR_FROM + 1, 3 * EventHeap.CALENDAR_FROM / 4};
        double[] bases = {0, 1e6};
        for (int cluster = 0; cluster < 2; cluster++)
        {
            for (int i = 0; i < counts[cluster]; i++)
            {
                ModelEvent event = new ModelEvent(bases[cluster] + random.nextInt(1000) * 0.001, ++id, NOTHING::run);
                heap.add(event);
                expected.add(event);
            }
        }
        expected.sort(ModelEvent::compareTo);
        for (ModelEvent e : expected)
        {
            assertSame(e, heap.removeFirst());
        }
        assertTrue(heap.isEmpty());
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
