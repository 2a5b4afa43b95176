package forkcast.sim;

import java.util.Arrays;

import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * The later events of an {@link EventHeap} with thousands pending: time cut into buckets of equal width, and a ring
 * of slots, each an unsorted list of its buckets' events (a calendar queue; an event a lap or more ahead waits in its
 * slot until its bucket comes). The heap holds the buckets up to {@link #current()}; this calendar those after it,
 * and hands them over one bucket at a time. A bucket's number is a non-decreasing function of time, so every event
 * the heap holds comes before every event here: handing them over bucket by bucket keeps the heap's exact order.
 * Adding costs a multiplication and a list insertion; the entries sit in a pool of arrays, so nothing is allocated
 * per event.
 */
final class EventCalendar
{
    /** Receives the events of a bucket as it comes due. */
    @FunctionalInterface
    interface Sink
    {
        void take(SimEventInterface<Double> event, double time, long rank);
    }

    private final double inverseWidth;

    private long current;

    /** Each slot's first entry, -1 for none; a power of two long. */
    private final int[] slots;

    private final int slotMask;

    /** The entries (a pool of linked list nodes), free ones chained from {@link #free}. */
    private SimEventInterface<Double>[] events = newArray(256);

    /**
     * Per entry, side by side so that moving an entry touches one place: the time's bits, the rank (see
     * {@link EventHeap}) and the next entry in its slot (-1 for none).
     */
    private long[] keys = new long[3 * 256];

    private int free = -1;

    private int poolUsed;

    private int size;

    /**
     * @param width the buckets' width in seconds (positive)
     * @param first a time in the first bucket the heap holds
     * @param slots the slots in the ring, rounded up to a power of two
     */
    EventCalendar(final double width, final double first, final int slots)
    {
        this.inverseWidth = 1 / width;
        int count = Integer.highestOneBit(Math.max(2, slots) - 1) << 1;
        this.slots = new int[count];
        Arrays.fill(this.slots, -1);
        this.slotMask = count - 1;
        this.current = bucketOf(first);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type
    private static SimEventInterface<Double>[] newArray(final int length)
    {
        return new SimEventInterface[length];
    }

    /**
     * @return the bucket of {@code time}: a non-decreasing function of time, as the order needs (NaN in the last
     *         bucket, as {@code Double.compare} orders it after everything)
     */
    long bucketOf(final double time)
    {
        double bucket = Math.floor(time * this.inverseWidth);
        return bucket == bucket ? (long) bucket : Long.MAX_VALUE;
    }

    /** @return the last bucket the heap holds */
    long current()
    {
        return this.current;
    }

    /** @return entries held (cancelled ones included) */
    int size()
    {
        return this.size;
    }

    /** Keep an event of a bucket after {@link #current()}. */
    void add(final SimEventInterface<Double> event, final double time, final long rank, final long bucket)
    {
        int entry = this.free;
        if (entry >= 0)
        {
            this.free = next(entry);
        }
        else
        {
            if (this.poolUsed == this.events.length)
            {
                this.events = Arrays.copyOf(this.events, 2 * this.poolUsed);
                this.keys = Arrays.copyOf(this.keys, 6 * this.poolUsed);
            }
            entry = this.poolUsed++;
        }
        this.events[entry] = event;
        this.keys[3 * entry] = Double.doubleToRawLongBits(time);
        this.keys[3 * entry + 1] = rank;
        int slot = (int) (bucket & this.slotMask);
        this.keys[3 * entry + 2] = this.slots[slot];
        this.slots[slot] = entry;
        this.size++;
    }

    /**
     * Hand the events of the next bucket that has any to {@code sink} (after a lap of empty slots, jump to the first
     * bucket held). Call only when something is held.
     */
    void moveNextBucket(final Sink sink)
    {
        int emptySlots = 0;
        while (true)
        {
            this.current++;
            int slot = (int) (this.current & this.slotMask);
            if (this.slots[slot] >= 0 && moveDue(slot, sink))
            {
                return;
            }
            if (++emptySlots > this.slots.length)
            {
                this.current = firstBucket() - 1;
                emptySlots = 0;
            }
        }
    }

    /** @return whether the slot held entries of bucket {@link #current}; they went to the sink */
    private boolean moveDue(final int slot, final Sink sink)
    {
        boolean moved = false;
        int previous = -1;
        int entry = this.slots[slot];
        while (entry >= 0)
        {
            int next = next(entry);
            double time = time(entry);
            if (bucketOf(time) <= this.current)
            {
                if (previous < 0)
                {
                    this.slots[slot] = next;
                }
                else
                {
                    this.keys[3 * previous + 2] = next;
                }
                SimEventInterface<Double> event = this.events[entry];
                long rank = this.keys[3 * entry + 1];
                release(entry);
                sink.take(event, time, rank);
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

    /** @return the earliest bucket held (a scan of it all: only after a lap of empty slots) */
    private long firstBucket()
    {
        long first = Long.MAX_VALUE;
        for (int head : this.slots)
        {
            for (int entry = head; entry >= 0; entry = next(entry))
            {
                first = Math.min(first, bucketOf(time(entry)));
            }
        }
        return first;
    }

    private void release(final int entry)
    {
        this.events[entry] = null;
        this.keys[3 * entry + 2] = this.free;
        this.free = entry;
        this.size--;
    }

    private double time(final int entry)
    {
        return Double.longBitsToDouble(this.keys[3 * entry]);
    }

    private int next(final int entry)
    {
        return (int) this.keys[3 * entry + 2];
    }

    /** @return whether {@code event} is held (a scan: for DSOL's own few events) */
    boolean contains(final SimEventInterface<Double> event)
    {
        for (int i = 0; i < this.poolUsed; i++)
        {
            if (this.events[i] == event)
            {
                return true;
            }
        }
        return false;
    }

    /** Hand every entry held to {@code sink}, in no particular order, and keep none. */
    void drainTo(final Sink sink)
    {
        for (int i = 0; i < this.poolUsed; i++)
        {
            SimEventInterface<Double> event = this.events[i];
            if (event != null)
            {
                this.events[i] = null;
                sink.take(event, time(i), this.keys[3 * i + 1]);
            }
        }
        Arrays.fill(this.slots, -1);
        this.free = -1;
        this.poolUsed = 0;
        this.size = 0;
    }

    /** Hand every entry held to {@code sink} and keep them. */
    void forEach(final Sink sink)
    {
        for (int i = 0; i < this.poolUsed; i++)
        {
            if (this.events[i] != null)
            {
                sink.take(this.events[i], time(i), this.keys[3 * i + 1]);
            }
        }
    }
}
