package forkcast.models.network;

import forkcast.sim.stats.ExactLevel;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * The bits per second a link carries in each direction, for all media and for the forked recording streams alone
 * (the fork part is included in the all-media figure). Rates are kept in whole millibits per second, so that adding
 * and removing the same stream leaves exactly nothing behind.
 */
public final class LinkLoad
{
    private final LinkConfig config;
    private final ExactLevel[] all = new ExactLevel[2];
    private final ExactLevel[] fork = new ExactLevel[2];

    public LinkLoad(final LinkConfig config, final MeasurementWindow window)
    {
        this.config = config;
        for (int d = 0; d < 2; d++)
        {
            this.all[d] = new ExactLevel(window, 1000);
            this.fork[d] = new ExactLevel(window, 1000);
        }
    }

    /** Add (or with a negative rate, remove) a stream crossing this link, in millibits per second. */
    public void add(final double now, final Direction direction, final long milliBps, final boolean forked)
    {
        int d = direction.ordinal();
        this.all[d].add(now, milliBps);
        if (forked)
        {
            this.fork[d].add(now, milliBps);
        }
    }

    public LinkConfig config()
    {
        return this.config;
    }

    /** @return all media in one direction */
    public TimeWeightedLevel all(final Direction direction)
    {
        return this.all[direction.ordinal()].level();
    }

    /** @return forked recording streams in one direction */
    public TimeWeightedLevel fork(final Direction direction)
    {
        return this.fork[direction.ordinal()].level();
    }

    public void close()
    {
        for (int d = 0; d < 2; d++)
        {
            this.all[d].close();
            this.fork[d].close();
        }
    }
}
