package forkcast.models;

import static forkcast.sim.stats.PhysicalRange.NON_NEGATIVE;
import static forkcast.sim.stats.PhysicalRange.SHARE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.CallTrace;
import forkcast.models.calls.Gateway;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.calls.TrafficSource;
import forkcast.models.cucm.BhccAccount;
import forkcast.models.cucm.CallControl;
import forkcast.models.cucm.CallCounters;
import forkcast.models.cucm.CtiAccount;
import forkcast.models.cucm.TonePlan;
import forkcast.models.network.Direction;
import forkcast.models.network.LinkLoad;
import forkcast.models.network.MediaNetwork;
import forkcast.models.network.SiteGraph;
import forkcast.models.network.LinkConfig;
import forkcast.models.recording.CubeConfig;
import forkcast.models.recording.CubeMediaProxy;
import forkcast.models.recording.DownWindow;
import forkcast.models.recording.FailureWindows;
import forkcast.models.recording.Outage;
import forkcast.models.recording.SetupQueue;
import forkcast.models.recording.MtpPool;
import forkcast.models.recording.MtpPoolConfig;
import forkcast.models.recording.Recorder;
import forkcast.models.recording.RecordingRoute;
import forkcast.models.recording.RouteList;
import forkcast.models.recording.RouteListConfig;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.RecordingOrchestrator;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.RecordingStatistics;
import forkcast.models.recording.RejectReason;
import forkcast.models.recording.SipTrunk;
import forkcast.models.recording.TrunkConfig;
import forkcast.sim.ModelFactory;
import forkcast.sim.ReplicationModel;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.SimContext;
import forkcast.sim.stats.BusyHour;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.Percentiles;

import forkcast.sim.stats.TimeWeightedLevel;

/**
 * One replication of a deployment: builds the elements in a fixed order (the order of the configuration lists), runs
 * the calls, and writes the metrics of SPEC section 5.
 */
public final class RecordingModel implements ReplicationModel
{
    private static final double MBPS = 1e6;

    private final Deployment deployment;
    private final SimContext context;
    private final MediaNetwork network;
    private final Map<String, Gateway> gateways = new LinkedHashMap<>();
    private final Map<String, Recorder> recorders = new LinkedHashMap<>();
    private final Map<String, SipTrunk> trunks = new LinkedHashMap<>();
    private final Map<String, CubeMediaProxy> cubes = new LinkedHashMap<>();
    private final Map<String, MtpPool> mtpPools = new LinkedHashMap<>();
    private final Map<String, AgentGroup> groups = new LinkedHashMap<>();
    private final BhccAccount bhcc;
    private final CtiAccount cti;
    private final RecordingOrchestrator recording;
    private final TonePlan tones;
    private final CallControl callControl;

    public RecordingModel(final Deployment deployment, final SimContext context)
    {
        this(deployment, context, null);
    }

    /**
     * @param trace receives every call's lifecycle events; null for none
     */
    public RecordingModel(final Deployment deployment, final SimContext context, final CallTrace trace)
    {
        this.deployment = deployment;
        this.context = context;
        SiteGraph graph = new SiteGraph(deployment.sites(), deployment.links());
        this.network = new MediaNetwork(graph, context.window());
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
        Map<String, RecordingRoute> routeByProfile = new LinkedHashMap<>();
        Map<String, RouteList> routeLists = new LinkedHashMap<>();
        for (RouteListConfig l : deployment.routeLists())
        {
            routeLists.put(l.id(), new RouteList(l, l.trunks().stream().map(this.trunks::get).toArray(SipTrunk[]::new)));
        }
        for (RecordingProfileConfig p : deployment.profiles())
        {
            routeByProfile.put(p.id(), p.trunk() != null ? RecordingRoute.of(this.trunks.get(p.trunk()))
                    : RecordingRoute.of(routeLists.get(p.routeList())));
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
        this.bhcc = new BhccAccount(context.window());
        this.cti = new CtiAccount(deployment.cluster().ctiCosts(), context.window());
        this.tones = new TonePlan(deployment.cluster().tones(), trace, context.window());
        this.recording = new RecordingOrchestrator(context, routeByProfile, this.network, this.bhcc, this.cti,
                deployment.cluster().recordingSetupDelay(), trace, this.tones, List.copyOf(this.groups.values()));
        this.callControl = new CallControl(context, sources, this.network, this.bhcc, this.cti, this.recording, trace,
                deployment.cluster().conferenceCodec(), this.tones);
    }

    /** @return a factory that builds this deployment afresh for each replication */
    public static ModelFactory factory(final Deployment deployment)
    {
        return context -> new RecordingModel(deployment, context);
    }

    @Override
    public void start()
    {
        FailureWindows failures = this.recording.failures();
        failures.monitor(this.trunks.values());
        for (Recorder r : this.recorders.values())
        {
            outages(failures, "recorder." + r.config().id(), r.config().down(), o -> failures.recorderDown(r, o));
        }
        for (CubeMediaProxy c : this.cubes.values())
        {
            outages(failures, "cube." + c.config().id(), c.config().down(), o -> failures.cubeDown(c, o));
        }
        for (SipTrunk t : this.trunks.values())
        {
            outages(failures, "trunk." + t.config().id(), t.config().down(), o -> failures.trunkDown(t, o));
        }
        List<LinkConfig> links = this.deployment.links();
        Map<String, Integer> windowsPerLink = new LinkedHashMap<>();
        for (Deployment.LinkOutage o : this.deployment.linkOutages())
        {
            int index = links.indexOf(links.stream().filter(l -> l.id().equals(o.link())).findFirst().orElseThrow());
            Outage outage = failures.outage("link." + o.link(), windowsPerLink.merge(o.link(), 1, Integer::sum));
            window(o.window(), outage, x -> failures.linkDown(index, x));
        }
        this.callControl.start();
    }

    /** Schedule each failure window's start and end; they run before the arrivals of the same instant. */
    private void outages(final FailureWindows failures, final String element, final List<DownWindow> windows,
            final Consumer<Outage> toggle)
    {
        for (int k = 0; k < windows.size(); k++)
        {
            window(windows.get(k), failures.outage(element, k + 1), toggle);
        }
    }

    /** The element is down ({@code toggle} gets the outage) from the window's start, up (null) at its end. */
    private void window(final DownWindow w, final Outage outage, final Consumer<Outage> toggle)
    {
        this.context.scheduleAt(w.at(), () -> toggle.accept(outage));
        this.context.scheduleAt(w.at() + w.duration(), () -> toggle.accept(null));
    }

    /** @return calls connected now (for soak probes) */
    public int activeCalls()
    {
        return (int) Math.round(this.callControl.counters().connectedCalls().value());
    }

    /** @return calls waiting in queues now (for soak probes) */
    public int waitingCalls()
    {
        return this.groups.values().stream().mapToInt(AgentGroup::waitingCalls).sum();
    }

    /**
     * Every metric is declared here, with its unit and physical range: shares (blocking probability, coverage,
     * redundancy) are {@code SHARE}, in [0, 1]; every other amount (counts, rates, levels, bandwidths, seconds and
     * utilisations, which may exceed 1) is {@code NON_NEGATIVE}. Confidence intervals are clamped to that range.
     */
    @Override
    public void collect(final ReplicationOutput out)
    {
        closeAll();
        CallCounters cc = this.callControl.counters();
        counter(out, "calls.offered", "calls", cc.offered());
        counter(out, "calls.connected", "calls", cc.connected());
        counter(out, "calls.blocked.gateway", "calls", cc.blockedAtGateway());
        counter(out, "calls.blocked.agents", "calls", cc.blockedAtAgents());
        counter(out, "calls.abandoned", "calls", cc.abandoned());
        out.put("calls.queuedAtEnd", "calls", NON_NEGATIVE,
                this.groups.values().stream().mapToInt(AgentGroup::waitingCalls).sum());
        counter(out, "calls.held", "calls", cc.held());
        counter(out, "calls.transferred", "calls", cc.transferred());
        counter(out, "calls.conferenced", "calls", cc.conferenced());
        counter(out, "calls.featureFailed", "calls", cc.featureFailed());
        counter(out, "monitoring.started", "calls", cc.monitoringStarted());
        counter(out, "monitoring.failed", "calls", cc.monitoringFailed());
        counter(out, "tones.secure", "calls", this.tones.secure());
        counter(out, "tones.recording.toAgent", "sessions", this.tones.recordingToAgent());
        counter(out, "tones.recording.toCustomer", "sessions", this.tones.recordingToCustomer());
        counter(out, "tones.monitoring.played", "calls", this.tones.monitoringPlayed());
        counter(out, "tones.monitoring.suppressed", "calls", this.tones.monitoringSuppressed());

        RecordingStatistics rec = this.recording.statistics();
        counter(out, "recording.sessions.requested", "sessions", rec.requested());
        counter(out, "recording.sessions.established", "sessions", rec.established());
        counter(out, "recording.sessions.failed", "sessions", rec.failed());
        counter(out, "recording.sessions.split", "sessions", rec.split());
        counter(out, "recording.sessions.halfRecorded", "sessions", rec.halfRecorded());
        out.put("recording.sessions.split.seconds", "s", NON_NEGATIVE, rec.splitSeconds().total());
        out.put("recording.sessions.halfRecorded.seconds", "s", NON_NEGATIVE, rec.halfRecordedSeconds().total());
        for (RejectReason reason : RejectReason.values())
        {
            counter(out, "recording.failed." + reason.key(), "sessions", rec.failed(reason));
        }
        for (RejectReason reason : RejectReason.values())
        {
            out.put("recording.rejected." + reason.key(), "attempts", NON_NEGATIVE, rec.rejected(reason).total());
        }
        counter(out, "recording.routeAdvances", "attempts", rec.routeAdvances());
        counter(out, "recording.copies.established", "copies", rec.copiesEstablished());
        counter(out, "recording.copies.failed", "copies", rec.copiesFailed());
        counter(out, "recording.copies.cut", "copies", rec.copiesCut());
        out.put("recording.redundantShare", "ratio", SHARE,
                ratio(rec.sessionsRedundant().total(), rec.sessionsEnded().total()));
        out.put("recording.lostSeconds", "s", NON_NEGATIVE, rec.lostSeconds().total());
        out.put("recording.lostSeconds.setup", "s", NON_NEGATIVE, rec.setupLostSeconds().total());
        for (Outage o : this.recording.failures().outages())
        {
            out.put("failure." + o.element() + "." + o.number() + ".lostSeconds", "s", NON_NEGATIVE, o.lostSeconds());
        }
        out.put("recording.blockingProbability", "ratio", SHARE, ratio(rec.failed().total(), rec.requested().total()));
        out.put("recording.mediaSource.phone", "sessions", NON_NEGATIVE, rec.phoneSourced().total());
        out.put("recording.mediaSource.gateway", "sessions", NON_NEGATIVE, rec.gatewaySourced().total());
        out.put("recording.mediaSource.fallback", "sessions", NON_NEGATIVE, rec.fallback().total());
        out.put("recording.mediaSource.fallbackStep.1", "sessions", NON_NEGATIVE, rec.fallbackStep(1).total());
        out.put("recording.mediaSource.fallbackStep.2", "sessions", NON_NEGATIVE, rec.fallbackStep(2).total());
        out.putSeries("recording.mediaSource.phone", "sessions", rec.phoneSourced().perInterval());
        out.putSeries("recording.mediaSource.gateway", "sessions", rec.gatewaySourced().perInterval());
        out.put("recording.coverage", "ratio", SHARE,
                ratio(rec.recordedCalls().integral(), cc.recordableCalls().integral()));
        out.put("recording.recordedSeconds", "s", NON_NEGATIVE, rec.recordedCalls().integral());
        out.put("recording.recordableSeconds", "s", NON_NEGATIVE, cc.recordableCalls().integral());
        out.put("recording.calls.mean", "calls", NON_NEGATIVE, rec.recordedCalls().mean());

        double[] total = this.bhcc.totalPerInterval();
        BusyHour busyHour = BusyHour.of(this.context.window(), total);
        out.put("bhcc.busyHour.total", "calls/h", NON_NEGATIVE, busyHour.total(total));
        out.put("bhcc.busyHour.agentCalls", "calls/h", NON_NEGATIVE,
                busyHour.total(this.bhcc.agentCalls().perInterval()));
        out.put("bhcc.busyHour.recordingCalls", "calls/h", NON_NEGATIVE,
                busyHour.total(this.bhcc.recordingCalls().perInterval()));
        out.put("bhcc.busyHour.consultCalls", "calls/h", NON_NEGATIVE,
                busyHour.total(this.bhcc.consultCalls().perInterval()));
        out.put("bhcc.utilization", "ratio", NON_NEGATIVE,
                busyHour.total(total) / this.deployment.cluster().bhccRating());
        out.putSeries("bhcc.total", "calls", total);
        out.putSeries("bhcc.agentCalls", "calls", this.bhcc.agentCalls().perInterval());
        out.putSeries("bhcc.recordingCalls", "calls", this.bhcc.recordingCalls().perInterval());
        out.putSeries("bhcc.consultCalls", "calls", this.bhcc.consultCalls().perInterval());

        double[] ctiRate = this.cti.messagesPerSecond();
        double ctiMessages = this.cti.callEvents().total() + this.cti.recordingEvents().total()
                + this.cti.monitoringEvents().total();
        double ctiPeak = max(ctiRate);
        out.put("cti.messagesPerSecond.mean", "msg/s", NON_NEGATIVE, ctiMessages / this.context.window().length());
        out.put("cti.messagesPerSecond.peak", "msg/s", NON_NEGATIVE, ctiPeak);
        out.put("cti.utilization", "ratio", NON_NEGATIVE, ctiPeak / this.deployment.cluster().ctiRating());
        out.putSeries("cti.messagesPerSecond", "msg/s", ctiRate);
        out.putSeries("cti.callEvents.perSecond", "msg/s", this.cti.callEvents().perSecond());
        out.putSeries("cti.recordingEvents.perSecond", "msg/s", this.cti.recordingEvents().perSecond());
        out.putSeries("cti.monitoringEvents.perSecond", "msg/s", this.cti.monitoringEvents().perSecond());

        for (LinkLoad load : this.network.loads())
        {
            link(out, load);
        }
        for (Recorder r : this.recorders.values())
        {
            String id = r.config().id();
            level(out, "bandwidth.recorder." + id + ".mbps", "Mbit/s", r.ingress(), MBPS);
        }
        level(out, "bandwidth.fork.mbps", "Mbit/s", rec.forkBitsPerSecond(), MBPS);
        for (Recorder r : this.recorders.values())
        {
            String id = r.config().id();
            level(out, "recorder." + id + ".streams", "streams", r.streams(), 1);
            out.put("recorder." + id + ".storageGbPerDay", "GB/day", NON_NEGATIVE, r.storageBytesPerDay() / 1e9);
            setupQueue(out, "recorder." + id, r.setupQueue());
        }
        for (SipTrunk t : this.trunks.values())
        {
            level(out, "trunk." + t.config().id() + ".dialogs", "dialogs", t.dialogs(), 1);
        }
        for (CubeMediaProxy c : this.cubes.values())
        {
            String id = c.config().id();
            level(out, "cube." + id + ".sessions", "dialogs", c.dialogs(), 1);
            level(out, "bandwidth.cube." + id + ".ingressMbps", "Mbit/s", c.ingress(), MBPS);
            level(out, "bandwidth.cube." + id + ".egressMbps", "Mbit/s", c.egress(), MBPS);
            if (!Double.isInfinite(c.config().maxSetupsPerSecond()))
            {
                setupQueue(out, "cube." + id, c.setupQueue());
            }
        }
        for (MtpPool m : this.mtpPools.values())
        {
            level(out, "mtpPool." + m.config().id() + ".inUse", "MTPs", m.inUse(), 1);
        }
        for (Gateway g : this.gateways.values())
        {
            level(out, "gateway." + g.config().id() + ".channels", "channels", g.channels(), 1);
            level(out, "bandwidth.gateway." + g.config().id() + ".forkEgressMbps", "Mbit/s", g.forkEgress(), MBPS);
        }
        for (AgentGroup g : this.groups.values())
        {
            level(out, "agents." + g.config().id() + ".busy", "agents", g.busy(), 1);
            out.put("agents." + g.config().id() + ".waiting.mean", "calls", NON_NEGATIVE, g.waiting().mean());
            out.put("agents." + g.config().id() + ".sessions", "sessions", NON_NEGATIVE,
                    rec.establishedOnLines(g).total());
            out.put("agents." + g.config().id() + ".sessionsPerCall", "ratio", NON_NEGATIVE,
                    ratio(rec.establishedForCallsOf(g).total(), g.answered().total()));
        }
    }

    /** F6: a set-up queue's waits (mean, 95th percentile), queue length (mean, peak), utilisation and timeouts. */
    private static void setupQueue(final ReplicationOutput out, final String base, final SetupQueue queue)
    {
        out.put(base + ".setupWait.mean", "s", NON_NEGATIVE, queue.waits().mean());
        out.put(base + ".setupWait.p95", "s", NON_NEGATIVE, queue.waits().percentile(95));
        level(out, base + ".setupQueue", "set-ups", queue.waiting(), 1);
        out.put(base + ".setupUtilization", "ratio", NON_NEGATIVE, queue.utilisation());
        counter(out, base + ".setupTimeouts", "set-ups", queue.timeouts());
    }

    private void closeAll()
    {
        this.callControl.close();
        this.recording.close();
        this.network.close();
        double end = this.context.window().end();
        this.recorders.values().forEach(r -> r.close(end));
        this.trunks.values().forEach(t -> t.dialogs().close());
        this.cubes.values().forEach(c -> c.close(end));
        this.mtpPools.values().forEach(m -> m.inUse().close());
        this.gateways.values().forEach(g ->
        {
            g.channels().close();
            g.forkEgress().close();
        });
        this.groups.values().forEach(g ->
        {
            g.busy().close();
            g.waiting().close();
        });
    }

    private static void counter(final ReplicationOutput out, final String name, final String unit,
            final IntervalCounter counter)
    {
        out.put(name, unit, NON_NEGATIVE, counter.total());
        out.putSeries(name, unit, counter.perInterval());
    }

    /** A level's mean and peak as scalars, its interval means as a series; values divided by {@code scale}. */
    private static void level(final ReplicationOutput out, final String name, final String unit,
            final TimeWeightedLevel level, final double scale)
    {
        out.put(name + ".mean", unit, NON_NEGATIVE, level.mean() / scale);
        out.put(name + ".peak", unit, NON_NEGATIVE, level.peak() / scale);
        out.putSeries(name, unit, scaled(level.intervalMeans(), scale));
    }

    /**
     * A link's figures: for the busier direction, mean and peak of all media and of the forked part (SPEC section 5);
     * per direction, mean, peak and 95th percentile of the interval means; utilisation (busier peak ÷ capacity) and
     * the intervals whose mean exceeded the capacity in either direction.
     */
    private void link(final ReplicationOutput out, final LinkLoad load)
    {
        String id = load.config().id();
        String base = "bandwidth.link." + id;
        double capacity = load.config().mbps();
        out.put(base + ".mbps.mean", "Mbit/s", NON_NEGATIVE, busier(load, false, true) / MBPS);
        out.put(base + ".mbps.peak", "Mbit/s", NON_NEGATIVE, busier(load, false, false) / MBPS);
        out.put(base + ".forkMbps.mean", "Mbit/s", NON_NEGATIVE, busier(load, true, true) / MBPS);
        out.put(base + ".forkMbps.peak", "Mbit/s", NON_NEGATIVE, busier(load, true, false) / MBPS);
        out.put(base + ".utilization", "ratio", NON_NEGATIVE, busier(load, false, false) / MBPS / capacity);
        int over = 0;
        double[][] means = new double[2][];
        for (Direction d : Direction.values())
        {
            means[d.ordinal()] = scaled(load.all(d).intervalMeans(), MBPS);
        }
        for (int i = 0; i < means[0].length; i++)
        {
            over += means[0][i] > capacity || means[1][i] > capacity ? 1 : 0;
        }
        out.put(base + ".intervalsOverCapacity", "intervals", NON_NEGATIVE, over);
        for (Direction d : Direction.values())
        {
            String toward = base + ".to-" + (d == Direction.A_TO_B ? load.config().siteB() : load.config().siteA());
            double[] all = means[d.ordinal()];
            double[] fork = scaled(load.fork(d).intervalMeans(), MBPS);
            out.put(toward + ".mbps.mean", "Mbit/s", NON_NEGATIVE, load.all(d).mean() / MBPS);
            out.put(toward + ".mbps.peak", "Mbit/s", NON_NEGATIVE, load.all(d).peak() / MBPS);
            out.put(toward + ".mbps.p95", "Mbit/s", NON_NEGATIVE, Percentiles.of(all, 95));
            out.put(toward + ".forkMbps.mean", "Mbit/s", NON_NEGATIVE, load.fork(d).mean() / MBPS);
            out.put(toward + ".forkMbps.p95", "Mbit/s", NON_NEGATIVE, Percentiles.of(fork, 95));
            out.putSeries(toward + ".mbps", "Mbit/s", all);
            out.putSeries(toward + ".forkMbps", "Mbit/s", fork);
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

    private static double[] scaled(final double[] values, final double scale)
    {
        double[] result = values.clone();
        for (int i = 0; i < result.length; i++)
        {
            result[i] /= scale;
        }
        return result;
    }

    private static double max(final double[] values)
    {
        double m = 0;
        for (double v : values)
        {
            m = Math.max(m, v);
        }
        return m;
    }

    /** @return a / b, or NaN (undefined in this replication) when b is 0 */
    private static double ratio(final double a, final double b)
    {
        return b == 0 ? Double.NaN : a / b;
    }
}
