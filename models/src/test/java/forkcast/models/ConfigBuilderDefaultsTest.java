package forkcast.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.CallDirection;
import forkcast.models.calls.CodecShare;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.LineConfig;
import forkcast.models.calls.MediaSourcePreference;
import forkcast.models.calls.PhoneConfig;
import forkcast.models.calls.PhoneProtocol;
import forkcast.models.calls.RecordKey;
import forkcast.models.calls.RecordingOption;
import forkcast.models.calls.SelectiveConfig;
import forkcast.models.calls.SelectiveTrigger;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.calls.TrafficConfigBuilder;
import forkcast.models.calls.TransferConfig;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.cucm.CtiCosts;
import forkcast.models.cucm.ToneConfig;
import forkcast.models.media.Codec;
import forkcast.models.recording.CubeConfig;
import forkcast.models.recording.EarlyOffer;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.SipTimers;
import forkcast.models.recording.TrunkConfig;

/**
 * The configurations' builders leave every part not set at its documented default: each record built from its
 * {@code builder(...)} factory with only the required parts equals the record written out in full, positionally, with
 * those defaults. A default changed, or a new component left without one, fails here.
 */
class ConfigBuilderDefaultsTest
{
    private static final Codec G711 = TestDeployments.G711;

    private static final List<CodecShare> CODECS = List.of(new CodecShare(G711, 1));

    @Test
    void callSideDefaults()
    {
        assertEquals(new GatewayConfig("gw", "dc", 30, false, false, false),
                GatewayConfig.builder("gw", "dc", 30).build());
        assertEquals(new SelectiveConfig(1, SelectiveTrigger.SUPERVISOR, DurationDistribution.deterministic(0), 0,
                DurationDistribution.exponential(60)), SelectiveConfig.builder().build());
        assertEquals(new TransferConfig(1, "back", false, DurationDistribution.exponential(40), 0),
                TransferConfig.builder("back").build());
        LineConfig line = new LineConfig(RecordingOption.DISABLED, null, MediaSourcePreference.PHONE, false, 2, false);
        assertEquals(line, LineConfig.builder().build());
        PhoneConfig phone = new PhoneConfig(BuiltInBridgeSetting.DEFAULT, PhoneProtocol.SIP, false, false,
                RecordKey.NONE, true);
        assertEquals(phone, PhoneConfig.builder().build());
        assertEquals(new AgentGroupConfig("agents", "dc", 10, phone, line, null, null, null, null, null),
                AgentGroupConfig.builder("agents", "dc", 10).build());
    }

    @Test
    void trafficDefaults()
    {
        TrafficConfig full = new TrafficConfig("in", "agents", 0.5, new double[0], 300, CallDirection.INBOUND,
                List.of(), 0, CODECS, DurationDistribution.exponential(180), null, null, null, false, null);
        assertSameParts(full, TrafficConfig.builder("in", "agents", 0.5).codecs(CODECS).build());
        IllegalArgumentException noCodec = assertThrows(IllegalArgumentException.class,
                () -> TrafficConfig.builder("in", "agents", 0.5).build());
        assertTrue(noCodec.getMessage().contains("no codec"), noCodec.getMessage());
    }

    @Test
    void recordingSideDefaults()
    {
        assertEquals(new RecorderConfig("rec", "dc", 400, 2, false, false, List.of(), OptionalInt.empty(),
                OptionalDouble.empty()), RecorderConfig.builder("rec", "dc").build());
        assertEquals(new CubeConfig("cube", "dc", "", 100, List.of("rec"), List.of(), Double.POSITIVE_INFINITY, 1),
                CubeConfig.builder("cube", "dc", 100).forkTo(List.of("rec")).build());
        assertEquals(new TrunkConfig("t", "rec", null, Integer.MAX_VALUE, EarlyOffer.NONE, null, List.of(),
                SipTimers.DEFAULT), TrunkConfig.builder("t").recorder("rec").build());
    }

    @Test
    void clusterAndDeploymentDefaults()
    {
        CtiCosts costs = new CtiCosts(0, 0, 0, 0, 0, 0, 0, 0, 1, 1);
        assertEquals(costs, CtiCosts.builder().build());
        ClusterConfig cluster = new ClusterConfig(100_000, 2_000, false, 0.3, costs, false, G711, ToneConfig.NONE,
                List.of(), Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertEquals(cluster, ClusterConfig.builder(costs, G711).build());
        assertEquals(new Deployment("empty", cluster, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), OptionalDouble.empty()),
                Deployment.builder("empty", cluster).build());
    }

    @Test
    void toBuilderKeepsEveryPart()
    {
        CtiCosts costs = new CtiCosts(3, 2, 2, 2, 4, 4, 2, 2, 2, 0.5);
        assertEquals(costs, costs.toBuilder().build());
        ClusterConfig cluster = new ClusterConfig(50_000, 900, true, 0.5, costs, true, G711, new ToneConfig(true, false,
                true), List.of(), 800, 1_600);
        assertEquals(cluster, cluster.toBuilder().build());
        AgentGroupConfig group = AgentGroupConfig.builder("agents", "dc", 10).patience(DurationDistribution
                .exponential(30)).build();
        assertEquals(group, group.toBuilder().build());
        TrafficConfig traffic = TrafficConfig.builder("in", "agents", 0.5).codecs(CODECS).secureShare(0.25)
                .profile(new double[] {1, 0.5}).profileInterval(900).build();
        assertSameParts(traffic, traffic.toBuilder().build());
        Deployment deployment = Deployment.builder("d", cluster).sites(List.of("dc")).groups(List.of(group))
                .traffic(List.of(traffic)).busyHourShare(OptionalDouble.of(0.2)).build();
        assertEquals(deployment, deployment.toBuilder().build());
    }

    /** A traffic stream's profile is an array, which the record's equals compares by reference: compare its values. */
    private static void assertSameParts(final TrafficConfig expected, final TrafficConfig actual)
    {
        assertArrayEquals(expected.profile(), actual.profile());
        assertEquals(otherParts(expected), otherParts(actual));
    }

    private static List<Object> otherParts(final TrafficConfig traffic)
    {
        return TrafficConfigBuilder.stream(traffic).filter(part -> !part.getKey().equals("profile"))
                .map(Map.Entry::getValue).toList();
    }
}
