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
 * <p>With many pending events (from {@value #CALENDAR_FROM}) only the near ones are in the heap: the later ones wait
 * in an {@link EventCalendar} (time buckets of equal width), which hands them over bucket by bucket as the heap runs
 * dry; every event in the heap comes before every event in the calendar, so the heap hands them out in the same
 * order as one heap of all of them. The width is chosen from the pending events' span (about one event
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

    /** The later events when many are pending; null while everything is in the heap. */
    private EventCalendar calendar;

    /** Where the calendar's events go as their bucket comes due. */
    private final EventCalendar.Sink intoHeap = this::takeDue;

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
        if (this.calendar == null)
        {
            siftUp(this.size++, event, time, rank);
        }
        else
        {
            long bucket = this.calendar.bucketOf(time);
            if (bucket <= this.calendar.current())
            {
                siftUp(this.size++, event, time, rank);
            }
            else
            {
                this.calendar.add(event, time, rank, bucket);
            }
        }
        int live = size();
        if (this.calendar == null ? live >= this.layOutFrom : live > 2 * this.laidOutFor || this.size > this.heapLimit)
        {
            layOut(null);
        }
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
            if (later() == 0)
            {
                return false;
            }
            this.calendar.moveNextBucket(this.intoHeap);
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
        if (this.calendar != null && size() < this.laidOutFor / 4)
        {
            layOut(null);
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
                layOut(null);
            }
            return true;
        }
        int index = indexOfForeign(event);
        if (index >= 0)
        {
            removeAt(index);
            return true;
        }
        if (this.calendar != null && this.calendar.contains(event))
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
        return indexOfForeign(event) >= 0 || this.calendar != null && this.calendar.contains(event);
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
        if (this.calendar != null)
        {
            this.calendar.drainTo((event, time, rank) ->
            {
                if (event instanceof ModelEvent model)
                {
                    model.leftHeap();
                }
            });
        }
        this.size = 0;
        this.dead = 0;
        calendarOff();
    }

    @Override
    public boolean isEmpty()
    {
        return this.size + later() == this.dead;
    }

    /** @return the pending events, cancelled ones not counted */
    @Override
    public int size()
    {
        return this.size + later() - this.dead;
    }

    private int later()
    {
        return this.calendar == null ? 0 : this.calendar.size();
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
        if (this.calendar != null)
        {
            this.calendar.forEach((event, time, rank) ->
            {
                if (!isCancelled(event))
                {
                    pending.add(event);
                }
            });
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

    /** An event of the calendar's bucket that came due: into the heap, or dropped when it was cancelled. */
    private void takeDue(final SimEventInterface<Double> event, final double time, final long rank)
    {
        if (this.dead > 0 && isCancelled(event))
        {
            ((ModelEvent) event).leftHeap();
            this.dead--;
            return;
        }
        growHeapIfFull();
        siftUp(this.size++, event, time, rank);
    }

    private void calendarOff()
    {
        this.calendar = null;
        this.laidOutFor = 0;
        this.heapLimit = Integer.MAX_VALUE;
        this.layOutFrom = CALENDAR_FROM;
    }

    /**
     * Lay the pending events out again, without the cancelled ones (and without {@code without}): the calendar off
     * below {@value #CALENDAR_FROM} events, else with buckets about one event wide over their span; the heap built
     * bottom-up (Floyd). O(n), and done only after the number of events doubled or fell to a quarter, or as many
     * cancels as live events.
     */
    private void layOut(final SimEventInterface<Double> without)
    {
        Pending all = new Pending(size(), without);
        for (int i = 0; i < this.size; i++)
        {
            all.take(this.events[i], this.times[i], this.order[i]);
            this.events[i] = null;
        }
        if (this.calendar != null)
        {
            this.calendar.drainTo(all);
        }
        this.size = 0;
        this.dead = 0;
        calendarOff();
        int n = all.count;
        double span = all.max - all.min;
        if (n >= CALENDAR_FROM && span > 0 && Double.isFinite(span))
        {
            this.calendar = new EventCalendar(span / n, all.min, Math.min(n, 1 << 22));
            this.laidOutFor = n;
        }
        else if (n >= CALENDAR_FROM)
        {
            this.layOutFrom = 2 * n; // no span to cut into buckets (all at one time): try again when twice as many
        }
        for (int i = 0; i < n; i++)
        {
            long bucket = this.calendar == null ? 0 : this.calendar.bucketOf(all.times[i]);
            if (this.calendar == null || bucket <= this.calendar.current())
            {
                growHeapIfFull();
                put(this.size++, all.events[i], all.times[i], all.order[i]);
            }
            else
            {
                this.calendar.add(all.events[i], all.times[i], all.order[i], bucket);
            }
        }
        for (int i = (this.size - 2) >>> 2; this.size > 1 && i >= 0; i--)
        {
            siftDown(i, this.events[i], this.times[i], this.order[i]);
        }
        if (this.calendar != null)
        {
            this.heapLimit = Math.max(256, 4 * this.size);
        }
    }

    /** The pending events gathered for a new layout: cancelled ones (and one left out) dropped, the span noted. */
    private static final class Pending implements EventCalendar.Sink
    {
        private final SimEventInterface<Double> without;
        private final SimEventInterface<Double>[] events;
        private final double[] times;
        private final long[] order;
        private int count;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;

        Pending(final int live, final SimEventInterface<Double> without)
        {
            this.without = without;
            this.events = newArray(live);
            this.times = new double[live];
            this.order = new long[live];
        }

        @Override
        public void take(final SimEventInterface<Double> event, final double time, final long rank)
        {
            if (event == this.without)
            {
                return;
            }
            if (isCancelled(event))
            {
                ((ModelEvent) event).leftHeap();
                return;
            }
            this.events[this.count] = event;
            this.times[this.count] = time;
            this.order[this.count] = rank;
            this.count++;
            if (Double.isFinite(time))
            {
                this.min = Math.min(this.min, time);
                this.max = Math.max(this.max, time);
            }
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
