package forkcast.sim;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

import nl.tudelft.simulation.dsol.eventlists.EventListInterface;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * The simulator's pending events in a 4-ary heap over arrays (half the depth of a binary heap, and the four children's
 * times side by side in one {@code double[]}), in place of DSOL's red-black tree ({@code TreeSet}).
 * The order is exactly DSOL's: the primitive times decide, and only on equal times does the event's own
 * {@code compareTo} (priority, then scheduling order) break the tie, so every replication runs the same events in the
 * same order as before. Why: at 16,000 pending events the tree's node-chasing and boxed-time comparisons through
 * interfaces were half the run time (see docs/performance.md); a heap over a {@code double[]} touches far less memory.
 * Model events ({@link ModelEvent}) know their slot, so cancelling one is O(log n); DSOL's own few events (warm-up, end)
 * are found by a scan.
 */
final class EventHeap implements EventListInterface<Double>
{
    private SimEventInterface<Double>[] events = newArray(256);

    private double[] times = new double[256];

    private int size;

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type
    private static SimEventInterface<Double>[] newArray(final int length)
    {
        return new SimEventInterface[length];
    }

    @Override
    public void add(final SimEventInterface<Double> event)
    {
        if (this.size == this.events.length)
        {
            this.events = Arrays.copyOf(this.events, this.size * 2);
            this.times = Arrays.copyOf(this.times, this.size * 2);
        }
        double time = event instanceof ModelEvent model ? model.time : event.getAbsoluteExecutionTime().doubleValue();
        siftUp(this.size++, event, time);
    }

    @Override
    public SimEventInterface<Double> first()
    {
        return this.size == 0 ? null : this.events[0];
    }

    @Override
    public SimEventInterface<Double> removeFirst()
    {
        if (this.size == 0)
        {
            return null;
        }
        SimEventInterface<Double> first = this.events[0];
        removeAt(0);
        return first;
    }

    @Override
    public boolean remove(final SimEventInterface<Double> event)
    {
        int index = indexOf(event);
        if (index < 0)
        {
            return false;
        }
        removeAt(index);
        return true;
    }

    @Override
    public boolean contains(final SimEventInterface<Double> event)
    {
        return indexOf(event) >= 0;
    }

    @Override
    public void clear()
    {
        for (int i = 0; i < this.size; i++)
        {
            unslot(this.events[i]);
            this.events[i] = null;
        }
        this.size = 0;
    }

    @Override
    public boolean isEmpty()
    {
        return this.size == 0;
    }

    @Override
    public int size()
    {
        return this.size;
    }

    /** Iterates in heap order, not in time order (DSOL uses it for nothing on the run's path). */
    @Override
    public Iterator<SimEventInterface<Double>> iterator()
    {
        return new Iterator<>()
        {
            private int next;

            @Override
            public boolean hasNext()
            {
                return this.next < EventHeap.this.size;
            }

            @Override
            public SimEventInterface<Double> next()
            {
                if (!hasNext())
                {
                    throw new NoSuchElementException();
                }
                return EventHeap.this.events[this.next++];
            }
        };
    }

    private int indexOf(final SimEventInterface<Double> event)
    {
        if (event instanceof ModelEvent model)
        {
            int slot = model.slot;
            return slot >= 0 && slot < this.size && this.events[slot] == event ? slot : -1;
        }
        for (int i = 0; i < this.size; i++)
        {
            if (this.events[i] == event)
            {
                return i;
            }
        }
        return -1;
    }

    private void removeAt(final int index)
    {
        unslot(this.events[index]);
        int last = --this.size;
        SimEventInterface<Double> moved = this.events[last];
        double movedTime = this.times[last];
        this.events[last] = null;
        if (index == last)
        {
            return;
        }
        siftDown(index, moved, movedTime);
        if (this.events[index] == moved)
        {
            siftUp(index, moved, movedTime);
        }
    }

    private void siftUp(final int from, final SimEventInterface<Double> event, final double time)
    {
        int index = from;
        while (index > 0)
        {
            int parent = (index - 1) >>> 2;
            if (!before(event, time, this.events[parent], this.times[parent]))
            {
                break;
            }
            place(index, this.events[parent], this.times[parent]);
            index = parent;
        }
        place(index, event, time);
    }

    private void siftDown(final int from, final SimEventInterface<Double> event, final double time)
    {
        int index = from;
        while (true)
        {
            int first = 4 * index + 1;
            if (first >= this.size)
            {
                break;
            }
            int best = first;
            int last = Math.min(first + 4, this.size);
            for (int child = first + 1; child < last; child++)
            {
                if (before(this.events[child], this.times[child], this.events[best], this.times[best]))
                {
                    best = child;
                }
            }
            if (!before(this.events[best], this.times[best], event, time))
            {
                break;
            }
            place(index, this.events[best], this.times[best]);
            index = best;
        }
        place(index, event, time);
    }

    private void place(final int index, final SimEventInterface<Double> event, final double time)
    {
        this.events[index] = event;
        this.times[index] = time;
        if (event instanceof ModelEvent model)
        {
            model.slot = index;
        }
    }

    private static void unslot(final SimEventInterface<Double> event)
    {
        if (event instanceof ModelEvent model)
        {
            model.slot = -1;
        }
    }

    /** DSOL's order: time first; on equal (or unordered) primitive times the events' own compareTo decides. */
    private static boolean before(final SimEventInterface<Double> a, final double timeA, final SimEventInterface<Double> b,
            final double timeB)
    {
        if (timeA < timeB)
        {
            return true;
        }
        if (timeA > timeB)
        {
            return false;
        }
        return a.compareTo(b) < 0;
    }
}
