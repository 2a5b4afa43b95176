package forkcast.models.network;

import java.util.List;

import forkcast.sim.CountedResource;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;

/**
 * CUCM's locations call admission control (F7): each link with an audio budget ({@code links[].cacKbps}) is one
 * location pair's budget. A call whose media crosses such links is admitted only when every one of them has room for
 * the call's deduction (a fixed figure per codec, for both directions together: G.711 80 kbit/s, G.729 24 kbit/s);
 * then the deduction is taken on each of them until the call ends. Bits per second are the budget's units, so the
 * counted in-use level is the budget in use. Links without a budget are never checked; a route inside one site crosses
 * nothing.
 */
public final class LocationsCac
{
    private final SiteGraph graph;
    private final CountedResource<CountedResource.Refusal>[] budgets;
    /** Refusals per link within the measurement window (the resource's own count covers the whole run). */
    private final IntervalCounter[] refusals;
    private final boolean any;

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type
    public LocationsCac(final SiteGraph graph, final MeasurementWindow window)
    {
        this.graph = graph;
        List<LinkConfig> links = graph.links();
        this.budgets = new CountedResource[links.size()];
        this.refusals = new IntervalCounter[links.size()];
        boolean some = false;
        for (int i = 0; i < this.budgets.length; i++)
        {
            LinkConfig link = links.get(i);
            if (link.hasCac())
            {
                this.budgets[i] = CountedResource.refusingWhenFull("link " + link.id() + " locations CAC",
                        Math.round(link.cacKbps() * 1000.0), window);
                this.refusals[i] = new IntervalCounter(window);
                some = true;
            }
        }
        this.any = some;
    }

    /**
     * Admit a call of {@code bitsPerSecond} deduction between two sites: taken on every budgeted link of the route when
     * each has room; else nothing is taken and each link short of room counts a refusal.
     * @return whether the call was admitted
     */
    public boolean admit(final double now, final int fromSite, final int toSite, final int bitsPerSecond)
    {
        if (!this.any || fromSite == toSite)
        {
            return true;
        }
        Hop[] hops = this.graph.route(fromSite, toSite);
        boolean fits = true;
        for (Hop hop : hops)
        {
            CountedResource<CountedResource.Refusal> budget = this.budgets[hop.linkIndex()];
            if (budget != null && !budget.fits(bitsPerSecond))
            {
                budget.refuse(CountedResource.Refusal.FULL);
                this.refusals[hop.linkIndex()].increment(now);
                fits = false;
            }
        }
        if (!fits)
        {
            return false;
        }
        for (Hop hop : hops)
        {
            CountedResource<CountedResource.Refusal> budget = this.budgets[hop.linkIndex()];
            if (budget != null)
            {
                budget.take(now, bitsPerSecond);
            }
        }
        return true;
    }

    /** Give back a deduction {@link #admit} took between the same two sites. */
    public void release(final double now, final int fromSite, final int toSite, final int bitsPerSecond)
    {
        if (!this.any || fromSite == toSite)
        {
            return;
        }
        for (Hop hop : this.graph.route(fromSite, toSite))
        {
            CountedResource<CountedResource.Refusal> budget = this.budgets[hop.linkIndex()];
            if (budget != null)
            {
                budget.give(now, bitsPerSecond);
            }
        }
    }

    /** @return whether any link has a budget */
    public boolean enabled()
    {
        return this.any;
    }

    /** @return link {@code linkIndex}'s budget (in use in bit/s, refusals), or null when it has none */
    public CountedResource<CountedResource.Refusal> budget(final int linkIndex)
    {
        return this.budgets[linkIndex];
    }

    /** @return link {@code linkIndex}'s refusals within the window, or null when it has no budget */
    public IntervalCounter refusals(final int linkIndex)
    {
        return this.refusals[linkIndex];
    }

    public void close()
    {
        for (CountedResource<CountedResource.Refusal> budget : this.budgets)
        {
            if (budget != null)
            {
                budget.close();
            }
        }
    }
}
