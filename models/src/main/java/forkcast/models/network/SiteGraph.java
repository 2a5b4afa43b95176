package forkcast.models.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sites joined by links, with the route between every pair of sites computed once: breadth-first, fewest hops,
 * links tried in id order so that ties always resolve the same way. Two sites with no path between them have no
 * route ({@link #route} throws); scenario validation reports that before a run.
 */
public final class SiteGraph
{
    private final List<String> sites;
    private final List<LinkConfig> links;
    private final Map<String, Integer> siteIndex = new HashMap<>();
    private final Hop[][][] routes;

    public SiteGraph(final List<String> sites, final List<LinkConfig> links)
    {
        this.sites = List.copyOf(sites);
        this.links = List.copyOf(links);
        for (int i = 0; i < this.sites.size(); i++)
        {
            if (this.siteIndex.put(this.sites.get(i), i) != null)
            {
                throw new IllegalArgumentException("duplicate site " + this.sites.get(i));
            }
        }
        for (LinkConfig link : links)
        {
            index(link.siteA());
            index(link.siteB());
        }
        int n = this.sites.size();
        this.routes = new Hop[n][][];
        Integer[] order = new Integer[links.size()];
        for (int i = 0; i < order.length; i++)
        {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> links.get(i).id()));
        for (int from = 0; from < n; from++)
        {
            this.routes[from] = bfs(from, order);
        }
    }

    private Hop[][] bfs(final int from, final Integer[] linkOrder)
    {
        int n = this.sites.size();
        Hop[] via = new Hop[n];
        int[] previous = new int[n];
        boolean[] seen = new boolean[n];
        seen[from] = true;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty())
        {
            int at = queue.poll();
            for (int li : linkOrder)
            {
                LinkConfig link = this.links.get(li);
                int a = this.siteIndex.get(link.siteA());
                int b = this.siteIndex.get(link.siteB());
                int next = at == a ? b : at == b ? a : -1;
                if (next >= 0 && !seen[next])
                {
                    seen[next] = true;
                    previous[next] = at;
                    via[next] = new Hop(li, at == a ? Direction.A_TO_B : Direction.B_TO_A);
                    queue.add(next);
                }
            }
        }
        Hop[][] result = new Hop[n][];
        for (int to = 0; to < n; to++)
        {
            if (!seen[to])
            {
                continue;
            }
            List<Hop> hops = new ArrayList<>();
            for (int at = to; at != from; at = previous[at])
            {
                hops.add(0, via[at]);
            }
            result[to] = hops.toArray(new Hop[0]);
        }
        return result;
    }

    /** @return the index of a site */
    public int index(final String site)
    {
        Integer i = this.siteIndex.get(site);
        if (i == null)
        {
            throw new IllegalArgumentException("unknown site " + site);
        }
        return i;
    }

    /** @return true when a stream can travel from one site to the other */
    public boolean connected(final String from, final String to)
    {
        return this.routes[index(from)][index(to)] != null;
    }

    /** @return the hops from one site to another; empty for the same site */
    public Hop[] route(final int from, final int to)
    {
        Hop[] hops = this.routes[from][to];
        if (hops == null)
        {
            throw new IllegalStateException("no path from site " + this.sites.get(from) + " to " + this.sites.get(to));
        }
        return hops;
    }

    public List<LinkConfig> links()
    {
        return this.links;
    }

    public List<String> sites()
    {
        return this.sites;
    }
}
