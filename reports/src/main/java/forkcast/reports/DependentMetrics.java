package forkcast.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import forkcast.models.metrics.CallMetrics;
import forkcast.models.metrics.ClusterMetrics;
import forkcast.models.metrics.ElementMetrics;
import forkcast.models.metrics.LinkMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.sim.ExperimentResults;
import forkcast.sim.metrics.Metric;
import forkcast.sim.metrics.MetricDescriptor;

/**
 * The metrics a varied scenario value acts on, so that a sweep charts what answers its question: a link's size moves
 * that link's utilisation and peak; a recorder's, trunk's, CUBE's or MTP pool's capacity moves its occupancy and the
 * recording blocking and coverage; a gateway's channels move its occupancy and the calls blocked there; an agent
 * group's agents move the calls blocked at agents and abandoned; anything else (traffic, the growth factor, cluster
 * settings) moves the recording outcome and the load on the cluster and on every link.
 */
final class DependentMetrics
{
    private static final List<String> RECORDING_OUTCOME = List.of(RecordingMetrics.BLOCKING_PROBABILITY.of().name(),
            RecordingMetrics.COVERAGE.of().name());

    private DependentMetrics()
    {
    }

    /**
     * @param members the concrete paths varied (e.g. {@code links.wan-1.mbps}, {@code recorders.rec-a.maxStreams})
     * @param results a point's results, for the metrics the scenario has
     * @return metric names, each once, in a stable order: per member, its element's metrics, then the outcome
     */
    static List<String> of(final List<String> members, final ExperimentResults results)
    {
        Set<String> names = new LinkedHashSet<>();
        for (String member : members)
        {
            String[] segments = member.split("\\.");
            String list = segments[0];
            String id = segments.length > 2 ? segments[1] : null;
            switch (list)
            {
                case "links" -> add(names, results, id, LinkMetrics.UTILIZATION, LinkMetrics.MBPS_PEAK);
                case "recorders" -> add(names, results, id, ElementMetrics.RECORDER_STREAMS.peak(),
                        ElementMetrics.RECORDER_SETUP.utilisation());
                case "trunks" -> add(names, results, id, ElementMetrics.TRUNK_DIALOGS.peak());
                case "cubes" -> add(names, results, id, ElementMetrics.CUBE_SESSIONS.peak(),
                        ElementMetrics.CUBE_SETUP.utilisation());
                case "mtpPools" -> add(names, results, id, ElementMetrics.MTPS_IN_USE.peak());
                case "gateways" ->
                {
                    add(names, results, id, ElementMetrics.GATEWAY_CHANNELS.peak());
                    names.add(CallMetrics.BLOCKED_AT_GATEWAY.total().of().name());
                }
                case "agentGroups" ->
                {
                    names.add(CallMetrics.BLOCKED_AT_AGENTS.total().of().name());
                    names.add(CallMetrics.ABANDONED.total().of().name());
                }
                default ->
                {
                    names.add(ClusterMetrics.BHCC_UTILIZATION.of().name());
                    names.add(ClusterMetrics.CTI_UTILIZATION.of().name());
                    add(names, results, null, LinkMetrics.UTILIZATION);
                }
            }
            if (!list.equals("links") && !list.equals("gateways") && !list.equals("agentGroups"))
            {
                names.addAll(RECORDING_OUTCOME);
            }
        }
        List<String> present = new ArrayList<>();
        for (String name : names)
        {
            if (results.summaries().containsKey(name))
            {
                present.add(name);
            }
        }
        return present;
    }

    /** Add the scenario's metrics of these kinds for element {@code id} (every element when null). */
    private static void add(final Set<String> names, final ExperimentResults results, final String id,
            final MetricDescriptor... kinds)
    {
        for (MetricDescriptor kind : kinds)
        {
            for (Metric m : results.metrics().values())
            {
                if (m.is(kind) && (id == null || id.equals(m.element())))
                {
                    names.add(m.name());
                }
            }
        }
    }
}
