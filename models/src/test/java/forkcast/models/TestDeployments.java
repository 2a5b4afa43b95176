package forkcast.models;

import java.util.List;
import java.util.function.UnaryOperator;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.AgentGroupConfigBuilder;
import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.CodecShare;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.LineConfig;
import forkcast.models.calls.PhoneConfig;
import forkcast.models.calls.SelectiveConfig;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.calls.TrafficConfigBuilder;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.cucm.CtiCosts;
import forkcast.models.media.Codec;
import forkcast.models.network.LinkConfig;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.calls.RecordingOption;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.TrunkConfig;
import forkcast.models.calls.HoldConfig;
import forkcast.models.calls.TransferConfig;
import forkcast.models.calls.CallDirection;
import forkcast.models.calls.MediaSourcePreference;

/** A small branch/data-centre deployment for model tests, with the knobs the tests turn. */
final class TestDeployments
{
    static final Codec G711 = new Codec("G711", 160, 0.020);
    static final CtiCosts CTI = CtiCosts.builder().callSetup(3).callRelease(2).recordingStartRequest(2)
            .recordingStopRequest(2).recordingStarted(2).recordingEnded(2).recordingFailed(2).monitoringRequest(2)
            .observersPerLine(1).costPerMessage(1.0).build();

    private TestDeployments()
    {
    }

    /**
     * @param callsPerHour Poisson rate
     * @param holding holding time
     * @param recording the line's option
     * @param phoneBib the phones' BIB setting (the cluster default is on)
     * @param setupDelay recording set-up delay in seconds
     */
    static Deployment branch(final double callsPerHour, final DurationDistribution holding,
            final RecordingOption recording, final BuiltInBridgeSetting phoneBib, final double setupDelay)
    {
        return branch(callsPerHour, holding, recording, PhoneConfig.plain(phoneBib), setupDelay, null);
    }

    /** The same branch with selective recording started as {@code selective} says, on the given phones. */
    static Deployment selective(final double callsPerHour, final DurationDistribution holding, final PhoneConfig phone,
            final SelectiveConfig selective)
    {
        return branch(callsPerHour, holding, RecordingOption.SELECTIVE, phone, 0.3, selective);
    }

    /** The branch with sparse calls (3 an hour, talk 100 s) recorded automatically from {@code phone}s. */
    static Deployment sparse(final PhoneConfig phone)
    {
        return branch(3, DurationDistribution.deterministic(100), RecordingOption.AUTOMATIC, phone, 0.3, null);
    }

    /**
     * Internal calls (3 an hour, 100 s, G.711) placed by agents of group "callers" at the data centre to agents of
     * group "agents" at the branch (F8); the agents' lines record automatically, the callers' as {@code callers} says.
     */
    static Deployment internal(final RecordingOption callers, final HoldConfig hold)
    {
        return internal(callers, hold, null);
    }

    /** The internal calls of {@link #internal(RecordingOption, HoldConfig)}, with {@code transfer}. */
    static Deployment internal(final RecordingOption callers, final HoldConfig hold, final TransferConfig transfer)
    {
        Deployment base = branch(3, DurationDistribution.deterministic(100), RecordingOption.AUTOMATIC,
                PhoneConfig.plain(BuiltInBridgeSetting.ON), 0.3, null);
        AgentGroupConfig agents = base.groups().get(0);
        AgentGroupConfig callerGroup = AgentGroupConfig.builder("callers", "dc", 1000).phone(agents.phone())
                .line(LineConfig.builder().recording(callers)
                        .profile(callers == RecordingOption.DISABLED ? null : "rp")
                        .mediaSource(MediaSourcePreference.PHONE).ctiMonitored(true).busyTrigger(4).build())
                .build();
        return base.toBuilder().groups(List.of(agents, callerGroup))
                .traffic(List.of(TrafficConfig.builder("int", "agents", 3 / 3600.0).direction(CallDirection.INTERNAL)
                        .codecs(List.of(new CodecShare(G711, 1))).holdingTime(DurationDistribution.deterministic(100))
                        .hold(hold).transfer(transfer).callerGroup("callers").build()))
                .build();
    }

    /**
     * The branch's agents prefer the gateway as media source (R14), and the data centre's gateway in every call's path
     * can fork (R8, R23), next to the recorder; calls have the given hold and transfer.
     */
    static Deployment gatewayPreferred(final HoldConfig hold, final TransferConfig transfer)
    {
        Deployment base = withTraffic(sparse(PhoneConfig.plain(BuiltInBridgeSetting.ON)),
                t -> t.hold(hold).transfer(transfer));
        return withGroup(base, g -> g.line(LineConfig.builder().recording(RecordingOption.AUTOMATIC).profile("rp")
                .mediaSource(MediaSourcePreference.GATEWAY).ctiMonitored(true).busyTrigger(4).build()))
                .toBuilder().gateways(List.of(GatewayConfig.builder("gw", "dc", 1000).ucGatewayServices(true)
                        .recordingTrunk(true).build()))
                .build();
    }

    private static Deployment branch(final double callsPerHour, final DurationDistribution holding,
            final RecordingOption recording, final PhoneConfig phone, final double setupDelay,
            final SelectiveConfig selective)
    {
        return Deployment.builder("test", cluster(setupDelay))
                .sites(List.of("dc", "branch"))
                .links(List.of(new LinkConfig("wan", "branch", "dc", 100, 18)))
                .gateways(List.of(GatewayConfig.builder("gw", "dc", 1000).build()))
                .recorders(List.of(RecorderConfig.builder("rec", "dc").maxStreams(10_000)
                        .maxSetupsPerSecond(Double.POSITIVE_INFINITY).build()))
                .trunks(List.of(TrunkConfig.builder("t").recorder("rec").build()))
                .profiles(List.of(new RecordingProfileConfig("rp", "t")))
                .groups(List.of(AgentGroupConfig.builder("agents", "branch", 1000).phone(phone)
                        .line(LineConfig.builder().recording(recording)
                                .profile(recording == RecordingOption.DISABLED ? null : "rp").ctiMonitored(true)
                                .busyTrigger(4).build())
                        .selective(selective).build()))
                .traffic(List.of(TrafficConfig.builder("in", "agents", callsPerHour / 3600).gateways(List.of("gw"))
                        .codecs(List.of(new CodecShare(G711, 1))).holdingTime(holding).build()))
                .build();
    }

    /** @return {@code d} with its (first and only) traffic stream changed as {@code change} says */
    static Deployment withTraffic(final Deployment d, final UnaryOperator<TrafficConfigBuilder> change)
    {
        return d.toBuilder().traffic(List.of(change.apply(d.traffic().get(0).toBuilder()).build())).build();
    }

    /** @return {@code d} with its (first and only) agent group changed as {@code change} says */
    static Deployment withGroup(final Deployment d, final UnaryOperator<AgentGroupConfigBuilder> change)
    {
        return d.toBuilder().groups(List.of(change.apply(d.groups().get(0).toBuilder()).build())).build();
    }

    /** The test cluster: built-in bridge on by default, the given recording set-up delay. */
    static ClusterConfig cluster(final double setupDelay)
    {
        return ClusterConfig.builder(CTI, G711).builtInBridge(true).recordingSetupDelay(setupDelay).build();
    }
}
