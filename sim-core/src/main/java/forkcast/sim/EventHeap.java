package forkcast.sim;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

import nl.tudelft.simulation.dsol.eventlists.EventListInterface;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * The simulator's pending events in a 4-ary heap over arrays (half the depth of a binary heap, and the four children's
 * times side by side in one {@code double[]}), in place of DSOL's red-black tree ({@code TreeSet}).
 * The order is exactly DSOL's: the primitive times decide; on equal times two model events are ordered by their
 * scheduling order, kept in a {@code long[]} beside the times, and any other pair by the events' own
 * {@code compareTo} (priority, then id), so every replication runs the same events in the same order as before.
 * Why: at 8,000 pending events the tree's node-chasing and boxed-time comparisons through interfaces were half the
 * run time (see docs/performance.md); sifting here reads and writes only the three arrays, never an event object.
 *
 * <p>A cancelled model event is not taken out at once: it is marked ({@link ModelEvent#cancel()}) and dropped when it
 * reaches the top, or when the dead entries outnumber the live ones (the heap is then rebuilt from the live ones). So
 * a sift never has to tell an event where it now lies, which cost a write into a scattered event object on every
 * level. The order of the live events does not depend on the heap's layout: (time, priority, scheduling order) is a
 * total order, so any valid heap hands them out the same. DSOL's own few events (warm-up, end) are removed by a scan.
 */
final class EventHeap implements EventListInterface<Double>
{
    /** In {@link #order}: the event is not a model event; on a time tie its own compareTo decides. */
    private static final long FOREIGN = -1L;

    private SimEventInterface<Double>[] events = newArray(256);

    private double[] times = new double[256];

    /** A model event's scheduling order (its id, from 1), or {@link #FOREIGN}. */
    private long[] order = new long[256];

    /** Entries in the arrays, cancelled ones included. */
    private int size;

    /** Cancelled model events still in the arrays. */
    private int dead;

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
            this.order = Arrays.copyOf(this.order, this.size * 2);
        }
        double time;
        long rank;
        if (event instanceof ModelEvent model)
        {
            model.pending();
            time = model.time;
            rank = model.getId();
        }
        else
        {
            time = event.getAbsoluteExecutionTime().doubleValue();
            rank = FOREIGN;
        }
        siftUp(this.size++, event, time, rank);
    }

    @Override
    public SimEventInterface<Double> first()
    {
        dropCancelledOnTop();
        return this.size == 0 ? null : this.events[0];
    }

    @Override
    public SimEventInterface<Double> removeFirst()
    {
        dropCancelledOnTop();
        if (this.size == 0)
        {
            return null;
        }
        SimEventInterface<Double> first = this.events[0];
        removeAt(0);
        if (first instanceof ModelEvent model)
        {
            model.leftHeap();
        }
        return first;
    }

    @Override
    public boolean remove(final SimEventInterface<Double> event)
    {
        if (event instanceof ModelEvent model)
        {
            if (!model.cancel())
            {
                return false;
            }
            this.dead++;
            if (this.dead > 64 && this.dead > this.size - this.dead)
            {
                rebuildWithoutCancelled();
            }
            return true;
        }
        int index = indexOfForeign(event);
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
        if (event instanceof ModelEvent model)
        {
            return model.isPending();
        }
        return indexOfForeign(event) >= 0;
    }

    @Override
    public void clear()
    {
        for (int i = 0; i < this.size; i++)
        {
            if (this.events[i] instanceof ModelEvent model)
            {
                model.leftHeap();
            }
            this.events[i] = null;
        }
        this.size = 0;
        this.dead = 0;
    }

    @Override
    public boolean isEmpty()
    {
        return this.size == this.dead;
    }

    /** @return the pending events, cancelled ones not counted */
    @Override
    public int size()
    {
        return this.size - this.dead;
    }

    /** Iterates over the pending events in heap order, not in time order (DSOL uses it for nothing on the run's path). */
    @Override
    public Iterator<SimEventInterface<Double>> iterator()
    {
        return new Iterator<>()
        {
            private int next = skipCancelled(0);

            private int skipCancelled(final int from)
            {
                int i = from;
                while (i < EventHeap.this.size && isCancelled(EventHeap.this.events[i]))
                {
                    i++;
                }
                return i;
            }

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
                SimEventInterface<Double> event = EventHeap.this.events[this.next];
                this.next = skipCancelled(this.next + 1);
                return event;
            }
        };
    }

    private static boolean isCancelled(final SimEventInterface<Double> event)
    {
        return event instanceof ModelEvent model && model.isCancelled();
    }

    private void dropCancelledOnTop()
    {
        while (this.dead > 0 && this.size > 0 && isCancelled(this.events[0]))
        {
            ((ModelEvent) this.events[0]).leftHeap();
            removeAt(0);
            this.dead--;
        }
    }

    /** Floyd's bottom-up construction over the live entries: O(n), and done only after as many cancels. */
    private void rebuildWithoutCancelled()
    {
        int live = 0;
        for (int i = 0; i < this.size; i++)
        {
            SimEventInterface<Double> event = this.events[i];
            if (isCancelled(event))
            {
                ((ModelEvent) event).leftHeap();
                continue;
            }
            this.events[live] = event;
            this.times[live] = this.times[i];
            this.order[live] = this.order[i];
            live++;
        }
        Arrays.fill(this.events, live, this.size, null);
        this.size = live;
        this.dead = 0;
        for (int i = (live - 2) >>> 2; live > 1 && i >= 0; i--)
        {
            siftDown(i, this.events[i], this.times[i], this.order[i]);
        }
    }

    private int indexOfForeign(final SimEventInterface<Double> event)
    {
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
        int last = --this.size;
        SimEventInterface<Double> moved = this.events[last];
        double movedTime = this.times[last];
        long movedRank = this.order[last];
        this.events[last] = null;
        if (index == last)
        {
            return;
        }
        if (index == 0)
        {
            // bottom-up: the hole goes down the line of smallest children to a leaf (three comparisons a level, none
            // against the moved entry), and the moved entry, a former leaf and usually late, rises from there
            siftUp(holeToLeaf(), moved, movedTime, movedRank);
            return;
        }
        siftDown(index, moved, movedTime, movedRank);
        if (this.events[index] == moved)
        {
            siftUp(index, moved, movedTime, movedRank);
        }
    }

    private void siftUp(final int from, final SimEventInterface<Double> event, final double time, final long rank)
    {
        int index = from;
        while (index > 0)
        {
            int parent = (index - 1) >>> 2;
            if (!before(event, time, rank, parent))
            {
                break;
            }
            move(parent, index);
            index = parent;
        }
        put(index, event, time, rank);
    }

    private void siftDown(final int from, final SimEventInterface<Double> event, final double time, final long rank)
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
                if (before(child, best))
                {
                    best = child;
                }
            }
            if (!before(best, event, time, rank))
            {
                break;
            }
            move(best, index);
            index = best;
        }
        put(index, event, time, rank);
    }

    /** @return the leaf the hole left at the root ends in, each smallest child moved up one level on the way */
    private int holeToLeaf()
    {
        int index = 0;
        while (true)
        {
            int first = 4 * index + 1;
            if (first >= this.size)
            {
                return index;
            }
            int best = first;
            int last = Math.min(first + 4, this.size);
            for (int child = first + 1; child < last; child++)
            {
                if (before(child, best))
                {
                    best = child;
                }
            }
            move(best, index);
            index = best;
        }
    }

    private void move(final int from, final int to)
    {
        this.events[to] = this.events[from];
        this.times[to] = this.times[from];
        this.order[to] = this.order[from];
    }

    private void put(final int index, final SimEventInterface<Double> event, final double time, final long rank)
    {
        this.events[index] = event;
        this.times[index] = time;
        this.order[index] = rank;
    }

    /** @return whether the entry at {@code i} comes before the entry at {@code j} */
    private boolean before(final int i, final int j)
    {
        int byKeys = byKeys(this.times[i], this.order[i], this.times[j], this.order[j]);
        return byKeys != 0 ? byKeys < 0 : this.events[i].compareTo(this.events[j]) < 0;
    }

    /** @return whether the event (with its time and rank) comes before the entry at {@code index} */
    private boolean before(final SimEventInterface<Double> event, final double time, final long rank, final int index)
    {
        int byKeys = byKeys(time, rank, this.times[index], this.order[index]);
        return byKeys != 0 ? byKeys < 0 : event.compareTo(this.events[index]) < 0;
    }

    /** @return whether the entry at {@code index} comes before the event (with its time and rank) */
    private boolean before(final int index, final SimEventInterface<Double> event, final double time, final long rank)
    {
        int byKeys = byKeys(this.times[index], this.order[index], time, rank);
        return byKeys != 0 ? byKeys < 0 : this.events[index].compareTo(event) < 0;
    }

    /**
     * DSOL's order as far as the keys tell it: time first; on equal times two model events by their scheduling order,
     * as {@link ModelEvent#compareTo} does (its {@code Double.compare} also orders -0.0 before 0.0 and NaN last).
     * @return negative or positive when the keys decide; 0 when a non-model event ties on time, and the events' own
     *         compareTo (priority, then id) must decide: the only case that reads an event object
     */
    private static int byKeys(final double timeA, final long rankA, final double timeB, final long rankB)
    {
        if (timeA < timeB)
        {
            return -1;
        }
        if (timeA > timeB)
        {
            return 1;
        }
        if (rankA == FOREIGN || rankB == FOREIGN)
        {
            return 0;
        }
        int byTime = Double.compare(timeA, timeB);
        return byTime != 0 ? byTime : Long.compare(rankA, rankB);
    }
}
