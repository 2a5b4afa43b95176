package forkcast.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import forkcast.models.Deployment;
import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.cucm.NodeConfig;
import forkcast.models.cucm.NodeRole;
import forkcast.models.recording.DownWindow;
import forkcast.scenarios.spec.AgentGroupSpec;
import forkcast.scenarios.spec.ClusterSpec;
import forkcast.scenarios.spec.NodeSpec;

/**
 * {@code cluster.nodes} and where agent groups' phones register ({@code agentGroups[].node}, {@code backupNode}),
 * checked. Defaults: role {@code both}; platform {@link Catalog#DEFAULT_CUCM_PLATFORM}; a node's CTI device and line
 * limits from its platform; its BHCC rating the cluster's {@code bhccRating} shared equally by the call-processing
 * nodes (an assumption: no per-node rating is published for an OVA); no CTI ports or route points; the cluster's CTI
 * limits the smallest cluster maximum of its nodes' platforms; a group's node the first call-processing node, no
 * backup. Without nodes the cluster is one box and no group may name a node.
 */
final class NodeSpecs
{
    private final SpecChecks c;
    private final List<Deployment.NodeOutage> outages = new ArrayList<>();
    /** Whether the cluster declares nodes, valid or not (or gives a list the binding refused). */
    private boolean declaresNodes;

    NodeSpecs(final SpecChecks checks)
    {
        this.c = checks;
    }

    /** @return the cluster with its nodes and its CTI limits */
    ClusterConfig nodes(final ClusterConfig cluster, final ClusterSpec spec, final Set<String> sites)
    {
        List<NodeSpec> specs = spec == null ? null : spec.nodes();
        this.c.listedAt("node", "/cluster/nodes");
        int count = this.c.size(specs, "/cluster/nodes");
        this.declaresNodes = specs != null && !specs.isEmpty() || this.c.refused("/cluster/nodes");
        if (count == 0)
        {
            if (spec != null && (spec.ctiDevices() != null || spec.ctiLines() != null))
            {
                this.c.errorAtKey(spec.ctiDevices() != null ? "/cluster/ctiDevices" : "/cluster/ctiLines",
                        "the cluster's CTI limits are held against its nodes: declare cluster.nodes");
            }
            return cluster;
        }
        long callProcessing = specs.stream().filter(n -> role(n.role()) == null || role(n.role()).callProcessing())
                .count();
        List<NodeConfig> nodes = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        int clusterDevices = Integer.MAX_VALUE;
        int clusterLines = Integer.MAX_VALUE;
        for (int i = 0; i < count; i++)
        {
            String at = "/cluster/nodes/" + i;
            NodeSpec n = specs.get(i);
            String id = this.c.id(n.id(), at, "node", seen);
            NodeRole role = n.role() == null ? NodeRole.BOTH : this.c.choice(n.role(), NodeRole.class, at + "/role",
                    "role");
            String platformName = n.platform() == null ? Catalog.DEFAULT_CUCM_PLATFORM : n.platform();
            Catalog.CucmPlatform platform = this.c.catalog().cucmPlatform(platformName);
            if (platform == null)
            {
                this.c.error(at + "/platform", "unknown CUCM platform '" + n.platform() + "'; the catalog has "
                        + String.join(", ", this.c.catalog().cucmPlatforms().keySet()));
            }
            if (n.site() != null)
            {
                this.c.site(n.site(), at + "/site", sites);
            }
            boolean ctiManager = role != null && role.ctiManager();
            if (role != null && !ctiManager && (n.ctiPorts() != null || n.ctiRoutePoints() != null))
            {
                this.c.errorAtKey(at + (n.ctiPorts() != null ? "/ctiPorts" : "/ctiRoutePoints"),
                        "CTI ports and route points are opened through a CTI Manager: role must be cti-manager or both");
                role = null;
            }
            for (DownWindow w : this.c.down(n.down(), at + "/down"))
            {
                if (id != null)
                {
                    this.outages.add(new Deployment.NodeOutage(id, w));
                }
            }
            if (id == null || role == null || platform == null)
            {
                continue;
            }
            clusterDevices = Math.min(clusterDevices, platform.ctiDevicesPerCluster());
            clusterLines = Math.min(clusterLines, platform.ctiLinesPerCluster());
            nodes.add(new NodeConfig(id, role,
                    n.bhccRating() != null ? n.bhccRating() : cluster.bhccRating() / Math.max(1, callProcessing),
                    n.ctiDevices() != null ? n.ctiDevices() : platform.ctiDevicesPerNode(),
                    n.ctiLines() != null ? n.ctiLines() : platform.ctiLinesPerNode(),
                    n.ctiPorts() == null ? 0 : n.ctiPorts(), n.ctiRoutePoints() == null ? 0 : n.ctiRoutePoints(),
                    n.site()));
        }
        if (callProcessing == 0)
        {
            this.c.error("/cluster/nodes", "no node runs call processing: give one role call-processing or both");
        }
        if (specs.stream().noneMatch(n -> role(n.role()) == null || role(n.role()).ctiManager()))
        {
            this.c.error("/cluster/nodes", "no node runs CTI Manager: give one role cti-manager or both");
        }
        return cluster.toBuilder().nodes(nodes)
                .ctiDevices(spec.ctiDevices() != null ? spec.ctiDevices() : clusterDevices)
                .ctiLines(spec.ctiLines() != null ? spec.ctiLines() : clusterLines).build();
    }

    /** @return the role a node's text names, or null for none or an unknown word (reported by {@link #nodes}) */
    private static NodeRole role(final String text)
    {
        if (text == null)
        {
            return null;
        }
        for (NodeRole r : NodeRole.values())
        {
            if (r.name().replace('_', '-').equalsIgnoreCase(text))
            {
                return r;
            }
        }
        return null;
    }

    /** @return the groups, each registered to its node and backup node (defaults: the first call-processing node) */
    List<AgentGroupConfig> home(final List<AgentGroupSpec> specs, final List<AgentGroupConfig> groups,
            final ClusterConfig cluster)
    {
        Set<String> all = new LinkedHashSet<>();
        Set<String> callProcessing = new LinkedHashSet<>();
        for (NodeConfig n : cluster.nodes())
        {
            all.add(n.id());
            if (n.role().callProcessing())
            {
                callProcessing.add(n.id());
            }
        }
        List<AgentGroupConfig> homed = new ArrayList<>();
        for (AgentGroupConfig g : groups)
        {
            int i = indexOf(specs, g.id());
            AgentGroupSpec s = specs.get(i);
            String at = "/agentGroups/" + i;
            if (cluster.nodes().isEmpty())
            {
                // nodes declared but each with an error of its own: where the group registers cannot be judged
                if (!this.declaresNodes && (s.node() != null || s.backupNode() != null))
                {
                    this.c.errorAtKey(at + (s.node() != null ? "/node" : "/backupNode"),
                            "the cluster declares no nodes: add cluster.nodes or leave out node and backupNode");
                }
                homed.add(g);
                continue;
            }
            String node = s.node() == null ? callProcessing.stream().findFirst().orElse(null)
                    : check(s.node(), at + "/node", all, callProcessing);
            String backup = s.backupNode() == null ? null : check(s.backupNode(), at + "/backupNode", all, callProcessing);
            if (node != null && node.equals(backup))
            {
                this.c.error(at + "/backupNode", "backupNode '" + backup + "' is the group's own node");
            }
            homed.add(g.toBuilder().node(node).backupNode(backup).build());
        }
        return homed;
    }

    private String check(final String id, final String at, final Set<String> all, final Set<String> callProcessing)
    {
        if (!all.contains(id))
        {
            if (!this.c.declared(id, "node"))
            {
                this.c.error(at, "no node with id '" + id + "' in cluster.nodes" + SpecChecks.near(id, all));
            }
            return null;
        }
        if (!callProcessing.contains(id))
        {
            this.c.error(at, "node '" + id + "' runs only CTI Manager; phones register to call-processing or both");
            return null;
        }
        return id;
    }

    private static int indexOf(final List<AgentGroupSpec> specs, final String id)
    {
        for (int i = 0; i < specs.size(); i++)
        {
            if (id.equals(specs.get(i).id()))
            {
                return i;
            }
        }
        throw new IllegalStateException("agent group " + id + " has no spec");
    }

    /** @return the nodes' failure windows, gathered by {@link #nodes} */
    List<Deployment.NodeOutage> outages()
    {
        return this.outages;
    }
}
