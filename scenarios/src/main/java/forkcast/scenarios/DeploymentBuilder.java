package forkcast.scenarios;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import forkcast.models.Deployment;
import forkcast.models.DeploymentRules;
import forkcast.models.RuleFinding;
import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.cucm.CtiCosts;
import forkcast.models.cucm.ToneConfig;
import forkcast.models.media.Codec;
import forkcast.models.network.LinkConfig;
import forkcast.models.recording.CubeConfig;
import forkcast.models.recording.MtpPoolConfig;
import forkcast.models.recording.RouteListConfig;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.TrunkConfig;
import forkcast.scenarios.spec.ClusterSpec;
import forkcast.scenarios.spec.CtiCostsSpec;
import forkcast.scenarios.spec.RunSpec;
import forkcast.scenarios.spec.ScenarioSpec;
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
 * MediaSense node), secure false, srtpFallback false; CUBE maxSetupsPerSecond unlimited; trunk maxDialogs unlimited,
 * inviteTimeout 32s, optionsPing false, pingInterval 60s, pingIntervalOutOfService 120s ({@code SipTimers.DEFAULT});
 * phone builtInBridge default, protocol sip, mtpRequired false, authenticated false, recordKey none; line recording
 * disabled, mediaSource phone, ctiMonitored false, busyTrigger 2, mlpp false; selective (with recording:
 * selective) share 1, by supervisor, delay 0s; no queue; traffic direction inbound, no gateways, secureShare 0, codecs
 * {G711: 1}, holdingTime exponential with mean 180s. Required: name, every id, site references, link between and
 * mbps, gateway channels, agent group agents, traffic group and a rate (rate or callsPerAgentPerHour).
 */
public final class DeploymentBuilder
{
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
    private static final int MAX_REPLICATIONS = 100_000;

    private final SpecChecks c;

    public DeploymentBuilder(final YamlDocument document, final Catalog catalog)
    {
        this.c = new SpecChecks(document, catalog);
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
            this.c.error("", "missing required key 'name'");
        }
        else if (!NAME.matcher(name).matches())
        {
            this.c.error("/name", "name '" + name + "' must use only a-z, 0-9 and '-' (it names the output folder)");
        }
        long seed = spec.seed() == null ? 1L : spec.seed();
        RunSpec run = spec.run() == null ? new RunSpec(null, null, null, null) : spec.run();
        double warmup = this.c.seconds(run.warmup(), 900);
        double duration = this.c.seconds(run.duration(), 3600);
        double interval = this.c.seconds(run.interval(), 300);
        int replications = run.replications() == null ? 10 : run.replications();
        if (duration <= 0)
        {
            this.c.error("/run/duration", "duration must be longer than 0s");
        }
        if (interval <= 0)
        {
            this.c.error("/run/interval", "interval must be longer than 0s");
        }
        else if (Math.abs(3600 / interval - Math.rint(3600 / interval)) > 1e-9)
        {
            this.c.error("/run/interval", "interval " + run.interval() + " must divide one hour evenly (the busy hour is made of"
                    + " whole intervals): use e.g. 1m, 5m, 15m or 1h");
        }
        else if (duration > 0 && (warmup + duration) / interval > 1_000_000)
        {
            this.c.error("/run/interval", "interval " + run.interval() + " cuts the run into more than 1,000,000 intervals");
        }
        if (replications < 1 || replications > MAX_REPLICATIONS)
        {
            this.c.error("/run/replications", "replications must be between 1 and " + MAX_REPLICATIONS);
        }

        ClusterConfig cluster = cluster(spec.cluster());
        NetworkSpecs network = new NetworkSpecs(this.c);
        RecordingSpecs recording = new RecordingSpecs(this.c);
        AgentSpecs agents = new AgentSpecs(this.c);
        List<String> sites = network.sites(spec.sites());
        Set<String> siteIds = new HashSet<>(sites);
        List<LinkConfig> links = network.links(spec.links(), siteIds);
        List<GatewayConfig> gateways = network.gateways(spec.gateways(), siteIds,
                NetworkSpecs.recordingGateways(spec.trunks()));
        List<RecorderConfig> recorders = recording.recorders(spec.recorders(), siteIds);
        List<CubeConfig> cubes = recording.cubes(spec.cubes(), siteIds, recorders);
        List<MtpPoolConfig> mtpPools = recording.mtpPools(spec.mtpPools(), siteIds);
        List<TrunkConfig> trunks = recording.trunks(spec.trunks(), recorders, gateways, cubes, mtpPools);
        List<RouteListConfig> routeLists = recording.routeLists(spec.routeLists(), trunks);
        List<RecordingProfileConfig> profiles = recording.profiles(spec.recordingProfiles(), trunks, routeLists);
        List<AgentGroupConfig> groups = agents.groups(spec.agentGroups(), siteIds, profiles);
        List<TrafficConfig> traffic = agents.traffic(spec.traffic(), groups, gateways, interval > 0 ? interval : 300);
        if (this.c.errors().isEmpty())
        {
            new Reachability(this.c).checkReachability(sites, links, gateways, recorders, cubes, trunks, routeLists,
                    profiles, groups, traffic);
        }
        if (!this.c.errors().isEmpty())
        {
            List<ScenarioError> sorted = new ArrayList<>(this.c.errors());
            sorted.sort(java.util.Comparator.comparingInt((ScenarioError e) -> e.location().line())
                    .thenComparingInt(e -> e.location().column()));
            throw new ScenarioException(sorted);
        }
        Deployment deployment = new Deployment(name, cluster, sites, links, gateways, recorders, cubes, mtpPools, trunks,
                routeLists, profiles, groups, traffic, this.c.linkOutages());
        List<ScenarioError> warnings = new ArrayList<>();
        for (RuleFinding finding : DeploymentRules.check(deployment))
        {
            warnings.add(new ScenarioError(locate(finding), finding.severity(), finding.rule() + ": " + finding.message()));
        }
        warnings.sort(java.util.Comparator.comparingInt((ScenarioError e) -> e.location().line())
                .thenComparingInt(e -> e.location().column()));
        return new Scenario(name, spec.description() == null ? "" : spec.description(), seed, replications,
                new RunWindow(warmup, duration, interval), deployment, this.c.document().source(), this.c.document().text(),
                warnings);
    }

    /** @return where the element (and key) of a rule finding is written in the file */
    private SourceLocation locate(final RuleFinding finding)
    {
        String pointer = "/" + finding.section();
        if (finding.id() != null)
        {
            JsonNode list = this.c.document().root().get(finding.section());
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
        return this.c.document().locateKey(pointer);
    }

    private ClusterConfig cluster(final ClusterSpec spec)
    {
        ClusterSpec given = spec == null ? new ClusterSpec(null, null, null, null, null, null, null, null) : spec;
        double bhcc = this.c.positive(given.bhccRating(), 100_000, "/cluster/bhccRating");
        double cti = this.c.positive(given.ctiRating(), 2_000, "/cluster/ctiRating");
        boolean bib = false;
        if (given.builtInBridge() != null)
        {
            String v = given.builtInBridge().toLowerCase(Locale.ROOT);
            if (v.equals("on") || v.equals("off"))
            {
                bib = v.equals("on");
            }
            else
            {
                this.c.error("/cluster/builtInBridge", "builtInBridge must be on or off, not '" + given.builtInBridge() + "'");
            }
        }
        double delay = this.c.seconds(given.recordingSetupDelay(), 0.3);
        boolean allowAuthenticated = false;
        if (given.authenticatedPhoneRecording() != null)
        {
            String v = given.authenticatedPhoneRecording().toLowerCase(Locale.ROOT);
            if (v.equals("allow") || v.equals("deny"))
            {
                allowAuthenticated = v.equals("allow");
            }
            else
            {
                this.c.error("/cluster/authenticatedPhoneRecording", "authenticatedPhoneRecording must be allow or deny, not '"
                        + given.authenticatedPhoneRecording() + "'");
            }
        }
        CtiCosts defaults = this.c.catalog().ctiCosts();
        CtiCostsSpec o = given.ctiCosts();
        CtiCosts costs = defaults;
        if (o != null)
        {
            costs = new CtiCosts(this.c.nonNegative(o.callSetup(), defaults.callSetup(), "/cluster/ctiCosts/callSetup"),
                    this.c.nonNegative(o.callRelease(), defaults.callRelease(), "/cluster/ctiCosts/callRelease"),
                    this.c.nonNegative(o.recordingStartRequest(), defaults.recordingStartRequest(),
                            "/cluster/ctiCosts/recordingStartRequest"),
                    this.c.nonNegative(o.recordingStopRequest(), defaults.recordingStopRequest(),
                            "/cluster/ctiCosts/recordingStopRequest"),
                    this.c.nonNegative(o.recordingStarted(), defaults.recordingStarted(), "/cluster/ctiCosts/recordingStarted"),
                    this.c.nonNegative(o.recordingEnded(), defaults.recordingEnded(), "/cluster/ctiCosts/recordingEnded"),
                    this.c.nonNegative(o.recordingFailed(), defaults.recordingFailed(), "/cluster/ctiCosts/recordingFailed"),
                    this.c.nonNegative(o.monitoringRequest(), defaults.monitoringRequest(), "/cluster/ctiCosts/monitoringRequest"),
                    (int) this.c.nonNegative(o.observersPerLine() == null ? null : o.observersPerLine().doubleValue(),
                            defaults.observersPerLine(), "/cluster/ctiCosts/observersPerLine"),
                    this.c.nonNegative(o.costPerMessage(), defaults.costPerMessage(), "/cluster/ctiCosts/costPerMessage"));
        }
        Codec conferenceCodec = this.c.catalog().codec("G711");
        if (given.conferenceCodec() != null)
        {
            conferenceCodec = this.c.catalog().codec(given.conferenceCodec());
            if (conferenceCodec == null)
            {
                this.c.error("/cluster/conferenceCodec", "unknown codec '" + given.conferenceCodec() + "'; the catalog has "
                        + String.join(", ", this.c.catalog().codecs().keySet()));
                conferenceCodec = this.c.catalog().codec("G711");
            }
        }
        ToneConfig tones = given.tones() == null ? ToneConfig.NONE
                : new ToneConfig(Boolean.TRUE.equals(given.tones().toAgent()), Boolean.TRUE.equals(given.tones().toCustomer()),
                        Boolean.TRUE.equals(given.tones().monitoring()));
        return new ClusterConfig(bhcc, cti, bib, delay, costs, allowAuthenticated, conferenceCodec, tones);
    }
}
