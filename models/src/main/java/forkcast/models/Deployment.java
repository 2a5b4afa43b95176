package forkcast.models;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.cucm.NodeConfig;
import forkcast.models.media.Codec;
import forkcast.models.network.DeductionClass;
import forkcast.models.network.LinkConfig;
import forkcast.models.recording.CubeConfig;
import forkcast.models.recording.DownWindow;
import forkcast.models.recording.MtpPoolConfig;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.RouteListConfig;
import forkcast.models.calls.RecordingOption;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.TrunkConfig;
import forkcast.sim.Rating;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * One deployment, fully resolved: every element's configuration. The constructor checks that references resolve (the
 * scenario layer reports the same problems earlier, with file positions; this is the model's own guard).
 * {@code busyHourShare} is the busy hour's share of a day's calls, used for storage per day when a run is shorter
 * than a day ({@link forkcast.models.recording.StoragePerDay}); empty when not declared.
 */
@RecordBuilder
// The builder is DeploymentDraft, not DeploymentBuilder: forkcast.scenarios.DeploymentBuilder makes a Deployment from
// a scenario. Options given here replace the module's (models/pom.xml) for this record: those that matter are repeated.
@RecordBuilder.Options(suffix = "Draft", enableWither = false, addStaticBuilder = false, enableGetters = false)
public record Deployment(String name, ClusterConfig cluster, List<String> sites, List<LinkConfig> links,
        List<GatewayConfig> gateways, List<RecorderConfig> recorders, List<CubeConfig> cubes,
        List<MtpPoolConfig> mtpPools, List<TrunkConfig> trunks, List<RouteListConfig> routeLists,
        List<RecordingProfileConfig> profiles, List<AgentGroupConfig> groups, List<TrafficConfig> traffic,
        List<LinkOutage> linkOutages, List<NodeOutage> nodeOutages, OptionalDouble busyHourShare)
{
    /** A failure window on a link. */
    public record LinkOutage(String link, DownWindow window)
    {
    }

    /** A failure window on a cluster node: its phones register to their backup node meanwhile. */
    public record NodeOutage(String node, DownWindow window)
    {
    }

    /**
     * @return a builder for a deployment named {@code name} on {@code cluster}, with every element list empty and no
     *         busy-hour share
     */
    public static DeploymentDraft builder(final String name, final ClusterConfig cluster)
    {
        return DeploymentDraft.builder().name(name).cluster(cluster).sites(List.of()).links(List.of())
                .gateways(List.of()).recorders(List.of()).cubes(List.of()).mtpPools(List.of()).trunks(List.of())
                .routeLists(List.of()).profiles(List.of()).groups(List.of()).traffic(List.of()).linkOutages(List.of())
                .nodeOutages(List.of());
    }

    /** @return a builder holding this deployment's parts, to change some of them */
    public DeploymentDraft toBuilder()
    {
        return DeploymentDraft.builder(this);
    }

    public Deployment
    {
        cubes = List.copyOf(cubes);
        mtpPools = List.copyOf(mtpPools);
        routeLists = List.copyOf(routeLists);
        linkOutages = List.copyOf(linkOutages);
        nodeOutages = List.copyOf(nodeOutages);
        if (busyHourShare.isPresent() && !(busyHourShare.getAsDouble() > 0 && busyHourShare.getAsDouble() <= 1))
        {
            throw new IllegalArgumentException("busyHourShare must be in (0, 1]");
        }
        sites = List.copyOf(sites);
        links = List.copyOf(links);
        gateways = List.copyOf(gateways);
        recorders = List.copyOf(recorders);
        trunks = List.copyOf(trunks);
        profiles = List.copyOf(profiles);
        groups = List.copyOf(groups);
        traffic = List.copyOf(traffic);
        Set<String> siteIds = unique("site", sites);
        for (LinkConfig l : links)
        {
            need(siteIds, l.siteA(), "link " + l.id() + " site");
            need(siteIds, l.siteB(), "link " + l.id() + " site");
        }
        gateways.forEach(g -> need(siteIds, g.site(), "gateway " + g.id() + " site"));
        recorders.forEach(r -> need(siteIds, r.site(), "recorder " + r.id() + " site"));
        Set<String> recorderIds = unique("recorder", recorders.stream().map(RecorderConfig::id).toList());
        cubes.forEach(c -> need(siteIds, c.site(), "CUBE " + c.id() + " site"));
        cubes.forEach(c -> c.forkTo().forEach(r -> need(recorderIds, r, "CUBE " + c.id() + " fork target")));
        Set<String> cubeIds = unique("CUBE", cubes.stream().map(CubeConfig::id).toList());
        mtpPools.forEach(m -> need(siteIds, m.site(), "MTP pool " + m.id() + " site"));
        Set<String> poolIds = unique("MTP pool", mtpPools.stream().map(MtpPoolConfig::id).toList());
        for (TrunkConfig t : trunks)
        {
            boolean toRecorder = t.recorder() != null;
            need(toRecorder ? recorderIds : cubeIds, toRecorder ? t.recorder() : t.cube(),
                    "trunk " + t.id() + " destination");
            if (t.mtpPool() != null)
            {
                need(poolIds, t.mtpPool(), "trunk " + t.id() + " MTP pool");
            }
        }
        Set<String> trunkIds = unique("trunk", trunks.stream().map(TrunkConfig::id).toList());
        routeLists.forEach(l -> l.trunks().forEach(t -> need(trunkIds, t, "route list " + l.id() + " trunk")));
        Set<String> listIds = unique("route list", routeLists.stream().map(RouteListConfig::id).toList());
        for (RecordingProfileConfig p : profiles)
        {
            boolean toTrunk = p.trunk() != null;
            need(toTrunk ? trunkIds : listIds, toTrunk ? p.trunk() : p.routeList(),
                    "recording profile " + p.id() + (toTrunk ? " trunk" : " route list"));
        }
        Set<String> linkIds = unique("link", links.stream().map(LinkConfig::id).toList());
        linkOutages.forEach(o -> need(linkIds, o.link(), "link failure"));
        Set<String> profileIds = unique("recording profile", profiles.stream().map(RecordingProfileConfig::id).toList());
        Set<String> gatewayIds = unique("gateway", gateways.stream().map(GatewayConfig::id).toList());
        for (AgentGroupConfig g : groups)
        {
            need(siteIds, g.site(), "agent group " + g.id() + " site");
            if (g.line().recording() != RecordingOption.DISABLED)
            {
                need(profileIds, g.line().profile(), "agent group " + g.id() + " recording profile");
            }
        }
        checkNodes(cluster, groups, nodeOutages);
        Set<String> groupIds = unique("agent group", groups.stream().map(AgentGroupConfig::id).toList());
        unique("traffic", traffic.stream().map(TrafficConfig::id).toList());
        for (TrafficConfig t : traffic)
        {
            need(groupIds, t.group(), "traffic " + t.id() + " group");
            t.gateways().forEach(g -> need(gatewayIds, g, "traffic " + t.id() + " gateway"));
        }
    }

    /** Nodes: unique ids; groups homed on call-processing nodes (all or none); failures of known nodes. */
    private static void checkNodes(final ClusterConfig cluster, final List<AgentGroupConfig> groups,
            final List<NodeOutage> nodeOutages)
    {
        Set<String> nodeIds = unique("node", cluster.nodes().stream().map(NodeConfig::id).toList());
        Set<String> callProcessing = new HashSet<>();
        cluster.nodes().stream().filter(n -> n.role().callProcessing()).forEach(n -> callProcessing.add(n.id()));
        nodeOutages.forEach(o -> need(nodeIds, o.node(), "node failure"));
        if (nodeIds.isEmpty())
        {
            for (AgentGroupConfig g : groups)
            {
                if (g.node() != null || g.backupNode() != null)
                {
                    throw new IllegalArgumentException("agent group " + g.id() + " names a node but the cluster has none");
                }
            }
            return;
        }
        if (callProcessing.isEmpty() || cluster.nodes().stream().noneMatch(n -> n.role().ctiManager()))
        {
            throw new IllegalArgumentException("the cluster needs a call-processing node and a CTI Manager node");
        }
        for (AgentGroupConfig g : groups)
        {
            need(callProcessing, g.node(), "agent group " + g.id() + " call-processing node");
            if (g.backupNode() != null)
            {
                need(callProcessing, g.backupNode(), "agent group " + g.id() + " backup call-processing node");
            }
        }
    }

    private static Set<String> unique(final String what, final List<String> ids)
    {
        Set<String> set = new HashSet<>();
        for (String id : ids)
        {
            if (!set.add(id))
            {
                throw new IllegalArgumentException("duplicate " + what + " id " + id);
            }
        }
        return set;
    }

    private static void need(final Set<String> ids, final String id, final String what)
    {
        if (!ids.contains(id))
        {
            throw new IllegalArgumentException(what + " '" + id + "' does not exist");
        }
    }

    /**
     * @return every rated capacity with the metric to compare against it, in a stable order (see {@link Ratings}: a
     *         new kind of rated element is one more entry there)
     */
    public List<Rating> ratings()
    {
        return Ratings.of(this);
    }

    /**
     * R10: whether a CUBE forks to recorder {@code recorderId}: only such a recorder counts the copies forked to it
     * (its element type {@link forkcast.models.metrics.ElementTypes#FORKED_RECORDER}), and its bill line is grossed up
     * by those it refused.
     */
    public boolean cubeForksTo(final String recorderId)
    {
        return this.cubes.stream().anyMatch(c -> c.forkTo().contains(recorderId));
    }

    /**
     * F7: the deduction classes locations CAC can meet: those of every codec the traffic streams use and of the
     * conference bridge's codec (R34), one per deduction, in that order.
     */
    public List<DeductionClass> cacClasses()
    {
        List<Codec> codecs = new ArrayList<>();
        this.traffic.forEach(t -> t.codecs().forEach(c -> codecs.add(c.codec())));
        if (this.cluster.conferenceCodec() != null)
        {
            codecs.add(this.cluster.conferenceCodec());
        }
        return DeductionClass.of(codecs);
    }
}
