package forkcast.models;

import forkcast.models.metrics.LinkMetrics;
import forkcast.models.network.Direction;
import forkcast.models.network.LinkConfig;
import forkcast.models.network.LocationsCac;
import forkcast.models.network.LinkLoad;
import forkcast.sim.CountedResource;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.Percentiles;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * Publishes a link's figures against {@link LinkMetrics}: for the busier direction, mean and peak of all media and of
 * the forked part (SPEC section 5); per direction, mean, peak and 95th percentile of the interval means; utilisation
 * (busier peak ÷ capacity) and the intervals whose mean exceeded the capacity in either direction.
 */
final class LinkFigures
{
    private static final double MBPS = 1e6;
    private static final double KBPS = 1e3;

    private LinkFigures()
    {
    }

    static void publish(final ReplicationOutput out, final LinkLoad load)
    {
        String id = load.config().id();
        double capacity = load.config().mbps();
        out.put(LinkMetrics.MBPS_MEAN.of(id), busier(load, false, true) / MBPS);
        out.put(LinkMetrics.MBPS_PEAK.of(id), busier(load, false, false) / MBPS);
        out.put(LinkMetrics.FORK_MBPS_MEAN.of(id), busier(load, true, true) / MBPS);
        out.put(LinkMetrics.FORK_MBPS_PEAK.of(id), busier(load, true, false) / MBPS);
        out.put(LinkMetrics.UTILIZATION.of(id), busier(load, false, false) / MBPS / capacity);
        int over = 0;
        double[][] means = new double[2][];
        for (Direction d : Direction.values())
        {
            means[d.ordinal()] = megabits(load.all(d).intervalMeans());
        }
        for (int i = 0; i < means[0].length; i++)
        {
            over += means[0][i] > capacity || means[1][i] > capacity ? 1 : 0;
        }
        out.put(LinkMetrics.INTERVALS_OVER_CAPACITY.of(id), over);
        for (Direction d : Direction.values())
        {
            String to = d == Direction.A_TO_B ? load.config().siteB() : load.config().siteA();
            double[] all = means[d.ordinal()];
            double[] fork = megabits(load.fork(d).intervalMeans());
            out.put(LinkMetrics.TOWARD_MBPS_MEAN.of(id, to), load.all(d).mean() / MBPS);
            out.put(LinkMetrics.TOWARD_MBPS_PEAK.of(id, to), load.all(d).peak() / MBPS);
            out.put(LinkMetrics.TOWARD_MBPS_P95.of(id, to), Percentiles.of(all, 95));
            out.put(LinkMetrics.TOWARD_FORK_MBPS_MEAN.of(id, to), load.fork(d).mean() / MBPS);
            out.put(LinkMetrics.TOWARD_FORK_MBPS_P95.of(id, to), Percentiles.of(fork, 95));
            out.putSeries(LinkMetrics.TOWARD_MBPS.of(id, to), all);
            out.putSeries(LinkMetrics.TOWARD_FORK_MBPS.of(id, to), fork);
        }
    }

    /**
     * F7: the link's locations-CAC budget in use (kbit/s, mean and peak), its requests, refusals and their ratio, and
     * per deduction class the calls in use, requests and refusals per interval, when it has a budget.
     */
    static void publishCac(final ReplicationOutput out, final LinkConfig link, final LocationsCac cac,
            final int linkIndex)
    {
        CountedResource<CountedResource.Refusal> budget = cac.budget(linkIndex);
        if (budget == null)
        {
            return;
        }
        out.put(LinkMetrics.CAC_KBPS, budget.level(), KBPS, link.id());
        out.put(LinkMetrics.CAC_REFUSALS, cac.refusals(linkIndex), link.id());
        out.put(LinkMetrics.CAC_REQUESTS, cac.requests(linkIndex), link.id());
        out.put(LinkMetrics.CAC_BLOCKING.of(link.id()),
                RecordingFigures.ratio(cac.refusals(linkIndex).total(), cac.requests(linkIndex).total()));
        for (int k = 0; k < cac.classes().size(); k++)
        {
            String codec = cac.classes().get(k).name();
            out.putSeries(LinkMetrics.CAC_CLASS_ERLANGS.of(link.id(), codec), cac.inUse(linkIndex, k).intervalMeans());
            out.putSeries(LinkMetrics.CAC_CLASS_REQUESTS.of(link.id(), codec),
                    cac.requests(linkIndex, k).perInterval());
            out.putSeries(LinkMetrics.CAC_CLASS_REFUSALS.of(link.id(), codec),
                    cac.refusals(linkIndex, k).perInterval());
        }
    }

    private static double busier(final LinkLoad load, final boolean fork, final boolean mean)
    {
        double best = 0;
        for (Direction d : Direction.values())
        {
            TimeWeightedLevel level = fork ? load.fork(d) : load.all(d);
            best = Math.max(best, mean ? level.mean() : level.peak());
        }
        return best;
    }

    private static double[] megabits(final double[] bitsPerSecond)
    {
        double[] result = bitsPerSecond.clone();
        for (int i = 0; i < result.length; i++)
        {
            result[i] /= MBPS;
        }
        return result;
    }
}
