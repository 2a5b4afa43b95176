package forkcast.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

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
 * reaches the top, or when the dead entries outnumber the live ones (everything is then laid out again). So
 * a sift never has to tell an event where it now lies, which cost a write into a scattered event object on every
 * level. The order of the live events does not depend on the heap's layout: (time, priority, scheduling order) is a
 * total order, so any valid heap hands them out the same. DSOL's own few events (warm-up, end) are removed by a scan.
 *
 * <p>With many pending events (from {@value #CALENDAR_FROM}) only the near ones are in the heap: time is cut into
 * buckets of equal width, the heap holds the events of the buckets up to the current one, and later events wait,
 * unsorted, in a calendar of bucket lists (a ring; an event a lap or more ahead waits in its slot until its bucket
 * comes). When the heap runs dry, the next bucket's events move into it. A bucket's number is a non-decreasing
 * function of time, so every event in the heap comes before every event in the calendar, and the heap hands them out
 * in the same order as one heap of all of them. The width is chosen from the pending events' span (about one event
 * per bucket) whenever their number has doubled or fallen to a quarter: at 8,000 pending events the heap then holds a
 * handful instead of 8,000, and a removal sifts one or two levels instead of six or seven.
 */
final class EventHeap implements EventListInterface<Double>
{
    /** In {@link #order}: the event is not a model event; on a time tie its own compareTo decides. */
    private static final long FOREIGN = -1L;

    private SimEventInterface<Double>[] events = newArray(256);

    private double[] times = new double[256];

    /** A model event's scheduling order (its id, from 1), or {@link #FOREIGN}. */
    private long[] order = new long[256];

    /** Entries in the heap, cancelled ones included. */
    private int size;

    /** Cancelled model events still held, in the heap or the calendar. */
    private int dead;

    /** Below this many pending events, everything is in the heap (the calendar is off). */
    static final int CALENDAR_FROM = 512;

    /** 1 / bucket width; 0 while the calendar is off (every finite time is then in bucket 0). */
    private double inverseWidth;

    /** The heap holds the events of buckets up to this one; the calendar those after it. */
    private long current;

    /** Each calendar slot's first entry, -1 for none; a power of two long. */
    private int[] slots = new int[0];

    private int slotMask;

    /** The calendar's entries (a pool of linked list nodes), free ones chained from {@link #free}. */
    private SimEventInterface<Double>[] laterEvents = newArray(0);

    /**
     * Per calendar entry, side by side so that moving an entry touches one place: the time's bits, the rank (see
     * {@link #order}) and the next entry in its slot (-1 for none).
     */
    private long[] laterKeys = new long[0];

    private int free = -1;

    private int poolUsed;

    /** Entries in the calendar, cancelled ones included. */
    private int later;

    /** Pending events when the tiers were last laid out. */
    private int laidOutFor;

    /** While the calendar is off: the number of pending events at which to try it. */
    private int layOutFrom = CALENDAR_FROM;

    /** The heap may grow to this before the tiers are laid out again (a bucket width that has become too wide). */
    private int heapLimit = Integer.MAX_VALUE;

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type
    private static SimEventInterface<Double>[] newArray(final int length)
    {
        return new SimEventInterface[length];
    }

    @Override
    public void add(final SimEventInterface<Double> event)
    {
        growHeapIfFull();
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
        long bucket = bucketOf(time);
        if (this.inverseWidth == 0 || bucket <= this.current)
        {
            siftUp(this.size++, event, time, rank);
        }
        else
        {
            addLater(event, time, rank, bucket);
        }
        int live = size();
        if (this.inverseWidth == 0 ? live >= this.layOutFrom : live > 2 * this.laidOutFor || this.size > this.heapLimit)
        {
            layOut();
        }
    }

    /**
     * @return the bucket of {@code time}: a non-decreasing function of time, as the tiers' order needs (NaN in the
     *         last bucket, as {@code Double.compare} orders it after everything)
     */
    private long bucketOf(final double time)
    {
        double bucket = Math.floor(time * this.inverseWidth);
        return bucket == bucket ? (long) bucket : Long.MAX_VALUE;
    }

    @Override
    public SimEventInterface<Double> first()
    {
        return fillHeap() ? this.events[0] : null;
    }

    /** @return whether a pending event is on top of the heap (after dropping cancelled ones and moving buckets in) */
    private boolean fillHeap()
    {
        while (true)
        {
            dropCancelledOnTop();
            if (this.size > 0)
            {
                return true;
            }
            if (this.later == 0)
            {
                return false;
            }
            nextBucket();
        }
    }

    @Override
    public SimEventInterface<Double> removeFirst()
    {
        if (!fillHeap())
        {
            return null;
        }
        SimEventInterface<Double> first = this.events[0];
        removeAt(0);
        if (first instanceof ModelEvent model)
        {
            model.leftHeap();
        }
        if (this.inverseWidth != 0 && size() < this.laidOutFor / 4)
        {
            layOut();
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
            if (this.dead > 64 && this.dead > size())
            {
                layOut();
            }
            return true;
        }
        int index = indexOfForeign(event);
        if (index >= 0)
        {
            removeAt(index);
            return true;
        }
        if (laterIndexOf(event) >= 0)
        {
            layOut(event); // DSOL's own events are hardly ever cancelled: a new layout without it will do
            return true;
        }
        return false;
    }

    @Override
    public boolean contains(final SimEventInterface<Double> event)
    {
        if (event instanceof ModelEvent model)
        {
            return model.isPending();
        }
        return indexOfForeign(event) >= 0 || laterIndexOf(event) >= 0;
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
        for (int i = 0; i < this.poolUsed; i++)
        {
            if (this.laterEvents[i] instanceof ModelEvent model)
            {
                model.leftHeap();
            }
            this.laterEvents[i] = null;
        }
        this.size = 0;
        this.dead = 0;
        calendarOff();
    }

    @Override
    public boolean isEmpty()
    {
        return this.size + this.later == this.dead;
    }

    /** @return the pending events, cancelled ones not counted */
    @Override
    public int size()
    {
        return this.size + this.later - this.dead;
    }

    /** Iterates over the pending events in no particular order (DSOL uses it for nothing on the run's path). */
    @Override
    public Iterator<SimEventInterface<Double>> iterator()
    {
        List<SimEventInterface<Double>> pending = new ArrayList<>(size());
        for (int i = 0; i < this.size; i++)
        {
            if (!isCancelled(this.events[i]))
            {
                pending.add(this.events[i]);
            }
        }
        for (int i = 0; i < this.poolUsed; i++)
        {
            if (this.laterEvents[i] != null && !isCancelled(this.laterEvents[i]))
            {
                pending.add(this.laterEvents[i]);
            }
        }
        return Collections.unmodifiableList(pending).iterator();
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

    /** The heap is empty: move the next bucket's events into it (or, after a lap of empty slots, jump ahead). */
    private void nextBucket()
    {
        int emptySlots = 0;
        while (true)
        {
            this.current++;
            int slot = (int) (this.current & this.slotMask);
            if (this.slots[slot] >= 0 && moveDue(slot))
            {
                return;
            }
            if (++emptySlots > this.slots.length)
            {
                this.current = firstLaterBucket() - 1;
                emptySlots = 0;
            }
        }
    }

    /** @return whether entries of bucket {@link #current} were in the slot; they moved into the heap (cancelled ones dropped) */
    private boolean moveDue(final int slot)
    {
        boolean moved = false;
        int previous = -1;
        int entry = this.slots[slot];
        while (entry >= 0)
        {
            int next = laterNext(entry);
            double time = laterTime(entry);
            if (bucketOf(time) <= this.current)
            {
                if (previous < 0)
                {
                    this.slots[slot] = next;
                }
                else
                {
                    this.laterKeys[3 * previous + 2] = next;
                }
                SimEventInterface<Double> event = this.laterEvents[entry];
                if (this.dead > 0 && isCancelled(event))
                {
                    ((ModelEvent) event).leftHeap();
                    this.dead--;
                }
                else
                {
                    growHeapIfFull();
                    siftUp(this.size++, event, time, this.laterKeys[3 * entry + 1]);
                }
                release(entry);
                moved = true;
            }
            else
            {
                previous = entry;
            }
            entry = next;
        }
        return moved;
    }

    /** @return the earliest bucket in the calendar (a scan of it all: only after a lap of empty slots) */
    private long firstLaterBucket()
    {
        long first = Long.MAX_VALUE;
        for (int head : this.slots)
        {
            for (int entry = head; entry >= 0; entry = laterNext(entry))
            {
                first = Math.min(first, bucketOf(laterTime(entry)));
            }
        }
        return first;
    }

    private void addLater(final SimEventInterface<Double> event, final double time, final long rank, final long bucket)
    {
        int entry = this.free;
        if (entry >= 0)
        {
            this.free = laterNext(entry);
        }
        else
        {
            if (this.poolUsed == this.laterEvents.length)
            {
                int length = Math.max(256, 2 * this.poolUsed);
                this.laterEvents = Arrays.copyOf(this.laterEvents, length);
                this.laterKeys = Arrays.copyOf(this.laterKeys, 3 * length);
            }
            entry = this.poolUsed++;
        }
        this.laterEvents[entry] = event;
        this.laterKeys[3 * entry] = Double.doubleToRawLongBits(time);
        this.laterKeys[3 * entry + 1] = rank;
        int slot = (int) (bucket & this.slotMask);
        this.laterKeys[3 * entry + 2] = this.slots[slot];
        this.slots[slot] = entry;
        this.later++;
    }

    private void release(final int entry)
    {
        this.laterEvents[entry] = null;
        this.laterKeys[3 * entry + 2] = this.free;
        this.free = entry;
        this.later--;
    }

    private double laterTime(final int entry)
    {
        return Double.longBitsToDouble(this.laterKeys[3 * entry]);
    }

    private int laterNext(final int entry)
    {
        return (int) this.laterKeys[3 * entry + 2];
    }

    /** @return the pool entry of a calendar event, or -1 */
    private int laterIndexOf(final SimEventInterface<Double> event)
    {
        for (int i = 0; i < this.poolUsed; i++)
        {
            if (this.laterEvents[i] == event)
            {
                return i;
            }
        }
        return -1;
    }

    private void calendarOff()
    {
        this.inverseWidth = 0;
        this.current = 0;
        this.slots = new int[0];
        this.slotMask = 0;
        this.free = -1;
        this.poolUsed = 0;
        this.later = 0;
        this.laidOutFor = 0;
        this.heapLimit = Integer.MAX_VALUE;
        this.layOutFrom = CALENDAR_FROM;
    }

    private void layOut()
    {
        layOut(null);
    }

    /**
     * Lay the pending events out again, without the cancelled ones (and without {@code without}): the calendar off
     * below {@value #CALENDAR_FROM} events, else with buckets about one event wide over their span; the heap built
     * bottom-up (Floyd). O(n), and done only after the number of events doubled or fell to a quarter, or as many
     * cancels as live events.
     */
    private void layOut(final SimEventInterface<Double> without)
    {
        int live = size();
        @SuppressWarnings({"unchecked", "rawtypes"})
        SimEventInterface<Double>[] all = new SimEventInterface[live];
        double[] allTimes = new double[live];
        long[] allOrder = new long[live];
        int n = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int tier = 0; tier < 2; tier++)
        {
            SimEventInterface<Double>[] e = tier == 0 ? this.events : this.laterEvents;
            int count = tier == 0 ? this.size : this.poolUsed;
            for (int i = 0; i < count; i++)
            {
                SimEventInterface<Double> event = e[i];
                e[i] = null;
                if (event == null || event == without)
                {
                    continue;
                }
                if (isCancelled(event))
                {
                    ((ModelEvent) event).leftHeap();
                    continue;
                }
                double time = tier == 0 ? this.times[i] : laterTime(i);
                all[n] = event;
                allTimes[n] = time;
                allOrder[n] = tier == 0 ? this.order[i] : this.laterKeys[3 * i + 1];
                if (Double.isFinite(time))
                {
                    min = Math.min(min, time);
                    max = Math.max(max, time);
                }
                n++;
            }
        }
        this.size = 0;
        this.dead = 0;
        calendarOff();
        double span = max - min;
        if (n >= CALENDAR_FROM && span > 0 && Double.isFinite(span))
        {
            int slotCount = Integer.highestOneBit(Math.min(n, 1 << 22) - 1) << 1;
            this.inverseWidth = n / span;
            this.slots = new int[slotCount];
            Arrays.fill(this.slots, -1);
            this.slotMask = slotCount - 1;
            this.current = bucketOf(min);
            this.laidOutFor = n;
        }
        else if (n >= CALENDAR_FROM)
        {
            this.layOutFrom = 2 * n; // no span to cut into buckets (all at one time): try again when twice as many
        }
        for (int i = 0; i < n; i++)
        {
            long bucket = bucketOf(allTimes[i]);
            if (this.inverseWidth == 0 || bucket <= this.current)
            {
                growHeapIfFull();
                put(this.size++, all[i], allTimes[i], allOrder[i]);
            }
            else
            {
                addLater(all[i], allTimes[i], allOrder[i], bucket);
            }
        }
        for (int i = (this.size - 2) >>> 2; this.size > 1 && i >= 0; i--)
        {
            siftDown(i, this.events[i], this.times[i], this.order[i]);
        }
        if (this.inverseWidth != 0)
        {
            this.heapLimit = Math.max(256, 4 * this.size);
        }
    }

    private void growHeapIfFull()
    {
        if (this.size == this.events.length)
        {
            this.events = Arrays.copyOf(this.events, this.size * 2);
            this.times = Arrays.copyOf(this.times, this.size * 2);
            this.order = Arrays.copyOf(this.order, this.size * 2);
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
