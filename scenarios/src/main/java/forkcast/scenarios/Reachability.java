package forkcast.scenarios;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.network.LinkConfig;
import forkcast.models.network.SiteGraph;
import forkcast.models.recording.CubeConfig;
import forkcast.models.recording.RouteListConfig;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.calls.RecordingOption;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.TrunkConfig;

/** Every stream a run will place must have a path over the links: checked before a run, with locations. */
final class Reachability
{
    private final SpecChecks c;

    Reachability(final SpecChecks checks)
    {
        this.c = checks;
    }

    /** Every stream a run will place must have a path over the links. */
    void checkReachability(final List<String> sites, final List<LinkConfig> links,
            final List<GatewayConfig> gateways, final List<RecorderConfig> recorders, final List<CubeConfig> cubes,
            final List<TrunkConfig> trunks, final List<RouteListConfig> routeLists,
            final List<RecordingProfileConfig> profiles, final List<AgentGroupConfig> groups,
            final List<TrafficConfig> traffic)
    {
        SiteGraph graph = new SiteGraph(sites, links);
        Map<String, String> siteOf = new HashMap<>();
        gateways.forEach(g -> siteOf.put("gateway " + g.id(), g.site()));
        recorders.forEach(r -> siteOf.put("recorder " + r.id(), r.site()));
        cubes.forEach(cube -> siteOf.put("CUBE " + cube.id(), cube.site()));
        for (int i = 0; i < cubes.size(); i++)
        {
            CubeConfig cube = cubes.get(i);
            for (int k = 0; k < cube.forkTo().size(); k++)
            {
                String r = "recorder " + cube.forkTo().get(k);
                if (!graph.connected(cube.site(), siteOf.get(r)))
                {
                    this.c.error("/cubes/" + i + "/forkTo/" + k, "CUBE " + cube.id() + " cannot reach " + r
                            + ": no links join site '" + cube.site() + "' to site '" + siteOf.get(r) + "'");
                }
            }
        }
        Map<String, String> trunkDestination = new HashMap<>();
        trunks.forEach(t -> trunkDestination.put(t.id(), t.recorder() != null ? "recorder " + t.recorder()
                : "CUBE " + t.cube()));
        Map<String, List<String>> listTrunks = new HashMap<>();
        routeLists.forEach(l -> listTrunks.put(l.id(), l.trunks()));
        Map<String, List<String>> destinations = new HashMap<>();
        for (RecordingProfileConfig p : profiles)
        {
            List<String> route = p.trunk() != null ? List.of(p.trunk()) : listTrunks.get(p.routeList());
            destinations.put(p.id(), route.stream().map(trunkDestination::get).distinct().toList());
        }
        Map<String, AgentGroupConfig> groupById = new HashMap<>();
        for (int i = 0; i < groups.size(); i++)
        {
            AgentGroupConfig g = groups.get(i);
            groupById.put(g.id(), g);
            if (g.line().recording() != RecordingOption.DISABLED)
            {
                for (String destination : destinations.get(g.line().profile()))
                {
                    if (!graph.connected(g.site(), siteOf.get(destination)))
                    {
                        c.error("/agentGroups/" + i + "/line/profile", "recorded media cannot travel from site '"
                                + g.site() + "' to " + destination + " at site '" + siteOf.get(destination)
                                + "': no links join them");
                    }
                }
            }
        }
        Map<String, GatewayConfig> gatewayById = new HashMap<>();
        gateways.forEach(g -> gatewayById.put(g.id(), g));
        for (int i = 0; i < traffic.size(); i++)
        {
            TrafficConfig t = traffic.get(i);
            AgentGroupConfig group = groupById.get(t.group());
            if (!t.gateways().isEmpty())
            {
                String far = gatewayById.get(t.gateways().get(0)).site();
                if (!graph.connected(group.site(), far))
                {
                    c.error("/traffic/" + i + "/gateways/0", "the call's media cannot travel from site '" + group.site()
                            + "' to gateway " + t.gateways().get(0) + " at site '" + far + "': no links join them");
                }
            }
            if (group.line().recording() == RecordingOption.DISABLED)
            {
                continue;
            }
            for (int k = 0; k < t.gateways().size(); k++)
            {
                GatewayConfig gateway = gatewayById.get(t.gateways().get(k));
                for (String destination : destinations.get(group.line().profile()))
                {
                    if (gateway.canFork() && !graph.connected(gateway.site(), siteOf.get(destination)))
                    {
                        c.error("/traffic/" + i + "/gateways/" + k, "gateway " + gateway.id() + " can fork recorded media"
                                + " but no links join its site '" + gateway.site() + "' to " + destination);
                    }
                }
            }
        }
    }

    // ---- small helpers -------------------------------------------------------------------------------------------
}
