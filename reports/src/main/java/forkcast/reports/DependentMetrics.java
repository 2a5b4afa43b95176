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
 * that link's utilisation and peak; its locations-CAC budget the deductions admitted, the calls and recording calls
 * refused, the recording outcome and the media on the links (what it admits crosses them); a recorder's, trunk's,
 * CUBE's or MTP pool's capacity moves its occupancy (a recorder's storage too), the recording blocking and coverage,
 * the forked streams' bandwidth on every link with the links' utilisation (each session admitted sends its streams to
 * the recorder), and every recorder's and CUBE's set-up rate (a route list or CUBE sends what one refuses to another);
 * a gateway's channels move its blocking, its occupancy, the calls blocked there, the recording outcome and the links
 * (each call admitted is one more on the links and to record); an agent group's agents (or queue) move the calls
 * blocked at agents and abandoned, while its line or phone settings (the media source, the recording mode) and a
 * recording profile move the recording outcome and the forked bandwidth on the links; anything else (traffic, the
 * growth factor, cluster settings) moves the recording outcome and the load on the cluster and on every link.
 */
final class DependentMetrics
{
    private static final List<String> RECORDING_OUTCOME = List.of(RecordingMetrics.BLOCKING_PROBABILITY.of().name(),
            RecordingMetrics.COVERAGE.of().name());

    /** The sections of an agent group that say how its calls are recorded, not how many are answered. */
    private static final Set<String> RECORDING_SETTINGS = Set.of("line", "phone", "selective", "monitoring");

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
                case "links" ->
                {
                    if (member.endsWith(".cacKbps"))
                    {
                        // F7: the budget admits or refuses calls and recording calls, and what it admits puts its
                        // media on the links (a refused call carries none)
                        add(names, results, id, LinkMetrics.CAC_KBPS.peak(), LinkMetrics.CAC_REFUSALS.total());
                        names.add(CallMetrics.BLOCKED_BY_CAC.total().of().name());
                        recording(names, results);
                    }
                    else
                    {
                        add(names, results, id, LinkMetrics.UTILIZATION, LinkMetrics.MBPS_PEAK,
                                LinkMetrics.FORK_MBPS_PEAK);
                    }
                }
                case "recorders" -> add(names, results, id, ElementMetrics.RECORDER_STREAMS.peak(),
                        ElementMetrics.RECORDER_SETUP.utilisation(), ElementMetrics.RECORDER_STORAGE);
                case "trunks" -> add(names, results, id, ElementMetrics.TRUNK_DIALOGS.peak());
                case "cubes" -> add(names, results, id, ElementMetrics.CUBE_SESSIONS.peak(),
                        ElementMetrics.CUBE_SETUP.utilisation());
                case "mtpPools" -> add(names, results, id, ElementMetrics.MTPS_IN_USE.peak());
                case "gateways" ->
                {
                    add(names, results, id, ElementMetrics.GATEWAY_BLOCKING, ElementMetrics.GATEWAY_CHANNELS.peak());
                    names.add(CallMetrics.BLOCKED_AT_GATEWAY.total().of().name());
                    // a call admitted is one more on the links, and one more to record
                    recording(names, results);
                }
                case "agentGroups" ->
                {
                    if (segments.length > 3 && RECORDING_SETTINGS.contains(segments[2]))
                    {
                        recording(names, results);
                    }
                    else
                    {
                        names.add(CallMetrics.BLOCKED_AT_AGENTS.total().of().name());
                        names.add(CallMetrics.ABANDONED.total().of().name());
                    }
                }
                case "recordingProfiles" -> recording(names, results);
                default ->
                {
                    names.add(ClusterMetrics.BHCC_UTILIZATION.of().name());
                    names.add(ClusterMetrics.CTI_UTILIZATION.of().name());
                    add(names, results, null, LinkMetrics.UTILIZATION);
                }
            }
            if (List.of("recorders", "trunks", "cubes", "mtpPools").contains(list))
            {
                // a session admitted is one more recorded: its streams cross the links to the recorder; and what one
                // element admits or refuses moves the set-ups of the others a route list or CUBE sends them to
                recording(names, results);
                add(names, results, null, ElementMetrics.RECORDER_SETUP.utilisation(),
                        ElementMetrics.CUBE_SETUP.utilisation());
            }
            else if (!List.of("links", "gateways", "agentGroups", "recordingProfiles").contains(list))
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

    /**
     * What recording settings move (how a group's calls are recorded, a recording profile): the recording outcome, and
     * the forked streams' bandwidth on every link with the links' utilisation (a media source decides which
     * streams cross the WAN).
     */
    private static void recording(final Set<String> names, final ExperimentResults results)
    {
        names.addAll(RECORDING_OUTCOME);
        add(names, results, null, LinkMetrics.FORK_MBPS_PEAK, LinkMetrics.UTILIZATION);
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
