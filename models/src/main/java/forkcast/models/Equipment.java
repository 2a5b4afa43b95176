package forkcast.models;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.CallTrace;
import forkcast.models.calls.Gateway;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.calls.TrafficSource;
import forkcast.models.cucm.BhccAccount;
import forkcast.models.cucm.CallControl;
import forkcast.models.cucm.CtiAccount;
import forkcast.models.cucm.NodeConfig;
import forkcast.models.cucm.Registrations;
import forkcast.models.cucm.TonePlan;
import forkcast.models.network.MediaNetwork;
import forkcast.models.network.SiteGraph;
import forkcast.models.recording.CubeConfig;
import forkcast.models.recording.CubeMediaProxy;
import forkcast.models.recording.DownWindow;
import forkcast.models.recording.MtpPool;
import forkcast.models.recording.MtpPoolConfig;
import forkcast.models.recording.Recorder;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.RecordingOrchestrator;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.RecordingRoute;
import forkcast.models.recording.RouteList;
import forkcast.models.recording.RouteListConfig;
import forkcast.models.recording.SipTrunk;
import forkcast.models.recording.TrunkConfig;
import forkcast.sim.SimContext;

/**
 * A deployment's elements as built for one replication, wired together: gateways, recorders, CUBEs, MTP pools,
 * trunks, route lists, agent groups and traffic, then the cluster's accounts, recording and call control. Each kind
 * is built in the order of the configuration's list, so that outputs list elements in the order the scenario does.
 */
final class Equipment
{
    private final MediaNetwork network;
    private final Map<String, Gateway> gateways = new LinkedHashMap<>();
    private final Map<String, Recorder> recorders = new LinkedHashMap<>();
    private final Map<String, SipTrunk> trunks = new LinkedHashMap<>();
    private final Map<String, CubeMediaProxy> cubes = new LinkedHashMap<>();
    private final Map<String, MtpPool> mtpPools = new LinkedHashMap<>();
    private final Map<String, AgentGroup> groups = new LinkedHashMap<>();
    private final BhccAccount bhcc;
    private final CtiAccount cti;
    private final TonePlan tones;
    private final RecordingOrchestrator recording;
    private final CallControl callControl;

    /** @param trace receives every call's lifecycle events; null for none */
    Equipment(final Deployment deployment, final SimContext context, final CallTrace trace)
    {
        SiteGraph graph = new SiteGraph(deployment.sites(), deployment.links());
        this.network = new MediaNetwork(graph, deployment.cacClasses(), context.window());
        for (GatewayConfig g : deployment.gateways())
        {
            this.gateways.put(g.id(), new Gateway(g, graph.index(g.site()), context.window()));
        }
        for (RecorderConfig r : deployment.recorders())
        {
            this.recorders.put(r.id(), new Recorder(r, graph.index(r.site()), context.window()));
        }
        for (CubeConfig c : deployment.cubes())
        {
            List<Recorder> forkTo = c.forkTo().stream().map(this.recorders::get).toList();
            this.cubes.put(c.id(), new CubeMediaProxy(c, graph.index(c.site()), forkTo, context.window()));
        }
        for (MtpPoolConfig m : deployment.mtpPools())
        {
            this.mtpPools.put(m.id(), new MtpPool(m, context.window()));
        }
        for (TrunkConfig t : deployment.trunks())
        {
            this.trunks.put(t.id(), new SipTrunk(t, t.recorder() == null ? null : this.recorders.get(t.recorder()),
                    t.cube() == null ? null : this.cubes.get(t.cube()),
                    t.mtpPool() == null ? null : this.mtpPools.get(t.mtpPool()), context.window()));
        }
        for (AgentGroupConfig g : deployment.groups())
        {
            this.groups.put(g.id(),
                    new AgentGroup(g, graph.index(g.site()), deployment.cluster().builtInBridge(),
                            deployment.cluster().authenticatedPhoneRecording(), context.window()));
        }
        List<TrafficSource> sources = new ArrayList<>();
        for (TrafficConfig t : deployment.traffic())
        {
            List<Gateway> path = t.gateways().stream().map(this.gateways::get).toList();
            AgentGroup target = t.transfer() == null ? null : this.groups.get(t.transfer().to());
            AgentGroup caller = t.callerGroup() == null ? null : this.groups.get(t.callerGroup());
            sources.add(new TrafficSource(t, this.groups.get(t.group()), path, target, caller, context.streams()));
        }
        this.bhcc = new BhccAccount(context.window(), registrations(deployment));
        this.cti = new CtiAccount(deployment.cluster().ctiCosts(), context.window());
        this.tones = new TonePlan(deployment.cluster().tones(), trace, context.window());
        this.recording = new RecordingOrchestrator(context, routes(deployment), this.network, this.bhcc, this.cti,
                deployment.cluster().recordingSetupDelay(), trace, this.tones, List.copyOf(this.groups.values()));
        this.callControl = new CallControl(context, sources, this.network, this.bhcc, this.cti, this.recording, trace,
                deployment.cluster().conferenceCodec(), this.tones);
    }

    /** @return where each agent group's phones register, with the nodes' failure windows (none without nodes) */
    private Registrations registrations(final Deployment deployment)
    {
        List<NodeConfig> nodes = deployment.cluster().nodes();
        List<String> ids = nodes.stream().map(NodeConfig::id).toList();
        double[][] from = new double[nodes.size()][];
        double[][] until = new double[nodes.size()][];
        for (int n = 0; n < nodes.size(); n++)
        {
            String id = ids.get(n);
            List<DownWindow> windows = deployment.nodeOutages().stream().filter(o -> o.node().equals(id))
                    .map(Deployment.NodeOutage::window).toList();
            from[n] = windows.stream().mapToDouble(DownWindow::at).toArray();
            until[n] = windows.stream().mapToDouble(w -> w.at() + w.duration()).toArray();
        }
        Registrations registrations = new Registrations(from, until);
        for (AgentGroup g : this.groups.values())
        {
            if (g.config().node() != null)
            {
                registrations.register(g, ids.indexOf(g.config().node()),
                        g.config().backupNode() == null ? -1 : ids.indexOf(g.config().backupNode()));
            }
        }
        return registrations;
    }

    /** @return each recording profile's route: its trunk, or its route list of trunks */
    private Map<String, RecordingRoute> routes(final Deployment deployment)
    {
        Map<String, RouteList> routeLists = new LinkedHashMap<>();
        for (RouteListConfig l : deployment.routeLists())
        {
            routeLists.put(l.id(), new RouteList(l, l.trunks().stream().map(this.trunks::get).toArray(SipTrunk[]::new)));
        }
        Map<String, RecordingRoute> routeByProfile = new LinkedHashMap<>();
        for (RecordingProfileConfig p : deployment.profiles())
        {
            routeByProfile.put(p.id(), p.trunk() != null ? RecordingRoute.of(this.trunks.get(p.trunk()))
                    : RecordingRoute.of(routeLists.get(p.routeList())));
        }
        return routeByProfile;
    }

    /** Close every statistic at {@code end}, the end of the window, before the metrics are read. */
    void close(final double end)
    {
        this.callControl.close();
        this.recording.close();
        this.network.close();
        this.recorders.values().forEach(r -> r.close(end));
        this.trunks.values().forEach(SipTrunk::close);
        this.cubes.values().forEach(c -> c.close(end));
        this.mtpPools.values().forEach(MtpPool::close);
        this.gateways.values().forEach(Gateway::close);
        this.groups.values().forEach(AgentGroup::close);
    }

    MediaNetwork network()
    {
        return this.network;
    }

    Collection<Gateway> gateways()
    {
        return this.gateways.values();
    }

    Collection<Recorder> recorders()
    {
        return this.recorders.values();
    }

    Collection<SipTrunk> trunks()
    {
        return this.trunks.values();
    }

    Collection<CubeMediaProxy> cubes()
    {
        return this.cubes.values();
    }

    Collection<MtpPool> mtpPools()
    {
        return this.mtpPools.values();
    }

    Collection<AgentGroup> groups()
    {
        return this.groups.values();
    }

    BhccAccount bhcc()
    {
        return this.bhcc;
    }

    CtiAccount cti()
    {
        return this.cti;
    }

    TonePlan tones()
    {
        return this.tones;
    }

    RecordingOrchestrator recording()
    {
        return this.recording;
    }

    CallControl callControl()
    {
        return this.callControl;
    }

    /** @return calls waiting in the groups' queues now */
    int waitingCalls()
    {
        return this.groups.values().stream().mapToInt(AgentGroup::waitingCalls).sum();
    }
}
