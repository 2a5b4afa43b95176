package forkcast.models.network;

import java.util.List;

import forkcast.models.media.Codec;
import forkcast.sim.stats.MeasurementWindow;

/**
 * Puts RTP streams on the links they cross: a stream from one site to another loads every link of the route in its
 * direction, at that link's F1 rate (codec, SRTP tag, the link's own layer-2 overhead), in whole millibits per
 * second ({@link LinkLoad}).
 */
public final class MediaNetwork
{
    private final SiteGraph graph;
    private final LinkLoad[] loads;
    private final boolean[] down;
    private final LocationsCac cac;

    /** @param cacClasses the locations-CAC deduction classes the calls can take (F7) */
    public MediaNetwork(final SiteGraph graph, final List<DeductionClass> cacClasses, final MeasurementWindow window)
    {
        this.graph = graph;
        this.cac = new LocationsCac(graph, cacClasses, window);
        List<LinkConfig> links = graph.links();
        this.loads = new LinkLoad[links.size()];
        this.down = new boolean[links.size()];
        for (int i = 0; i < this.loads.length; i++)
        {
            this.loads[i] = new LinkLoad(links.get(i), window);
        }
    }

    /**
     * Start ({@code sign} = +1) or stop (-1) one stream.
     * @param forked true for a recording stream (counted in the fork figures too)
     */
    public void stream(final double now, final int fromSite, final int toSite, final Codec codec, final boolean secure,
            final boolean forked, final int sign)
    {
        if (fromSite == toSite)
        {
            return;
        }
        for (Hop hop : this.graph.route(fromSite, toSite))
        {
            LinkLoad load = this.loads[hop.linkIndex()];
            long rate = milliBitsPerSecond(codec, load.config().layer2Bytes(), secure);
            load.add(now, hop.direction(), sign * rate, forked);
        }
    }

    /** A failure window on a link starts or ends. */
    public void down(final int linkIndex, final boolean isDown)
    {
        this.down[linkIndex] = isDown;
    }

    /** @return true when the route from one site to the other crosses a link that is down */
    public boolean routeDown(final int fromSite, final int toSite)
    {
        if (fromSite == toSite)
        {
            return false;
        }
        for (Hop hop : this.graph.route(fromSite, toSite))
        {
            if (this.down[hop.linkIndex()])
            {
                return true;
            }
        }
        return false;
    }

    /** @return true when the route from one site to the other crosses link {@code linkIndex} */
    public boolean routeCrosses(final int fromSite, final int toSite, final int linkIndex)
    {
        if (fromSite == toSite)
        {
            return false;
        }
        for (Hop hop : this.graph.route(fromSite, toSite))
        {
            if (hop.linkIndex() == linkIndex)
            {
                return true;
            }
        }
        return false;
    }

    /** @return F1's stream rate rounded to a whole millibit per second */
    public static long milliBitsPerSecond(final Codec codec, final int layer2Bytes, final boolean secure)
    {
        return Math.round(codec.streamBitsPerSecond(layer2Bytes, secure) * 1000.0);
    }

    public LinkLoad[] loads()
    {
        return this.loads.clone();
    }

    public SiteGraph graph()
    {
        return this.graph;
    }

    /** @return the links' locations-CAC budgets (F7), beside the bandwidth on the wire (F1) */
    public LocationsCac cac()
    {
        return this.cac;
    }

    public void close()
    {
        for (LinkLoad load : this.loads)
        {
            load.close();
        }
        this.cac.close();
    }
}
