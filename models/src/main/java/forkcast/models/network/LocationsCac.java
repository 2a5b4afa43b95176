package forkcast.models.network;

import java.util.List;

import forkcast.sim.CountedResource;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * CUCM's locations call admission control (F7): each link with an audio budget ({@code links[].cacKbps}) is one
 * location pair's budget. A call whose media crosses such links is admitted only when every one of them has room for
 * the call's deduction (a fixed figure per codec, for both directions together: G.711 80 kbit/s, G.729 24 kbit/s);
 * then the deduction is taken on each of them until the call ends. Bits per second are the budget's units, so the
 * counted in-use level is the budget in use. Links without a budget are never checked; a route inside one site crosses
 * nothing.
 *
 * <p>A budget is a multi-rate loss system (docs/locations-cac.md), so each budgeted link also counts, per deduction
 * class ({@link DeductionClass}), the calls in use, the admission requests that crossed it and those it refused: what
 * the bill sizes the budget from by the Kaufman–Roberts model. A request refused elsewhere on its route is a request
 * here, refused here only where this link too was short.
 */
public final class LocationsCac
{
    private final SiteGraph graph;
    private final CountedResource<CountedResource.Refusal>[] budgets;
    /** Refusals per link within the measurement window (the resource's own count covers the whole run). */
    private final IntervalCounter[] refusals;
    /** Admission requests per link that crossed it, within the window. */
    private final IntervalCounter[] requests;
    /** Per link and deduction class: calls in use, requests, refusals. */
    private final TimeWeightedLevel[][] classInUse;
    private final IntervalCounter[][] classRequests;
    private final IntervalCounter[][] classRefusals;
    private final List<DeductionClass> classes;
    private final int[] deductions;
    private final boolean any;

    /** @param classes the deduction classes the calls can take (every deduction {@link #admit} is asked for) */
    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type
    public LocationsCac(final SiteGraph graph, final List<DeductionClass> classes, final MeasurementWindow window)
    {
        this.graph = graph;
        this.classes = List.copyOf(classes);
        this.deductions = classes.stream().mapToInt(DeductionClass::bitsPerSecond).toArray();
        List<LinkConfig> links = graph.links();
        this.budgets = new CountedResource[links.size()];
        this.refusals = new IntervalCounter[links.size()];
        this.requests = new IntervalCounter[links.size()];
        this.classInUse = new TimeWeightedLevel[links.size()][];
        this.classRequests = new IntervalCounter[links.size()][];
        this.classRefusals = new IntervalCounter[links.size()][];
        boolean some = false;
        for (int i = 0; i < this.budgets.length; i++)
        {
            LinkConfig link = links.get(i);
            if (link.hasCac())
            {
                this.budgets[i] = CountedResource.refusingWhenFull("link " + link.id() + " locations CAC",
                        Math.round(link.cacKbps() * 1000.0), window);
                this.refusals[i] = new IntervalCounter(window);
                this.requests[i] = new IntervalCounter(window);
                this.classInUse[i] = new TimeWeightedLevel[this.deductions.length];
                this.classRequests[i] = new IntervalCounter[this.deductions.length];
                this.classRefusals[i] = new IntervalCounter[this.deductions.length];
                for (int k = 0; k < this.deductions.length; k++)
                {
                    this.classInUse[i][k] = new TimeWeightedLevel(window);
                    this.classRequests[i][k] = new IntervalCounter(window);
                    this.classRefusals[i][k] = new IntervalCounter(window);
                }
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
        int k = classOf(bitsPerSecond);
        boolean fits = true;
        for (Hop hop : hops)
        {
            int link = hop.linkIndex();
            CountedResource<CountedResource.Refusal> budget = this.budgets[link];
            if (budget == null)
            {
                continue;
            }
            this.requests[link].increment(now);
            this.classRequests[link][k].increment(now);
            if (!budget.fits(bitsPerSecond))
            {
                budget.refuse(CountedResource.Refusal.FULL);
                this.refusals[link].increment(now);
                this.classRefusals[link][k].increment(now);
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
                this.classInUse[hop.linkIndex()][k].add(now, 1);
            }
        }
        return true;
    }

    /**
     * Give back the deductions of {@code calls} calls of {@code bitsPerCall} each that {@link #admit} took between the
     * same two sites (a recording session gives back its recording calls together).
     */
    public void release(final double now, final int fromSite, final int toSite, final int bitsPerCall,
            final int calls)
    {
        if (!this.any || fromSite == toSite)
        {
            return;
        }
        int k = classOf(bitsPerCall);
        for (Hop hop : this.graph.route(fromSite, toSite))
        {
            CountedResource<CountedResource.Refusal> budget = this.budgets[hop.linkIndex()];
            if (budget != null)
            {
                budget.give(now, bitsPerCall * calls);
                this.classInUse[hop.linkIndex()][k].add(now, -calls);
            }
        }
    }

    /** @return the index of the deduction class of {@code bitsPerSecond} (a scan of a few: no allocation) */
    private int classOf(final int bitsPerSecond)
    {
        for (int k = 0; k < this.deductions.length; k++)
        {
            if (this.deductions[k] == bitsPerSecond)
            {
                return k;
            }
        }
        throw new IllegalStateException("no deduction class of " + bitsPerSecond + " bit/s: " + this.classes);
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

    /** @return the admission requests across link {@code linkIndex} within the window, or null without a budget */
    public IntervalCounter requests(final int linkIndex)
    {
        return this.requests[linkIndex];
    }

    /** @return the deduction classes, in the order of the per-class figures */
    public List<DeductionClass> classes()
    {
        return this.classes;
    }

    /** @return link {@code linkIndex}'s calls of class {@code k} in use, or null when it has no budget */
    public TimeWeightedLevel inUse(final int linkIndex, final int k)
    {
        return this.classInUse[linkIndex] == null ? null : this.classInUse[linkIndex][k];
    }

    /** @return link {@code linkIndex}'s requests of class {@code k} within the window, or null without a budget */
    public IntervalCounter requests(final int linkIndex, final int k)
    {
        return this.classRequests[linkIndex] == null ? null : this.classRequests[linkIndex][k];
    }

    /** @return link {@code linkIndex}'s refusals of class {@code k} within the window, or null without a budget */
    public IntervalCounter refusals(final int linkIndex, final int k)
    {
        return this.classRefusals[linkIndex] == null ? null : this.classRefusals[linkIndex][k];
    }

    public void close()
    {
        for (int i = 0; i < this.budgets.length; i++)
        {
            if (this.budgets[i] != null)
            {
                this.budgets[i].close();
                for (TimeWeightedLevel level : this.classInUse[i])
                {
                    level.close();
                }
            }
        }
    }
}
