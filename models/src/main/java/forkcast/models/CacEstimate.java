package forkcast.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.CallDirection;
import forkcast.models.calls.CodecShare;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.MediaSourcePreference;
import forkcast.models.calls.RecordingOption;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.network.Hop;
import forkcast.models.network.LinkConfig;
import forkcast.models.network.SiteGraph;
import forkcast.models.recording.CubeConfig;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.RouteListConfig;
import forkcast.models.recording.TrunkConfig;

/**
 * F7, before the run: each link's locations-CAC budget against the deduction the scenario's traffic offers it in the
 * busiest interval. An estimate, on purpose simple: per traffic stream, its offered load in Erlangs at the profile's
 * largest multiplier (rate × multiplier × mean holding time) times its mean codec deduction, on the links between the
 * agent's site and the far end; for a recorded line, twice that (two recording calls per session, each a two-way
 * call) times the recorded share, on the links between the media source's site (the phone, or the first gateway when
 * the line prefers the gateway) and the first trunk's destination of the line's recording profile. Holds, transfers,
 * conferences and both-ends recording are left out. A budget below the mean need refuses calls or recordings in most
 * busy intervals; a budget above it can still refuse some (Erlang-B).
 */
final class CacEstimate
{
    private CacEstimate()
    {
    }

    /** @return one warning per link whose budget is below its estimated need */
    static List<RuleFinding> check(final Deployment d)
    {
        List<RuleFinding> findings = new ArrayList<>();
        if (d.links().stream().noneMatch(LinkConfig::hasCac))
        {
            return findings;
        }
        SiteGraph graph = new SiteGraph(d.sites(), d.links());
        double[] need = new double[d.links().size()];
        Map<String, AgentGroupConfig> groups = new HashMap<>();
        d.groups().forEach(g -> groups.put(g.id(), g));
        Map<String, String> gatewaySite = new HashMap<>();
        for (GatewayConfig g : d.gateways())
        {
            gatewaySite.put(g.id(), g.site());
        }
        for (TrafficConfig t : d.traffic())
        {
            AgentGroupConfig group = groups.get(t.group());
            double peak = t.profile().length == 0 ? 1 : 0;
            for (double m : t.profile())
            {
                peak = Math.max(peak, m);
            }
            double erlangs = t.callsPerSecond() * peak * t.holdingTime().mean();
            double kbps = 0;
            for (CodecShare c : t.codecs())
            {
                kbps += c.share() * c.codec().cacBitsPerSecond() / 1000.0;
            }
            String far = t.callerGroup() != null ? groups.get(t.callerGroup()).site()
                    : t.direction() == CallDirection.INTERNAL || t.gateways().isEmpty() ? null
                            : gatewaySite.get(t.gateways().get(0));
            add(graph, need, group.site(), far, erlangs * kbps);
            if (group.line().recording() != RecordingOption.DISABLED)
            {
                double recorded = group.line().recording() == RecordingOption.SELECTIVE && group.selective() != null
                        ? group.selective().share() : 1.0;
                String source = group.line().mediaSource() == MediaSourcePreference.GATEWAY && !t.viaCvp()
                        && !t.gateways().isEmpty() ? gatewaySite.get(t.gateways().get(0)) : group.site();
                add(graph, need, source, destinationSite(d, group.line().profile()), 2 * erlangs * kbps * recorded);
            }
        }
        for (int i = 0; i < need.length; i++)
        {
            LinkConfig link = d.links().get(i);
            if (link.hasCac() && link.cacKbps() < need[i])
            {
                findings.add(RuleFinding.warning("F7", "links", link.id(), "cacKbps", String.format(Locale.ROOT,
                        "locations-CAC budget %.0f kbit/s is below the busiest interval's offered need of about %.0f"
                                + " kbit/s (an estimate: offered Erlangs at the largest profile multiplier x codec"
                                + " deduction, two per recorded call): many calls (calls.blocked.cac) or recordings"
                                + " (recording.failed.location-cac) will be refused",
                        link.cacKbps(), need[i])));
            }
        }
        return findings;
    }

    private static void add(final SiteGraph graph, final double[] need, final String from, final String to,
            final double kbps)
    {
        if (from == null || to == null || from.equals(to) || !graph.connected(from, to))
        {
            return;
        }
        for (Hop hop : graph.route(graph.index(from), graph.index(to)))
        {
            need[hop.linkIndex()] += kbps;
        }
    }

    /** @return the site of the first trunk's destination (recorder or CUBE) of a recording profile, or null */
    private static String destinationSite(final Deployment d, final String profileId)
    {
        RecordingProfileConfig profile = d.profiles().stream().filter(p -> p.id().equals(profileId)).findFirst()
                .orElse(null);
        if (profile == null)
        {
            return null;
        }
        String trunkId = profile.trunk();
        if (trunkId == null)
        {
            RouteListConfig list = d.routeLists().stream().filter(l -> l.id().equals(profile.routeList())).findFirst()
                    .orElse(null);
            if (list == null || list.trunks().isEmpty())
            {
                return null;
            }
            trunkId = list.trunks().get(0);
        }
        String id = trunkId;
        TrunkConfig trunk = d.trunks().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
        if (trunk == null)
        {
            return null;
        }
        if (trunk.recorder() != null)
        {
            return d.recorders().stream().filter(r -> r.id().equals(trunk.recorder())).map(RecorderConfig::site)
                    .findFirst().orElse(null);
        }
        return d.cubes().stream().filter(c -> c.id().equals(trunk.cube())).map(CubeConfig::site).findFirst()
                .orElse(null);
    }
}
