package forkcast.scenarios;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

import forkcast.models.Deployment;
import forkcast.models.Targets;
import forkcast.models.DeploymentRules;
import forkcast.models.RuleFinding;
import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.cucm.ClusterConfigBuilder;
import forkcast.models.cucm.CtiCosts;
import forkcast.models.cucm.CtiCostsBuilder;
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
import forkcast.scenarios.spec.DurationValue;
import forkcast.scenarios.spec.RunSpec;
import forkcast.scenarios.spec.TargetsSpec;
import forkcast.scenarios.spec.ScenarioSpec;
import forkcast.sim.RunWindow;
import tools.jackson.databind.JsonNode;

/**
 * Turns bound scenario records into a {@code models} {@link Deployment}: applies the documented defaults, resolves
 * ids, and checks everything a run needs, collecting every problem with its location before giving up.
 *
 * <p>Defaults of this layer: {@code seed} 1; {@code run}: warmup 15m, duration 1h, replications 10, interval 5m,
 * trafficScale 1,
 * no busyHourShare (then a run shorter than a day reports no storage per day); traffic profileInterval: run.interval;
 * {@code cluster}: ctiCosts and conferenceCodec (G711) from the catalog; link layer2 ethernet; route list
 * distribution top-down, sharedStorage false; traffic codecs {G711: 1}. Every other key left out takes the default of
 * the configuration's builder in {@code models}, documented there once on its factory ({@link ClusterConfig#builder},
 * {@link GatewayConfig#builder}, {@link RecorderConfig#builder}, {@link TrunkConfig#builder}, {@link CubeConfig#builder},
 * {@link forkcast.models.calls.PhoneConfig.Builder}, {@link forkcast.models.calls.LineConfig#builder},
 * {@link forkcast.models.calls.SelectiveConfig#builder}, {@link AgentGroupConfig#builder},
 * {@link TrafficConfig#builder}); {@code SpecChecks.ifGiven} passes only the keys a
 * scenario gives. Required: name, every id, site references, link between and mbps, gateway channels, agent group
 * agents, traffic group and a rate (rate or callsPerAgentPerHour).
 */
public final class DeploymentBuilder
{
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
    /** {@code run.start}: a 24-hour clock time, as the JSON schema's pattern. */
    private static final Pattern CLOCK = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

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
        this.c.outOfRange();
        String name = spec.name();
        if (name == null)
        {
            this.c.missing("", "missing required key 'name'", "name");
        }
        else if (!NAME.matcher(name).matches())
        {
            this.c.error("/name", "name '" + name + "' must use only a-z, 0-9 and '-' (it names the output folder)");
        }
        long seed = spec.seed() == null ? 1L : spec.seed();
        RunSpec run = spec.run() == null ? RunSpec.ABSENT : spec.run();
        double warmup = this.c.seconds(run.warmup(), 900);
        double duration = this.c.seconds(run.duration(), 3600);
        double interval = this.c.seconds(run.interval(), 300);
        int replications = run.replications() == null ? 10 : run.replications();
        // ranges (duration and interval longer than 0s, replications from 1): ValueRanges, before binding
        if (Math.abs(3600 / interval - Math.rint(3600 / interval)) > 1e-9)
        {
            this.c.error("/run/interval", "interval " + run.interval() + " must divide one hour evenly (the busy hour is made of"
                    + " whole intervals): use e.g. 1m, 5m, 15m or 1h");
        }
        else if ((warmup + duration) / interval > 1_000_000)
        {
            this.c.error("/run/interval", "interval " + run.interval() + " cuts the run into more than 1,000,000 intervals");
        }
        if (duration > 0 && duration < interval)
        {
            // a typo such as 30ms for 30m would otherwise measure nothing and say so nowhere
            this.c.error(run.duration() != null ? "/run/duration" : "/run/interval", "duration " + shown(run.duration(),
                    duration) + " is shorter than the interval " + shown(run.interval(), interval)
                    + ": the measured window must hold at least one interval");
        }

        LocalTime start = null;
        if (run.start() != null)
        {
            if (CLOCK.matcher(run.start()).matches())
            {
                start = LocalTime.parse(run.start());
            }
            else
            {
                this.c.error("/run/start", "start '" + run.start() + "' must be a clock time HH:MM, e.g. \"09:00\"");
            }
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
        NodeSpecs nodes = new NodeSpecs(this.c);
        cluster = nodes.nodes(cluster, spec.cluster(), siteIds);
        groups = nodes.home(spec.agentGroups(), groups, cluster);
        double trafficScale = run.trafficScale() == null ? 1 : run.trafficScale();
        List<TrafficConfig> traffic = agents.traffic(spec.traffic(), groups, gateways, interval > 0 ? interval : 300,
                trafficScale);
        // the valid elements refer only to valid elements, so paths between them can be judged while other elements
        // have errors; but only over every site and link the scenario gives: a refused link would look like a gap
        if (sites.size() == countOf(spec.sites()) && links.size() == countOf(spec.links())
                && !this.c.refused("/sites") && !this.c.refused("/links"))
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
        Deployment deployment = Deployment.builder(name, cluster).sites(sites).links(links).gateways(gateways)
                .recorders(recorders).cubes(cubes).mtpPools(mtpPools).trunks(trunks).routeLists(routeLists)
                .profiles(profiles).groups(groups).traffic(traffic).linkOutages(this.c.linkOutages())
                .nodeOutages(nodes.outages())
                .busyHourShare(run.busyHourShare() == null ? OptionalDouble.empty()
                        : OptionalDouble.of(run.busyHourShare()))
                .build();
        List<ScenarioError> warnings = new ArrayList<>();
        for (RuleFinding finding : DeploymentRules.check(deployment))
        {
            warnings.add(new ScenarioError(locate(finding), finding.severity(), finding.rule() + ": " + finding.message()));
        }
        shortWindow(run, duration, traffic).ifPresent(warnings::add);
        warnings.sort(java.util.Comparator.comparingInt((ScenarioError e) -> e.location().line())
                .thenComparingInt(e -> e.location().column()));
        return new Scenario(name, spec.description() == null ? "" : spec.description(), seed, replications,
                new RunWindow(warmup, duration, interval), deployment, this.c.document().source(), this.c.document().text(),
                warnings, start, targets(spec.targets()), this.c.dataFiles(), this.c.assumed());
    }

    private static int countOf(final List<?> list)
    {
        return list == null ? 0 : list.size();
    }

    /**
     * A measured window shorter than a call: few calls start and end inside it, so its figures are mostly those of
     * calls cut by its edges and vary widely between replications. A warning, not an error: a short window is a
     * legitimate quick look (an assumption of Forkcast's, as the window's length is the planner's choice).
     * @return the warning, at {@code run.duration}, when the window is shorter than the longest mean holding time
     */
    private Optional<ScenarioError> shortWindow(final RunSpec run, final double duration,
            final List<TrafficConfig> traffic)
    {
        TrafficConfig longest = traffic.stream().max(java.util.Comparator.comparingDouble(t -> t.holdingTime().mean()))
                .orElse(null);
        if (longest == null || duration >= longest.holdingTime().mean())
        {
            return Optional.empty();
        }
        return Optional.of(new ScenarioError(this.c.document().locate(run.duration() != null ? "/run/duration" : "/run"),
                "warning", "the measured window (duration " + shown(run.duration(), duration) + ") is shorter than"
                        + " the longest mean holding time of the traffic (" + shown(null, longest.holdingTime().mean())
                        + ", traffic " + longest.id() + "): few calls start and end inside it, so its results vary"
                        + " widely between replications; measure several holding times"));
    }

    /** @return a duration as the scenario gives it, or in seconds or minutes when it is a default or derived */
    private static String shown(final DurationValue given, final double seconds)
    {
        if (given != null)
        {
            return given.toString();
        }
        boolean minutes = seconds >= 60;
        return BigDecimal.valueOf(minutes ? seconds / 60 : seconds).round(new MathContext(3)).stripTrailingZeros()
                .toPlainString() + (minutes ? "m" : "s");
    }

    /** {@code targets:}: each key given replaces its default (ranges checked by ValueRanges, before binding). */
    private static Targets targets(final TargetsSpec given)
    {
        TargetsSpec t = given == null ? TargetsSpec.ABSENT : given;
        Targets d = Targets.DEFAULTS;
        return new Targets(t.recordingBlocking() == null ? d.recordingBlocking() : t.recordingBlocking(),
                t.coverage() == null ? d.coverage() : t.coverage(),
                t.linkUtilisation() == null ? d.linkUtilisation() : t.linkUtilisation(),
                t.setupUtilisation() == null ? d.setupUtilisation() : t.setupUtilisation(),
                t.gatewayBlocking() == null ? d.gatewayBlocking() : t.gatewayBlocking(),
                t.cacBlocking() == null ? d.cacBlocking() : t.cacBlocking());
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
        ClusterSpec given = spec == null ? ClusterSpec.ABSENT : spec;
        CtiCosts costs = this.c.catalog().ctiCosts();
        CtiCostsSpec o = given.ctiCosts();
        if (o != null)
        {
            CtiCostsBuilder overridden = costs.toBuilder();
            SpecChecks.ifGiven(o.callSetup(), overridden::callSetup);
            SpecChecks.ifGiven(o.callRelease(), overridden::callRelease);
            SpecChecks.ifGiven(o.recordingStartRequest(), overridden::recordingStartRequest);
            SpecChecks.ifGiven(o.recordingStopRequest(), overridden::recordingStopRequest);
            SpecChecks.ifGiven(o.recordingStarted(), overridden::recordingStarted);
            SpecChecks.ifGiven(o.recordingEnded(), overridden::recordingEnded);
            SpecChecks.ifGiven(o.recordingFailed(), overridden::recordingFailed);
            SpecChecks.ifGiven(o.monitoringRequest(), overridden::monitoringRequest);
            SpecChecks.ifGiven(o.observersPerLine(), overridden::observersPerLine);
            SpecChecks.ifGiven(o.costPerMessage(), overridden::costPerMessage);
            costs = overridden.build();
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
        ClusterConfigBuilder cluster = ClusterConfig.builder(costs, conferenceCodec);
        SpecChecks.ifGiven(given.bhccRating(), cluster::bhccRating);
        SpecChecks.ifGiven(given.ctiRating(), cluster::ctiRating);
        SpecChecks.ifGiven(twoWay(given.builtInBridge(), "on", "off", "builtInBridge"), cluster::builtInBridge);
        SpecChecks.ifGiven(given.recordingSetupDelay(), d -> cluster.recordingSetupDelay(d.seconds()));
        SpecChecks.ifGiven(twoWay(given.authenticatedPhoneRecording(), "allow", "deny", "authenticatedPhoneRecording"),
                cluster::authenticatedPhoneRecording);
        if (given.tones() != null)
        {
            cluster.tones(new ToneConfig(Boolean.TRUE.equals(given.tones().toAgent()),
                    Boolean.TRUE.equals(given.tones().toCustomer()), Boolean.TRUE.equals(given.tones().monitoring())));
        }
        return cluster.build();
    }

    /**
     * @return true for {@code yes}, false for {@code no} (any case), null when the cluster leaves {@code key} out or
     *         gives another word (reported)
     */
    private Boolean twoWay(final String value, final String yes, final String no, final String key)
    {
        if (value == null)
        {
            return null;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals(yes) || v.equals(no))
        {
            return v.equals(yes);
        }
        this.c.error("/cluster/" + key, key + " must be " + yes + " or " + no + ", not '" + value + "'");
        return null;
    }
}
