package forkcast.sim;

import forkcast.sim.stats.ExactLevel;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * A resource of identical units that users take and give back (channels, dialogs, streams, pool members): how many are
 * in use, up to a limit (or {@link #UNLIMITED}), measured as a time-weighted level with its peak over the window, and
 * the refusals counted by reason. Taking more than fits is refused with the resource's own "full" reason; its owner
 * may refuse for reasons of its own (out of service, too fast) through {@link #refuse}, so that every refusal is
 * counted in one place. A taking and a giving cost a comparison, a field update and a level update: no allocation.
 *
 * @param <R> the kinds of refusal, an enum of the owner's domain
 */
public final class CountedResource<R extends Enum<R>>
{
    /** A limit that is never reached. */
    public static final long UNLIMITED = Long.MAX_VALUE;

    /** Refusals of a resource that refuses only when it is full. */
    public enum Refusal
    {
        FULL
    }

    private final String name;
    private final long limit;
    private final R whenFull;
    private final ExactLevel inUse;
    private final long[] refusals;

    /**
     * @param name what the resource is, for error messages (e.g. "trunk t1 dialogs")
     * @param limit units that can be in use at once, {@link #UNLIMITED} for no limit
     * @param whenFull the refusal when a taking does not fit
     */
    public CountedResource(final String name, final long limit, final R whenFull, final MeasurementWindow window)
    {
        if (limit < 0)
        {
            throw new IllegalArgumentException(name + ": negative limit " + limit);
        }
        this.name = name;
        this.limit = limit;
        this.whenFull = whenFull;
        this.inUse = ExactLevel.counting(window);
        this.refusals = new long[whenFull.getDeclaringClass().getEnumConstants().length];
    }

    /** @return a resource that refuses only when full, with {@link Refusal#FULL} */
    public static CountedResource<Refusal> refusingWhenFull(final String name, final long limit,
            final MeasurementWindow window)
    {
        return new CountedResource<>(name, limit, Refusal.FULL, window);
    }

    /** @return whether {@code count} more units would fit now */
    public boolean fits(final int count)
    {
        return this.limit == UNLIMITED || this.inUse.units() + count <= this.limit;
    }

    /**
     * Take {@code count} units at {@code now}.
     * @return null when they were taken; else the "full" refusal, counted, and nothing is taken
     */
    public R take(final double now, final int count)
    {
        if (!fits(count))
        {
            return refuse(this.whenFull);
        }
        this.inUse.add(now, count);
        return null;
    }

    /**
     * Count a refusal decided by the resource's owner (or {@link #take}'s).
     * @return {@code reason}, so that the owner can return it
     */
    public R refuse(final R reason)
    {
        this.refusals[reason.ordinal()]++;
        return reason;
    }

    /**
     * Give back {@code count} units at {@code now}.
     * @throws IllegalStateException when more would be given back than are in use (a bookkeeping error)
     */
    public void give(final double now, final int count)
    {
        if (count > this.inUse.units())
        {
            throw new IllegalStateException(this.name + " got back " + count + " but lent only " + this.inUse.units()
                    + " at t=" + now);
        }
        this.inUse.add(now, -count);
    }

    /** @return units in use now */
    public long inUse()
    {
        return this.inUse.units();
    }

    /** @return the limit, {@link #UNLIMITED} when there is none */
    public long limit()
    {
        return this.limit;
    }

    public boolean unlimited()
    {
        return this.limit == UNLIMITED;
    }

    /** @return refusals for {@code reason} so far (the whole run, not clipped to the window) */
    public long refusals(final R reason)
    {
        return this.refusals[reason.ordinal()];
    }

    /** @return refusals for every reason so far */
    public long refusals()
    {
        long sum = 0;
        for (long r : this.refusals)
        {
            sum += r;
        }
        return sum;
    }

    /** @return units in use over time: time-weighted mean, peak, per-interval means */
    public TimeWeightedLevel level()
    {
        return this.inUse.level();
    }

    /** Integrate the level to the end of the window; call once at the end of the run. */
    public void close()
    {
        this.inUse.close();
    }
}
