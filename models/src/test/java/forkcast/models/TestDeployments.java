package forkcast.models;

import java.util.List;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.CallDirection;
import forkcast.models.calls.CodecShare;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.LineConfig;
import forkcast.models.calls.ConferenceConfig;
import forkcast.models.calls.HoldConfig;
import forkcast.models.calls.PhoneConfig;
import forkcast.models.calls.TransferConfig;
import forkcast.models.calls.SelectiveConfig;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.cucm.CtiCosts;
import forkcast.models.cucm.ToneConfig;
import forkcast.models.media.Codec;
import forkcast.models.network.LinkConfig;
import forkcast.models.calls.MediaSourcePreference;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.calls.RecordingOption;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.TrunkConfig;

/** A small branch/data-centre deployment for model tests, with the knobs the tests turn. */
final class TestDeployments
{
    static final Codec G711 = new Codec("G711", 160, 0.020);
    static final CtiCosts CTI = new CtiCosts(3, 2, 2, 2, 2, 2, 2, 2, 1, 1.0);

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

    /** The branch with automatic recording on {@code phone}s and the call features of {@code traffic}. */
    static Deployment withFeatures(final PhoneConfig phone, final RecordingOption recording,
            final SelectiveConfig selective, final HoldConfig hold, final TransferConfig transfer,
            final ConferenceConfig conference)
    {
        Deployment base = branch(3, DurationDistribution.deterministic(100), recording, phone, 0.3, selective);
        TrafficConfig t = base.traffic().get(0);
        return new Deployment(base.name(), base.cluster(), base.sites(), base.links(), base.gateways(),
                base.recorders(), base.trunks(), base.profiles(), base.groups(),
                List.of(new TrafficConfig(t.id(), t.group(), t.callsPerSecond(), t.profile(), t.profileInterval(),
                        t.direction(), t.gateways(), t.secureShare(), t.codecs(), t.holdingTime(), hold, transfer,
                        conference, false)));
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
        AgentGroupConfig callerGroup = new AgentGroupConfig("callers", "dc", 1000, agents.phone(),
                new LineConfig(callers, callers == RecordingOption.DISABLED ? null : "rp", MediaSourcePreference.PHONE,
                        true, 4, false),
                null, null);
        return new Deployment(base.name(), base.cluster(), base.sites(), base.links(), base.gateways(),
                base.recorders(), base.trunks(), base.profiles(), List.of(agents, callerGroup),
                List.of(new TrafficConfig("int", "agents", 3 / 3600.0, new double[0], 300, CallDirection.INTERNAL,
                        List.of(), 0, List.of(new CodecShare(G711, 1)), DurationDistribution.deterministic(100), hold,
                        transfer, null, false, "callers")));
    }

    /**
     * The branch's agents prefer the gateway as media source (R14), and the data centre's gateway in every call's path
     * can fork (R8, R23), next to the recorder; calls have the given hold and transfer.
     */
    static Deployment gatewayPreferred(final HoldConfig hold, final TransferConfig transfer)
    {
        Deployment base = withFeatures(PhoneConfig.plain(BuiltInBridgeSetting.ON), RecordingOption.AUTOMATIC, null,
                hold, transfer, null);
        AgentGroupConfig g = base.groups().get(0);
        return new Deployment(base.name(), base.cluster(), base.sites(), base.links(),
                List.of(new GatewayConfig("gw", "dc", 1000, true, false)), base.recorders(), base.trunks(),
                base.profiles(), List.of(new AgentGroupConfig(g.id(), g.site(), g.agents(), g.phone(),
                        new LineConfig(RecordingOption.AUTOMATIC, "rp", MediaSourcePreference.GATEWAY, true, 4, false),
                        null, null)),
                base.traffic());
    }

    private static Deployment branch(final double callsPerHour, final DurationDistribution holding,
            final RecordingOption recording, final PhoneConfig phone, final double setupDelay,
            final SelectiveConfig selective)
    {
        return new Deployment("test", new ClusterConfig(100_000, 2_000, true, setupDelay, CTI, false, G711, ToneConfig.NONE), List.of("dc", "branch"),
                List.of(new LinkConfig("wan", "branch", "dc", 100, 18)), List.of(new GatewayConfig("gw", "dc", 1000, false, false)),
                List.of(new RecorderConfig("rec", "dc", 10_000, Double.POSITIVE_INFINITY, false, false)),
                List.of(new TrunkConfig("t", "rec", Integer.MAX_VALUE)), List.of(new RecordingProfileConfig("rp", "t")),
                List.of(new AgentGroupConfig("agents", "branch", 1000, phone,
                        new LineConfig(recording, recording == RecordingOption.DISABLED ? null : "rp",
                                MediaSourcePreference.PHONE, true, 4, false),
                        null, selective)),
                List.of(new TrafficConfig("in", "agents", callsPerHour / 3600, new double[0], 300, CallDirection.INBOUND,
                        List.of("gw"), 0, List.of(new CodecShare(G711, 1)), holding)));
    }
}
