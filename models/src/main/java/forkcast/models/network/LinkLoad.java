package forkcast.models.network;

import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * The bits per second a link carries in each direction, for all media and for the forked recording streams alone
 * (the fork part is included in the all-media figure).
 */
public final class LinkLoad
{
    private final LinkConfig config;
    private final TimeWeightedLevel[] all = new TimeWeightedLevel[2];
    private final TimeWeightedLevel[] fork = new TimeWeightedLevel[2];

    public LinkLoad(final LinkConfig config, final MeasurementWindow window)
    {
        this.config = config;
        for (int d = 0; d < 2; d++)
        {
            this.all[d] = new TimeWeightedLevel(window);
            this.fork[d] = new TimeWeightedLevel(window);
        }
    }

    /** Add (or with a negative rate, remove) a stream crossing this link. */
    public void add(final double now, final Direction direction, final double bitsPerSecond, final boolean forked)
    {
        int d = direction.ordinal();
        this.all[d].add(now, bitsPerSecond);
        if (forked)
        {
            this.fork[d].add(now, bitsPerSecond);
        }
    }

    public LinkConfig config()
    {
        return this.config;
    }

    /** @return all media in one direction */
    public TimeWeightedLevel all(final Direction direction)
    {
        return this.all[direction.ordinal()];
    }

    /** @return forked recording streams in one direction */
    public TimeWeightedLevel fork(final Direction direction)
    {
        return this.fork[direction.ordinal()];
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
