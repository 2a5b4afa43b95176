package forkcast.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import forkcast.models.Deployment;
import forkcast.models.DeploymentRules;
import forkcast.models.RuleFinding;
import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.CallDirection;
import forkcast.models.calls.CodecShare;
import forkcast.models.calls.ConferenceConfig;
import forkcast.models.calls.HoldConfig;
import forkcast.models.calls.TransferConfig;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.LineConfig;
import forkcast.models.calls.MonitoringConfig;
import forkcast.models.calls.PhoneConfig;
import forkcast.models.calls.PhoneProtocol;
import forkcast.models.calls.RecordKey;
import forkcast.models.calls.SelectiveConfig;
import forkcast.models.calls.SelectiveTrigger;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.cucm.CtiCosts;
import forkcast.models.cucm.ToneConfig;
import forkcast.models.media.Codec;
import forkcast.models.media.Layer2;
import forkcast.models.network.LinkConfig;
import forkcast.models.network.SiteGraph;
import forkcast.models.recording.CubeConfig;
import forkcast.models.recording.DownWindow;
import forkcast.models.recording.EarlyOffer;
import forkcast.models.recording.MediaSourcePreference;
import forkcast.models.recording.MtpPoolConfig;
import forkcast.models.recording.RouteListConfig;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.RecordingOption;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.TrunkConfig;
import forkcast.scenarios.spec.AgentGroupSpec;
import forkcast.scenarios.spec.ClusterSpec;
import forkcast.scenarios.spec.CubeSpec;
import forkcast.scenarios.spec.DownSpec;
import forkcast.scenarios.spec.MtpPoolSpec;
import forkcast.scenarios.spec.RouteListSpec;
import forkcast.scenarios.spec.CtiCostsSpec;
import forkcast.scenarios.spec.DistributionSpec;
import forkcast.scenarios.spec.DurationValue;
import forkcast.scenarios.spec.GatewaySpec;
import forkcast.scenarios.spec.LineSpec;
import forkcast.scenarios.spec.LinkSpec;
import forkcast.scenarios.spec.PhoneSpec;
import forkcast.scenarios.spec.RecorderSpec;
import forkcast.scenarios.spec.RecordingProfileSpec;
import forkcast.scenarios.spec.RunSpec;
import forkcast.scenarios.spec.ScenarioSpec;
import forkcast.scenarios.spec.SelectiveSpec;
import forkcast.scenarios.spec.SiteSpec;
import forkcast.scenarios.spec.TrafficSpec;
import forkcast.scenarios.spec.TrunkSpec;
import forkcast.sim.RunWindow;
import tools.jackson.databind.JsonNode;

/**
 * Turns bound scenario records into a {@code models} {@link Deployment}: applies the documented defaults, resolves
 * ids, and checks everything a run needs, collecting every problem with its location before giving up.
 *
 * <p>Defaults: {@code seed} 1; {@code run}: warmup 15m, duration 1h, replications 10, interval 5m;
 * {@code cluster}: bhccRating 100000, ctiRating 2000, builtInBridge off (CUCM's own default), recordingSetupDelay
 * 300ms, ctiCosts from the catalog, authenticatedPhoneRecording deny (CUCM's default); link layer2 ethernet;
 * gateway ucGatewayServices false, sipProxyInPath false; recorder maxStreams 400, maxSetupsPerSecond 2 (F6, a
 * MediaSense node), secure false, srtpFallback false; trunk maxDialogs unlimited; phone builtInBridge default,
 * protocol sip, mtpRequired false, authenticated false, recordKey none; line recording disabled, mediaSource phone,
 * ctiMonitored false, busyTrigger 2, mlpp false; selective (with recording: selective) share 1, by supervisor, delay
 * 0s; no queue; traffic direction inbound, no gateways, secureShare 0, codecs
 * {G711: 1}, holdingTime exponential with mean 180s. Required: name, every id, site references, link between and
 * mbps, gateway channels, agent group agents, traffic group and a rate (rate or callsPerAgentPerHour).
 */
public final class DeploymentBuilder
{
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final int MAX_REPLICATIONS = 100_000;
    private static final int MAX_ELEMENTS = 10_000;

    private final YamlDocument document;
    private final Catalog catalog;
    private final List<ScenarioError> errors = new ArrayList<>();
    private final Set<String> gatewayTrunks = new HashSet<>();
    private final List<Deployment.LinkOutage> linkOutages = new ArrayList<>();

    public DeploymentBuilder(final YamlDocument document, final Catalog catalog)
    {
        this.document = document;
        this.catalog = catalog;
    }

    /**
     * @return the scenario
     * @throws ScenarioException with every problem found, in file order
     */
    public Scenario build(final ScenarioSpec spec) throws ScenarioException
    {
        String name = spec.name();
        if (name == null)
        {
            error("", "missing required key 'name'");
        }
        else if (!NAME.matcher(name).matches())
        {
            error("/name", "name '" + name + "' must use only a-z, 0-9 and '-' (it names the output folder)");
        }
        long seed = spec.seed() == null ? 1L : spec.seed();
        RunSpec run = spec.run() == null ? new RunSpec(null, null, null, null) : spec.run();
        double warmup = seconds(run.warmup(), 900);
        double duration = seconds(run.duration(), 3600);
        double interval = seconds(run.interval(), 300);
        int replications = run.replications() == null ? 10 : run.replications();
        if (duration <= 0)
        {
            error("/run/duration", "duration must be longer than 0s");
        }
        if (interval <= 0)
        {
            error("/run/interval", "interval must be longer than 0s");
        }
        else if (Math.abs(3600 / interval - Math.rint(3600 / interval)) > 1e-9)
        {
            error("/run/interval", "interval " + run.interval() + " must divide one hour evenly (the busy hour is made of"
                    + " whole intervals): use e.g. 1m, 5m, 15m or 1h");
        }
        else if (duration > 0 && (warmup + duration) / interval > 1_000_000)
        {
            error("/run/interval", "interval " + run.interval() + " cuts the run into more than 1,000,000 intervals");
        }
        if (replications < 1 || replications > MAX_REPLICATIONS)
        {
            error("/run/replications", "replications must be between 1 and " + MAX_REPLICATIONS);
        }

        ClusterConfig cluster = cluster(spec.cluster());
        List<String> sites = sites(spec.sites());
        Set<String> siteIds = new HashSet<>(sites);
        List<LinkConfig> links = links(spec.links(), siteIds);
        List<GatewayConfig> gateways = gateways(spec.gateways(), siteIds, recordingGateways(spec.trunks()));
        List<RecorderConfig> recorders = recorders(spec.recorders(), siteIds);
        List<CubeConfig> cubes = cubes(spec.cubes(), siteIds, recorders);
        List<MtpPoolConfig> mtpPools = mtpPools(spec.mtpPools(), siteIds);
        List<TrunkConfig> trunks = trunks(spec.trunks(), recorders, gateways, cubes, mtpPools);
        List<RouteListConfig> routeLists = routeLists(spec.routeLists(), trunks);
        List<RecordingProfileConfig> profiles = profiles(spec.recordingProfiles(), trunks, routeLists);
        List<AgentGroupConfig> groups = groups(spec.agentGroups(), siteIds, profiles);
        List<TrafficConfig> traffic = traffic(spec.traffic(), groups, gateways, interval > 0 ? interval : 300);
        if (this.errors.isEmpty())
        {
            checkReachability(sites, links, gateways, recorders, cubes, trunks, routeLists, profiles, groups, traffic);
        }
        if (!this.errors.isEmpty())
        {
            List<ScenarioError> sorted = new ArrayList<>(this.errors);
            sorted.sort(java.util.Comparator.comparingInt((ScenarioError e) -> e.location().line())
                    .thenComparingInt(e -> e.location().column()));
            throw new ScenarioException(sorted);
        }
        Deployment deployment = new Deployment(name, cluster, sites, links, gateways, recorders, cubes, mtpPools, trunks,
                routeLists, profiles, groups, traffic, this.linkOutages);
        List<ScenarioError> warnings = new ArrayList<>();
        for (RuleFinding finding : DeploymentRules.check(deployment))
        {
            warnings.add(new ScenarioError(locate(finding), finding.severity(), finding.rule() + ": " + finding.message()));
        }
        warnings.sort(java.util.Comparator.comparingInt((ScenarioError e) -> e.location().line())
                .thenComparingInt(e -> e.location().column()));
        return new Scenario(name, spec.description() == null ? "" : spec.description(), seed, replications,
                new RunWindow(warmup, duration, interval), deployment, this.document.source(), this.document.text(),
                warnings);
    }

    /** @return where the element (and key) of a rule finding is written in the file */
    private SourceLocation locate(final RuleFinding finding)
    {
        String pointer = "/" + finding.section();
        if (finding.id() != null)
        {
            JsonNode list = this.document.root().get(finding.section());
            int index = -1;
            for (int i = 0; list != null && i < list.size(); i++)
            {
                if (list.get(i).has("id") && finding.id().equals(list.get(i).get("id").asString()))
                {
                    index = i;
                    break;
                }
            }
            pointer += "/" + index;
        }
        if (!finding.key().isEmpty())
        {
            pointer += "/" + finding.key();
        }
        return this.document.locateKey(pointer);
    }

    private ClusterConfig cluster(final ClusterSpec spec)
    {
        ClusterSpec c = spec == null ? new ClusterSpec(null, null, null, null, null, null, null, null) : spec;
        double bhcc = positive(c.bhccRating(), 100_000, "/cluster/bhccRating");
        double cti = positive(c.ctiRating(), 2_000, "/cluster/ctiRating");
        boolean bib = false;
        if (c.builtInBridge() != null)
        {
            String v = c.builtInBridge().toLowerCase(Locale.ROOT);
            if (v.equals("on") || v.equals("off"))
            {
                bib = v.equals("on");
            }
            else
            {
                error("/cluster/builtInBridge", "builtInBridge must be on or off, not '" + c.builtInBridge() + "'");
            }
        }
        double delay = seconds(c.recordingSetupDelay(), 0.3);
        boolean allowAuthenticated = false;
        if (c.authenticatedPhoneRecording() != null)
        {
            String v = c.authenticatedPhoneRecording().toLowerCase(Locale.ROOT);
            if (v.equals("allow") || v.equals("deny"))
            {
                allowAuthenticated = v.equals("allow");
            }
            else
            {
                error("/cluster/authenticatedPhoneRecording", "authenticatedPhoneRecording must be allow or deny, not '"
                        + c.authenticatedPhoneRecording() + "'");
            }
        }
        CtiCosts defaults = this.catalog.ctiCosts();
        CtiCostsSpec o = c.ctiCosts();
        CtiCosts costs = defaults;
        if (o != null)
        {
            costs = new CtiCosts(nonNegative(o.callSetup(), defaults.callSetup(), "/cluster/ctiCosts/callSetup"),
                    nonNegative(o.callRelease(), defaults.callRelease(), "/cluster/ctiCosts/callRelease"),
                    nonNegative(o.recordingStartRequest(), defaults.recordingStartRequest(),
                            "/cluster/ctiCosts/recordingStartRequest"),
                    nonNegative(o.recordingStopRequest(), defaults.recordingStopRequest(),
                            "/cluster/ctiCosts/recordingStopRequest"),
                    nonNegative(o.recordingStarted(), defaults.recordingStarted(), "/cluster/ctiCosts/recordingStarted"),
                    nonNegative(o.recordingEnded(), defaults.recordingEnded(), "/cluster/ctiCosts/recordingEnded"),
                    nonNegative(o.recordingFailed(), defaults.recordingFailed(), "/cluster/ctiCosts/recordingFailed"),
                    nonNegative(o.monitoringRequest(), defaults.monitoringRequest(), "/cluster/ctiCosts/monitoringRequest"),
                    (int) nonNegative(o.observersPerLine() == null ? null : o.observersPerLine().doubleValue(),
                            defaults.observersPerLine(), "/cluster/ctiCosts/observersPerLine"),
                    nonNegative(o.costPerMessage(), defaults.costPerMessage(), "/cluster/ctiCosts/costPerMessage"));
        }
        Codec conferenceCodec = this.catalog.codec("G711");
        if (c.conferenceCodec() != null)
        {
            conferenceCodec = this.catalog.codec(c.conferenceCodec());
            if (conferenceCodec == null)
            {
                error("/cluster/conferenceCodec", "unknown codec '" + c.conferenceCodec() + "'; the catalog has "
                        + String.join(", ", this.catalog.codecs().keySet()));
                conferenceCodec = this.catalog.codec("G711");
            }
        }
        ToneConfig tones = c.tones() == null ? ToneConfig.NONE
                : new ToneConfig(Boolean.TRUE.equals(c.tones().toAgent()), Boolean.TRUE.equals(c.tones().toCustomer()),
                        Boolean.TRUE.equals(c.tones().monitoring()));
        return new ClusterConfig(bhcc, cti, bib, delay, costs, allowAuthenticated, conferenceCodec, tones);
    }

    private List<String> sites(final List<SiteSpec> specs)
    {
        List<String> sites = new ArrayList<>();
        if (specs == null || specs.isEmpty())
        {
            error("", "missing required key 'sites' (at least one site)");
            return sites;
        }
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < specs.size(); i++)
        {
            String id = id(specs.get(i) == null ? null : specs.get(i).id(), "/sites/" + i, "site", seen);
            if (id != null)
            {
                sites.add(id);
            }
        }
        return sites;
    }

    private List<LinkConfig> links(final List<LinkSpec> specs, final Set<String> sites)
    {
        List<LinkConfig> links = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < size(specs, "/links"); i++)
        {
            String at = "/links/" + i;
            LinkSpec s = specs.get(i);
            String id = id(s.id(), at, "link", seen);
            if (s.between() == null || s.between().size() != 2)
            {
                error(at + (s.between() == null ? "" : "/between"), "link needs 'between: [siteA, siteB]', two sites");
                continue;
            }
            boolean ok = site(s.between().get(0), at + "/between/0", sites) & site(s.between().get(1), at + "/between/1", sites);
            if (ok && s.between().get(0).equals(s.between().get(1)))
            {
                error(at + "/between", "a link joins two different sites");
                ok = false;
            }
            if (s.mbps() == null)
            {
                error(at, "link needs 'mbps', its capacity in Mbit/s");
                ok = false;
            }
            else if (!(s.mbps() > 0) || s.mbps().isInfinite())
            {
                error(at + "/mbps", "mbps must be greater than 0");
                ok = false;
            }
            int layer2 = layer2(s.layer2(), at + "/layer2");
            List<DownWindow> down = down(s.down(), at + "/down");
            if (ok && id != null && layer2 >= 0)
            {
                links.add(new LinkConfig(id, s.between().get(0), s.between().get(1), s.mbps(), layer2));
                down.forEach(w -> this.linkOutages.add(new Deployment.LinkOutage(id, w)));
            }
        }
        return links;
    }

    private int layer2(final Object value, final String at)
    {
        if (value == null)
        {
            return Layer2.ETHERNET;
        }
        if (value instanceof String text)
        {
            switch (text.toLowerCase(Locale.ROOT))
            {
                case "ethernet":
                    return Layer2.ETHERNET;
                case "dot1q":
                    return Layer2.DOT1Q;
                default:
                    break;
            }
        }
        else if (value instanceof Integer bytes && bytes >= 0 && bytes <= 1000)
        {
            return bytes;
        }
        error(at, "layer2 must be ethernet, dot1q or a number of bytes (0 to 1000), not '" + value + "'");
        return -1;
    }

    /** R19: the gateways that a SIP trunk with recording information 'gateway' (or via gateways) reaches. */
    private static Set<String> recordingGateways(final List<TrunkSpec> trunks)
    {
        Set<String> gateways = new HashSet<>();
        if (trunks != null)
        {
            for (TrunkSpec t : trunks)
            {
                if (t != null && t.to() != null && t.recordingInfo() != null
                        && !t.recordingInfo().equalsIgnoreCase("none"))
                {
                    gateways.add(t.to());
                }
            }
        }
        return gateways;
    }

    private List<GatewayConfig> gateways(final List<GatewaySpec> specs, final Set<String> sites,
            final Set<String> recordingGateways)
    {
        List<GatewayConfig> gateways = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < size(specs, "/gateways"); i++)
        {
            String at = "/gateways/" + i;
            GatewaySpec s = specs.get(i);
            String id = id(s.id(), at, "gateway", seen);
            boolean ok = site(s.site(), at + "/site", sites);
            Integer channels = s.channels();
            if (channels == null)
            {
                error(at, "gateway needs 'channels', the calls it carries at once");
                ok = false;
            }
            else if (channels < 0)
            {
                error(at + "/channels", "channels must not be negative");
                ok = false;
            }
            if (ok && id != null)
            {
                gateways.add(new GatewayConfig(id, s.site(), channels, Boolean.TRUE.equals(s.ucGatewayServices()),
                        Boolean.TRUE.equals(s.sipProxyInPath()), recordingGateways.contains(id)));
            }
        }
        return gateways;
    }

    private List<RecorderConfig> recorders(final List<RecorderSpec> specs, final Set<String> sites)
    {
        List<RecorderConfig> recorders = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < size(specs, "/recorders"); i++)
        {
            String at = "/recorders/" + i;
            RecorderSpec s = specs.get(i);
            String id = id(s.id(), at, "recorder", seen);
            boolean ok = site(s.site(), at + "/site", sites);
            int streams = s.maxStreams() == null ? 400 : s.maxStreams();
            if (streams < 0)
            {
                error(at + "/maxStreams", "maxStreams must not be negative");
                ok = false;
            }
            double rate = s.maxSetupsPerSecond() == null ? 2.0 : s.maxSetupsPerSecond();
            if (!(rate > 0))
            {
                error(at + "/maxSetupsPerSecond", "maxSetupsPerSecond must be greater than 0");
                ok = false;
            }
            List<DownWindow> down = down(s.down(), at + "/down");
            if (ok && id != null)
            {
                recorders.add(new RecorderConfig(id, s.site(), streams, rate, Boolean.TRUE.equals(s.secure()),
                        Boolean.TRUE.equals(s.srtpFallback()), down));
            }
        }
        return recorders;
    }

    private List<CubeConfig> cubes(final List<CubeSpec> specs, final Set<String> sites,
            final List<RecorderConfig> recorders)
    {
        List<CubeConfig> cubes = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Map<String, RecorderConfig> recorderById = new HashMap<>();
        recorders.forEach(r -> recorderById.put(r.id(), r));
        for (int i = 0; i < size(specs, "/cubes"); i++)
        {
            String at = "/cubes/" + i;
            CubeSpec s = specs.get(i);
            String id = id(s.id(), at, "CUBE", seen);
            boolean ok = site(s.site(), at + "/site", sites);
            Integer sessions = s.maxSessions();
            if (s.platform() != null && this.catalog.cubePlatform(s.platform()) == null)
            {
                error(at + "/platform", "R12: '" + s.platform() + "' is not a multi-fork platform; the catalog has "
                        + String.join(", ", this.catalog.cubeEntries().keySet()));
                ok = false;
            }
            else if (sessions == null && s.platform() == null)
            {
                error(at, "a CUBE needs 'platform' (R12) or 'maxSessions'");
                ok = false;
            }
            else if (sessions == null)
            {
                sessions = this.catalog.cubePlatform(s.platform());
            }
            if (sessions != null && sessions < 0)
            {
                error(at + "/maxSessions", "maxSessions must not be negative");
                ok = false;
            }
            List<String> forkTo = s.forkTo() == null ? List.of() : s.forkTo();
            if (forkTo.isEmpty() || forkTo.size() > CubeConfig.MAX_FORKS)
            {
                error(at + (s.forkTo() == null ? "" : "/forkTo"), "R10: a CUBE forks to 1 to 5 recorders, not "
                        + forkTo.size());
                ok = false;
            }
            for (int k = 0; k < forkTo.size(); k++)
            {
                RecorderConfig r = recorderById.get(forkTo.get(k));
                if (r == null)
                {
                    error(at + "/forkTo/" + k, "no recorder with id '" + forkTo.get(k) + "'"
                            + near(forkTo.get(k), recorderById.keySet()));
                    ok = false;
                }
                else if (r.srtpFallback())
                {
                    error(at + "/forkTo/" + k, "R11: multi-fork does not support SRTP fallback, which recorder "
                            + r.id() + " is set up for");
                    ok = false;
                }
            }
            if (new HashSet<>(forkTo).size() < forkTo.size())
            {
                error(at + "/forkTo", "a recorder appears twice in forkTo");
                ok = false;
            }
            List<DownWindow> down = down(s.down(), at + "/down");
            if (ok && id != null)
            {
                cubes.add(new CubeConfig(id, s.site(), s.platform() == null ? "" : s.platform(), sessions, forkTo, down));
            }
        }
        return cubes;
    }

    private List<MtpPoolConfig> mtpPools(final List<MtpPoolSpec> specs, final Set<String> sites)
    {
        List<MtpPoolConfig> pools = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < size(specs, "/mtpPools"); i++)
        {
            String at = "/mtpPools/" + i;
            MtpPoolSpec s = specs.get(i);
            String id = id(s.id(), at, "MTP pool", seen);
            boolean ok = site(s.site(), at + "/site", sites);
            if (s.size() == null || s.size() < 0)
            {
                error(at + (s.size() == null ? "" : "/size"), "an MTP pool needs a 'size' of 0 or more");
                ok = false;
            }
            if (ok && id != null)
            {
                pools.add(new MtpPoolConfig(id, s.site(), s.size()));
            }
        }
        return pools;
    }

    private List<TrunkConfig> trunks(final List<TrunkSpec> specs, final List<RecorderConfig> recorders,
            final List<GatewayConfig> gateways, final List<CubeConfig> cubes, final List<MtpPoolConfig> pools)
    {
        List<TrunkConfig> trunks = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Set<String> recorderIds = ids(recorders, RecorderConfig::id);
        Set<String> gatewayIds = ids(gateways, GatewayConfig::id);
        Set<String> cubeIds = ids(cubes, CubeConfig::id);
        Set<String> poolIds = ids(pools, MtpPoolConfig::id);
        for (int i = 0; i < size(specs, "/trunks"); i++)
        {
            String at = "/trunks/" + i;
            TrunkSpec s = specs.get(i);
            String id = id(s.id(), at, "trunk", seen);
            boolean ok = true;
            if (s.to() == null)
            {
                error(at, "trunk needs 'to', the recorder, CUBE or gateway it reaches");
                ok = false;
            }
            else if (gatewayIds.contains(s.to()))
            {
                // a gateway's trunk to CUCM: only its recording information matters (R8, R19)
                if (s.recordingInfo() != null && !List.of("none", "gateway", "other-cluster-via-gateway")
                        .contains(s.recordingInfo().toLowerCase(Locale.ROOT)))
                {
                    error(at + "/recordingInfo", "recordingInfo must be none, gateway or other-cluster-via-gateway, not '"
                            + s.recordingInfo() + "'");
                }
                if (id != null)
                {
                    this.gatewayTrunks.add(id);
                }
                continue;
            }
            else if (!recorderIds.contains(s.to()) && !cubeIds.contains(s.to()))
            {
                Set<String> known = new HashSet<>(recorderIds);
                known.addAll(gatewayIds);
                known.addAll(cubeIds);
                error(at + "/to", "no recorder, CUBE or gateway with id '" + s.to() + "'" + near(s.to(), known));
                ok = false;
            }
            if (s.recordingInfo() != null && ok)
            {
                errorAtKey(at + "/recordingInfo", "recordingInfo describes a trunk to a gateway (R19); this trunk reaches "
                        + s.to());
                ok = false;
            }
            int dialogs = s.maxDialogs() == null ? Integer.MAX_VALUE : s.maxDialogs();
            if (dialogs < 0)
            {
                error(at + "/maxDialogs", "maxDialogs must not be negative");
                ok = false;
            }
            EarlyOffer earlyOffer = s.earlyOffer() == null ? EarlyOffer.NONE
                    : choice(s.earlyOffer(), EarlyOffer.class, at + "/earlyOffer", "earlyOffer");
            ok &= earlyOffer != null;
            boolean toCube = s.to() != null && cubeIds.contains(s.to());
            if (toCube && earlyOffer == EarlyOffer.NONE)
            {
                error(at + (s.earlyOffer() == null ? "" : "/earlyOffer"), "R10, R18: the trunk to CUBE " + s.to()
                        + " must use Early Offer (best-effort, or mandatory as recommended)");
                ok = false;
            }
            if (s.mtpPool() != null && !poolIds.contains(s.mtpPool()))
            {
                error(at + "/mtpPool", "no MTP pool with id '" + s.mtpPool() + "'" + near(s.mtpPool(), poolIds));
                ok = false;
            }
            List<DownWindow> down = down(s.down(), at + "/down");
            if (ok && id != null)
            {
                trunks.add(new TrunkConfig(id, toCube ? null : s.to(), toCube ? s.to() : null, dialogs, earlyOffer,
                        s.mtpPool(), down));
            }
        }
        return trunks;
    }

    private List<RouteListConfig> routeLists(final List<RouteListSpec> specs, final List<TrunkConfig> trunks)
    {
        List<RouteListConfig> lists = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Set<String> trunkIds = ids(trunks, TrunkConfig::id);
        for (int i = 0; i < size(specs, "/routeLists"); i++)
        {
            String at = "/routeLists/" + i;
            RouteListSpec s = specs.get(i);
            String id = id(s.id(), at, "route list", seen);
            boolean ok = true;
            boolean circular = false;
            if (s.distribution() != null)
            {
                String d = s.distribution().toLowerCase(Locale.ROOT);
                if (!d.equals("top-down") && !d.equals("circular"))
                {
                    error(at + "/distribution", "distribution must be top-down or circular, not '" + s.distribution()
                            + "'");
                    ok = false;
                }
                circular = d.equals("circular");
            }
            List<String> members = s.trunks() == null ? List.of() : s.trunks();
            if (members.isEmpty())
            {
                error(at, "R20: a route list needs 'trunks', at least one");
                ok = false;
            }
            for (int k = 0; k < members.size(); k++)
            {
                if (!trunkIds.contains(members.get(k)))
                {
                    error(at + "/trunks/" + k, "R20: no recording trunk with id '" + members.get(k) + "'"
                            + near(members.get(k), trunkIds));
                    ok = false;
                }
            }
            if (ok && id != null)
            {
                lists.add(new RouteListConfig(id, circular, members));
            }
        }
        return lists;
    }

    private List<RecordingProfileConfig> profiles(final List<RecordingProfileSpec> specs, final List<TrunkConfig> trunks,
            final List<RouteListConfig> routeLists)
    {
        List<RecordingProfileConfig> profiles = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Set<String> trunkIds = ids(trunks, TrunkConfig::id);
        Set<String> listIds = ids(routeLists, RouteListConfig::id);
        for (int i = 0; i < size(specs, "/recordingProfiles"); i++)
        {
            String at = "/recordingProfiles/" + i;
            RecordingProfileSpec s = specs.get(i);
            String id = id(s.id(), at, "recording profile", seen);
            if (s.trunk() == null && s.routeList() == null || s.trunk() != null && s.routeList() != null)
            {
                error(at, "R17, R20: a recording profile needs either 'trunk' or 'routeList' to reach a recorder");
            }
            else if (s.routeList() != null)
            {
                if (!listIds.contains(s.routeList()))
                {
                    error(at + "/routeList", "R17, R20: recording profile reaches no recorder: no route list with id '"
                            + s.routeList() + "'" + near(s.routeList(), listIds));
                }
                else if (id != null)
                {
                    profiles.add(new RecordingProfileConfig(id, null, s.routeList()));
                }
            }
            else if (this.gatewayTrunks.contains(s.trunk()))
            {
                error(at + "/trunk", "R17, R20: recording profile reaches no recorder: trunk '" + s.trunk() + "' goes to a"
                        + " gateway");
            }
            else if (!trunkIds.contains(s.trunk()))
            {
                error(at + "/trunk", "R17, R20: recording profile reaches no recorder: no trunk with id '" + s.trunk()
                        + "'" + near(s.trunk(), trunkIds));
            }
            else if (id != null)
            {
                profiles.add(new RecordingProfileConfig(id, s.trunk()));
            }
        }
        return profiles;
    }

    private List<DownWindow> down(final List<DownSpec> specs, final String at)
    {
        List<DownWindow> windows = new ArrayList<>();
        for (int i = 0; i < size(specs, at); i++)
        {
            DownSpec d = specs.get(i);
            if (d.at() == null || d.length() == null)
            {
                error(at + "/" + i, "a down window needs 'at' and 'for', e.g. { at: 40m, for: 10m }");
            }
            else if (!(d.length().seconds() > 0))
            {
                error(at + "/" + i + "/for", "'for' must be longer than 0s");
            }
            else
            {
                windows.add(new DownWindow(d.at().seconds(), d.length().seconds()));
            }
        }
        return windows;
    }

    private List<AgentGroupConfig> groups(final List<AgentGroupSpec> specs, final Set<String> sites,
            final List<RecordingProfileConfig> profiles)
    {
        List<AgentGroupConfig> groups = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Set<String> profileIds = ids(profiles, RecordingProfileConfig::id);
        for (int i = 0; i < size(specs, "/agentGroups"); i++)
        {
            String at = "/agentGroups/" + i;
            AgentGroupSpec s = specs.get(i);
            String id = id(s.id(), at, "agent group", seen);
            boolean ok = site(s.site(), at + "/site", sites);
            if (s.agents() == null)
            {
                error(at, "agent group needs 'agents', how many");
                ok = false;
            }
            else if (s.agents() < 0 || s.agents() > 10_000_000)
            {
                error(at + "/agents", "agents must be between 0 and 10000000");
                ok = false;
            }
            PhoneSpec phone = s.phone() == null ? new PhoneSpec(null, null, null, null, null, null) : s.phone();
            BuiltInBridgeSetting bib = phone.builtInBridge() == null ? BuiltInBridgeSetting.DEFAULT
                    : choice(phone.builtInBridge(), BuiltInBridgeSetting.class, at + "/phone/builtInBridge", "builtInBridge");
            PhoneProtocol protocol = phone.protocol() == null ? PhoneProtocol.SIP
                    : choice(phone.protocol(), PhoneProtocol.class, at + "/phone/protocol", "protocol");
            RecordKey recordKey = phone.recordKey() == null ? RecordKey.NONE
                    : choice(phone.recordKey(), RecordKey.class, at + "/phone/recordKey", "recordKey");
            ok &= bib != null && protocol != null && recordKey != null;
            LineSpec line = s.line() == null ? new LineSpec(null, null, null, null, null, null) : s.line();
            int busyTrigger = line.busyTrigger() == null ? 2 : line.busyTrigger();
            if (busyTrigger < 1)
            {
                error(at + "/line/busyTrigger", "busyTrigger must be at least 1");
                ok = false;
            }
            RecordingOption recording = line.recording() == null ? RecordingOption.DISABLED
                    : choice(line.recording(), RecordingOption.class, at + "/line/recording", "recording");
            ok &= recording != null;
            SelectiveConfig selective = null;
            if (recording == RecordingOption.SELECTIVE)
            {
                selective = selective(s.selective(), at + "/selective");
                ok &= selective != null;
            }
            else if (s.selective() != null)
            {
                errorAtKey(at + "/selective", "'selective' is used only with line.recording: selective");
                ok = false;
            }
            MediaSourcePreference source = line.mediaSource() == null ? MediaSourcePreference.PHONE
                    : choice(line.mediaSource(), MediaSourcePreference.class, at + "/line/mediaSource", "mediaSource");
            ok &= source != null;
            if (recording != null && recording != RecordingOption.DISABLED)
            {
                if (line.profile() == null)
                {
                    error(at + "/line", "a recorded line needs 'profile', its recording profile (R17, R21)");
                    ok = false;
                }
                else if (!profileIds.contains(line.profile()))
                {
                    error(at + "/line/profile", "no recording profile with id '" + line.profile() + "'"
                            + near(line.profile(), profileIds));
                    ok = false;
                }
            }
            MonitoringConfig monitoring = null;
            if (s.monitoring() != null)
            {
                double share = share(s.monitoring().share(), at + "/monitoring/share");
                ok &= share >= 0;
                monitoring = share >= 0 ? new MonitoringConfig(share) : null;
            }
            DurationDistribution patience = null;
            if (s.queue() != null)
            {
                if (s.queue().patience() == null)
                {
                    error(at + "/queue", "a queue needs 'patience', how long callers wait before they abandon");
                    ok = false;
                }
                else
                {
                    patience = distribution(s.queue().patience(), at + "/queue/patience");
                    ok &= patience != null;
                }
            }
            if (ok && id != null)
            {
                groups.add(new AgentGroupConfig(id, s.site(), s.agents(),
                        new PhoneConfig(bib, protocol, Boolean.TRUE.equals(phone.mtpRequired()),
                                Boolean.TRUE.equals(phone.authenticated()), recordKey,
                                phone.earlyOffer() != null ? phone.earlyOffer() : protocol != PhoneProtocol.SCCP),
                        new LineConfig(recording, recording == RecordingOption.DISABLED ? null : line.profile(), source,
                                Boolean.TRUE.equals(line.ctiMonitored()), busyTrigger, Boolean.TRUE.equals(line.mlpp())),
                        patience, selective, monitoring));
            }
        }
        return groups;
    }

    /** Defaults: share 1, by supervisor, no delay, never stopped early (stopAfter exponential, mean 60s). */
    private SelectiveConfig selective(final SelectiveSpec spec, final String at)
    {
        SelectiveSpec s = spec == null ? new SelectiveSpec(null, null, null, null, null) : spec;
        double share = s.share() == null ? 1.0 : s.share();
        boolean ok = true;
        if (!(share >= 0 && share <= 1))
        {
            error(at + "/share", "share must be between 0 and 1");
            ok = false;
        }
        SelectiveTrigger trigger = s.by() == null ? SelectiveTrigger.SUPERVISOR
                : choice(s.by(), SelectiveTrigger.class, at + "/by", "by");
        DurationDistribution delay = s.delay() == null ? DurationDistribution.deterministic(0)
                : distribution(s.delay(), at + "/delay");
        double stopShare = s.stopShare() == null ? 0 : s.stopShare();
        if (!(stopShare >= 0 && stopShare <= 1))
        {
            error(at + "/stopShare", "stopShare must be between 0 and 1");
            ok = false;
        }
        DurationDistribution stopAfter = s.stopAfter() == null ? DurationDistribution.exponential(60)
                : distribution(s.stopAfter(), at + "/stopAfter");
        return ok && trigger != null && delay != null && stopAfter != null
                ? new SelectiveConfig(share, trigger, delay, stopShare, stopAfter) : null;
    }

    private List<TrafficConfig> traffic(final List<TrafficSpec> specs, final List<AgentGroupConfig> groups,
            final List<GatewayConfig> gateways, final double interval)
    {
        List<TrafficConfig> traffic = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Map<String, AgentGroupConfig> groupById = new LinkedHashMap<>();
        groups.forEach(g -> groupById.put(g.id(), g));
        Set<String> gatewayIds = ids(gateways, GatewayConfig::id);
        for (int i = 0; i < size(specs, "/traffic"); i++)
        {
            String at = "/traffic/" + i;
            TrafficSpec s = specs.get(i);
            String id = id(s.id(), at, "traffic", seen);
            boolean ok = true;
            AgentGroupConfig group = null;
            if (s.group() == null)
            {
                error(at, "traffic needs 'group', the agent group that answers");
                ok = false;
            }
            else
            {
                group = groupById.get(s.group());
                if (group == null)
                {
                    error(at + "/group", "no agent group with id '" + s.group() + "'" + near(s.group(), groupById.keySet()));
                    ok = false;
                }
            }
            double rate = 0;
            if (s.rate() != null && s.callsPerAgentPerHour() != null)
            {
                error(at + "/callsPerAgentPerHour", "give either 'rate' or 'callsPerAgentPerHour', not both");
                ok = false;
            }
            else if (s.rate() != null)
            {
                rate = s.rate().perSecond();
            }
            else if (s.callsPerAgentPerHour() != null)
            {
                if (!(s.callsPerAgentPerHour() >= 0) || s.callsPerAgentPerHour().isInfinite())
                {
                    error(at + "/callsPerAgentPerHour", "callsPerAgentPerHour must not be negative");
                    ok = false;
                }
                else if (group != null)
                {
                    rate = s.callsPerAgentPerHour() * group.agents() / 3600.0;
                }
            }
            else
            {
                error(at, "traffic needs 'rate' (e.g. 2400/h) or 'callsPerAgentPerHour'");
                ok = false;
            }
            if (rate > 1e6)
            {
                error(at + (s.rate() != null ? "/rate" : "/callsPerAgentPerHour"),
                        "more than 1,000,000 calls per second is outside what Forkcast simulates");
                ok = false;
            }
            double[] profile = new double[0];
            if (s.profile() != null)
            {
                profile = new double[s.profile().size()];
                for (int k = 0; k < profile.length; k++)
                {
                    Double m = s.profile().get(k);
                    if (m == null || !(m >= 0) || m.isInfinite())
                    {
                        error(at + "/profile/" + k, "profile multipliers must be numbers >= 0");
                        ok = false;
                    }
                    else
                    {
                        profile[k] = m;
                    }
                }
            }
            CallDirection direction = s.direction() == null ? CallDirection.INBOUND
                    : choice(s.direction(), CallDirection.class, at + "/direction", "direction");
            ok &= direction != null;
            List<String> path = s.gateways() == null ? List.of() : s.gateways();
            if (path.size() > 2)
            {
                error(at + "/gateways", "at most two gateways in a call path");
                ok = false;
            }
            for (int k = 0; k < path.size(); k++)
            {
                if (!gatewayIds.contains(path.get(k)))
                {
                    error(at + "/gateways/" + k, "no gateway with id '" + path.get(k) + "'" + near(path.get(k), gatewayIds));
                    ok = false;
                }
            }
            if (direction == CallDirection.INTERNAL && !path.isEmpty())
            {
                error(at + "/gateways", "an internal call has no gateway in its path");
                ok = false;
            }
            double secure = s.secureShare() == null ? 0 : s.secureShare();
            if (!(secure >= 0 && secure <= 1))
            {
                error(at + "/secureShare", "secureShare must be between 0 and 1");
                ok = false;
            }
            List<CodecShare> codecs = codecs(s.codecs(), at + "/codecs");
            ok &= codecs != null;
            DurationDistribution holding = s.holdingTime() == null ? DurationDistribution.exponential(180)
                    : distribution(s.holdingTime(), at + "/holdingTime");
            ok &= holding != null;
            HoldConfig hold = null;
            if (s.hold() != null)
            {
                double share = share(s.hold().share(), at + "/hold/share");
                DurationDistribution after = s.hold().after() == null ? new DurationDistribution(
                        DurationDistribution.Kind.UNIFORM, 10, 120) : distribution(s.hold().after(), at + "/hold/after");
                DurationDistribution duration = s.hold().duration() == null ? DurationDistribution.exponential(30)
                        : distribution(s.hold().duration(), at + "/hold/duration");
                ok &= share >= 0 && after != null && duration != null;
                hold = ok ? new HoldConfig(share, after, duration) : null;
            }
            TransferConfig transfer = null;
            if (s.transfer() != null)
            {
                double share = share(s.transfer().share(), at + "/transfer/share");
                double record = share(s.transfer().recordConsultShare() == null ? 0.0 : s.transfer().recordConsultShare(),
                        at + "/transfer/recordConsultShare");
                String to = s.transfer().to() == null ? s.group() : s.transfer().to();
                if (!groupById.containsKey(to))
                {
                    error(at + "/transfer/to", "no agent group with id '" + to + "'" + near(to, groupById.keySet()));
                    ok = false;
                }
                boolean blind = false;
                if (s.transfer().kind() != null)
                {
                    String kind = s.transfer().kind().toLowerCase(Locale.ROOT);
                    if (!kind.equals("consult") && !kind.equals("blind"))
                    {
                        error(at + "/transfer/kind", "kind must be consult or blind, not '" + s.transfer().kind() + "'");
                        ok = false;
                    }
                    blind = kind.equals("blind");
                }
                DurationDistribution consult = s.transfer().consult() == null ? DurationDistribution.exponential(40)
                        : distribution(s.transfer().consult(), at + "/transfer/consult");
                ok &= share >= 0 && record >= 0 && consult != null;
                transfer = ok ? new TransferConfig(share, to, blind, consult, record) : null;
            }
            ConferenceConfig conference = null;
            if (s.conference() != null)
            {
                double share = share(s.conference().share(), at + "/conference/share");
                DurationDistribution consult = s.conference().consult() == null ? DurationDistribution.exponential(30)
                        : distribution(s.conference().consult(), at + "/conference/consult");
                ok &= share >= 0 && consult != null;
                conference = ok ? new ConferenceConfig(share, consult) : null;
            }
            if (ok && transfer != null && conference != null && transfer.share() + conference.share() > 1 + 1e-9)
            {
                error(at + "/conference/share", "transfer and conference shares add up to more than 1");
                ok = false;
            }
            if (ok && id != null)
            {
                traffic.add(new TrafficConfig(id, s.group(), rate, profile, interval, direction, path, secure, codecs,
                        holding, hold, transfer, conference, Boolean.TRUE.equals(s.cvp())));
            }
        }
        return traffic;
    }

    private List<CodecShare> codecs(final Map<String, Double> mix, final String at)
    {
        if (mix == null)
        {
            return List.of(new CodecShare(this.catalog.codec("G711"), 1.0));
        }
        if (mix.isEmpty())
        {
            error(at, "codecs needs at least one codec, e.g. {G711: 1}");
            return null;
        }
        List<CodecShare> shares = new ArrayList<>();
        double sum = 0;
        boolean ok = true;
        for (Map.Entry<String, Double> e : mix.entrySet())
        {
            Codec codec = this.catalog.codec(e.getKey());
            String here = at + "/" + YamlDocument.escape(e.getKey());
            if (codec == null)
            {
                errorAtKey(here, "unknown codec '" + e.getKey() + "'; the catalog has "
                        + String.join(", ", this.catalog.codecs().keySet()));
                ok = false;
                continue;
            }
            Double share = e.getValue();
            if (share == null || !(share >= 0 && share <= 1))
            {
                error(here, "a codec share is a number between 0 and 1");
                ok = false;
                continue;
            }
            sum += share;
            shares.add(new CodecShare(codec, share));
        }
        if (ok && Math.abs(sum - 1) > 1e-6)
        {
            error(at, "codec shares add up to " + sum + "; they must add up to 1");
            ok = false;
        }
        return ok ? shares : null;
    }

    /** @return a share in [0, 1] (default 1 when absent), or -1 after reporting an error */
    private double share(final Double value, final String at)
    {
        double share = value == null ? 1.0 : value;
        if (!(share >= 0 && share <= 1))
        {
            error(at, "a share is a number between 0 and 1");
            return -1;
        }
        return share;
    }

    private DurationDistribution distribution(final DistributionSpec d, final String at)
    {
        if (d.dist() == null)
        {
            error(at, "a distribution needs 'dist': exponential, lognormal, erlang, uniform or deterministic");
            return null;
        }
        DurationDistribution.Kind kind = choice(d.dist(), DurationDistribution.Kind.class, at + "/dist", "dist");
        if (kind == null)
        {
            return null;
        }
        Map<String, DurationValue> given = new LinkedHashMap<>();
        given.put("mean", d.mean());
        given.put("stddev", d.stddev());
        given.put("min", d.min());
        given.put("max", d.max());
        given.put("value", d.value());
        List<String> needed = switch (kind)
        {
            case EXPONENTIAL -> List.of("mean");
            case LOGNORMAL -> List.of("mean", "stddev");
            case ERLANG -> List.of("mean");
            case UNIFORM -> List.of("min", "max");
            case DETERMINISTIC -> List.of("value");
        };
        boolean ok = true;
        for (Map.Entry<String, DurationValue> e : given.entrySet())
        {
            if (needed.contains(e.getKey()) && e.getValue() == null)
            {
                error(at, d.dist() + " needs '" + e.getKey() + "'");
                ok = false;
            }
            else if (!needed.contains(e.getKey()) && e.getValue() != null)
            {
                errorAtKey(at + "/" + e.getKey(), d.dist() + " takes " + String.join(" and ", needed) + ", not '"
                        + e.getKey() + "'");
                ok = false;
            }
        }
        if (kind == DurationDistribution.Kind.ERLANG && (d.k() == null || d.k() < 1))
        {
            error(at + (d.k() == null ? "" : "/k"), "erlang needs 'k', a whole number of phases >= 1");
            ok = false;
        }
        if (kind != DurationDistribution.Kind.ERLANG && d.k() != null)
        {
            errorAtKey(at + "/k", d.dist() + " takes no 'k'");
            ok = false;
        }
        if (!ok)
        {
            return null;
        }
        try
        {
            return switch (kind)
            {
                case EXPONENTIAL -> new DurationDistribution(kind, d.mean().seconds(), 0);
                case LOGNORMAL -> new DurationDistribution(kind, d.mean().seconds(), d.stddev().seconds());
                case ERLANG -> new DurationDistribution(kind, d.mean().seconds(), d.k());
                case UNIFORM -> new DurationDistribution(kind, d.min().seconds(), d.max().seconds());
                case DETERMINISTIC -> new DurationDistribution(kind, d.value().seconds(), 0);
            };
        }
        catch (IllegalArgumentException e)
        {
            error(at, switch (kind)
            {
                case EXPONENTIAL, ERLANG -> "mean must be longer than 0s";
                case LOGNORMAL -> "mean and stddev must be longer than 0s";
                case UNIFORM -> "uniform needs min <= max";
                case DETERMINISTIC -> "value must not be negative";
            });
            return null;
        }
    }

    /** Every stream a run will place must have a path over the links. */
    private void checkReachability(final List<String> sites, final List<LinkConfig> links,
            final List<GatewayConfig> gateways, final List<RecorderConfig> recorders, final List<CubeConfig> cubes,
            final List<TrunkConfig> trunks, final List<RouteListConfig> routeLists,
            final List<RecordingProfileConfig> profiles, final List<AgentGroupConfig> groups,
            final List<TrafficConfig> traffic)
    {
        SiteGraph graph = new SiteGraph(sites, links);
        Map<String, String> siteOf = new HashMap<>();
        gateways.forEach(g -> siteOf.put("gateway " + g.id(), g.site()));
        recorders.forEach(r -> siteOf.put("recorder " + r.id(), r.site()));
        cubes.forEach(c -> siteOf.put("CUBE " + c.id(), c.site()));
        for (int i = 0; i < cubes.size(); i++)
        {
            CubeConfig c = cubes.get(i);
            for (int k = 0; k < c.forkTo().size(); k++)
            {
                String r = "recorder " + c.forkTo().get(k);
                if (!graph.connected(c.site(), siteOf.get(r)))
                {
                    error("/cubes/" + i + "/forkTo/" + k, "CUBE " + c.id() + " cannot reach " + r + ": no links join"
                            + " site '" + c.site() + "' to site '" + siteOf.get(r) + "'");
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
                        error("/agentGroups/" + i + "/line/profile", "recorded media cannot travel from site '"
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
                    error("/traffic/" + i + "/gateways/0", "the call's media cannot travel from site '" + group.site()
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
                        error("/traffic/" + i + "/gateways/" + k, "gateway " + gateway.id() + " can fork recorded media"
                                + " but no links join its site '" + gateway.site() + "' to " + destination);
                    }
                }
            }
        }
    }

    // ---- small helpers -------------------------------------------------------------------------------------------

    private int size(final List<?> list, final String at)
    {
        if (list == null)
        {
            return 0;
        }
        if (list.size() > MAX_ELEMENTS)
        {
            error(at, "more than " + MAX_ELEMENTS + " elements");
            return 0;
        }
        for (int i = 0; i < list.size(); i++)
        {
            if (list.get(i) == null)
            {
                error(at + "/" + i, "empty list element");
                return 0;
            }
        }
        return list.size();
    }

    private String id(final String id, final String at, final String what, final Map<String, String> seen)
    {
        if (id == null)
        {
            error(at, what + " needs an 'id'");
            return null;
        }
        if (!ID.matcher(id).matches())
        {
            error(at + "/id", what + " id '" + id + "' may use only letters, digits, '_' and '-'");
            return null;
        }
        String previous = seen.putIfAbsent(id, at);
        if (previous != null)
        {
            error(at + "/id", "duplicate " + what + " id '" + id + "' (first defined at "
                    + this.document.locate(previous + "/id") + ")");
            return null;
        }
        return id;
    }

    private boolean site(final String site, final String at, final Set<String> sites)
    {
        if (site == null)
        {
            error(at.substring(0, at.lastIndexOf('/')), "missing required key '" + at.substring(at.lastIndexOf('/') + 1)
                    + "'");
            return false;
        }
        if (!sites.contains(site))
        {
            error(at, "no site with id '" + site + "'" + near(site, sites));
            return false;
        }
        return true;
    }

    private static <T> Set<String> ids(final List<T> list, final Function<T, String> id)
    {
        Set<String> ids = new HashSet<>();
        list.forEach(x -> ids.add(id.apply(x)));
        return ids;
    }

    private static String near(final String wanted, final Set<String> known)
    {
        String hint = ScenarioLoader.suggestion(wanted, List.copyOf(known.stream().sorted().toList()));
        return hint.startsWith(" (did you mean") ? hint : "";
    }

    private <E extends Enum<E>> E choice(final String text, final Class<E> type, final String at, final String key)
    {
        for (E e : type.getEnumConstants())
        {
            if (e.name().replace("_", "-").equalsIgnoreCase(text))
            {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants())
        {
            allowed.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        error(at, key + " must be one of " + String.join(", ", allowed) + ", not '" + text + "'");
        return null;
    }

    private double seconds(final DurationValue value, final double fallback)
    {
        return value == null ? fallback : value.seconds();
    }

    private double positive(final Double value, final double fallback, final String at)
    {
        if (value == null)
        {
            return fallback;
        }
        if (!(value > 0) || value.isInfinite())
        {
            error(at, at.substring(at.lastIndexOf('/') + 1) + " must be greater than 0");
            return fallback;
        }
        return value;
    }

    private double nonNegative(final Double value, final double fallback, final String at)
    {
        if (value == null)
        {
            return fallback;
        }
        if (!(value >= 0) || value.isInfinite())
        {
            error(at, at.substring(at.lastIndexOf('/') + 1) + " must not be negative");
            return fallback;
        }
        return value;
    }

    private void error(final String pointer, final String message)
    {
        this.errors.add(ScenarioError.error(this.document.locate(pointer), message));
    }

    private void errorAtKey(final String pointer, final String message)
    {
        this.errors.add(ScenarioError.error(this.document.locateKey(pointer), message));
    }
}
