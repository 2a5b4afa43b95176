package forkcast.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.CodecShare;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.LineConfig;
import forkcast.models.calls.LineConfigBuilder;
import forkcast.models.calls.PhoneConfig;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.calls.MediaSourcePreference;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.calls.RecordingOption;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.TrunkConfig;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.ReplicationRunner;
import forkcast.sim.RunWindow;

/** The lint predicts what the run does: each rule is found before the run and then seen in its failures. */
class DeploymentRulesTest
{
    private static final ClusterConfig CLUSTER = TestDeployments.cluster(0.3);
    private static final RecorderConfig RECORDER = RecorderConfig.builder("rec", "dc").maxStreams(10_000)
            .maxSetupsPerSecond(1_000).build();
    private static final GatewayConfig GOOD_GATEWAY = GatewayConfig.builder("gw", "dc", 1000).ucGatewayServices(true)
            .recordingTrunk(true).build();
    private static final GatewayConfig NO_UC_GATEWAY = GatewayConfig.builder("gw", "dc", 1000).build();

    /** One group at the data centre on a cluster with the bridge on, recorded to a plain recorder. */
    private static Deployment deployment(final PhoneConfig phone, final LineConfig line, final GatewayConfig gateway)
    {
        return deployment(CLUSTER, phone, line, gateway, RECORDER);
    }

    private static Deployment deployment(final ClusterConfig cluster, final PhoneConfig phone, final LineConfig line,
            final GatewayConfig gateway, final RecorderConfig recorder)
    {
        return Deployment.builder("rules", cluster)
                .sites(List.of("dc"))
                .gateways(List.of(gateway))
                .recorders(List.of(recorder))
                .trunks(List.of(TrunkConfig.builder("t").recorder("rec").build()))
                .profiles(List.of(new RecordingProfileConfig("rp", "t")))
                .groups(List.of(AgentGroupConfig.builder("g", "dc", 1000).phone(phone).line(line).build()))
                .traffic(List.of(TrafficConfig.builder("c", "g", 600.0 / 3600).gateways(List.of(gateway.id()))
                        .codecs(List.of(new CodecShare(TestDeployments.G711, 1)))
                        .holdingTime(DurationDistribution.exponential(120)).build()))
                .build();
    }

    private static PhoneConfig.Builder phone(final BuiltInBridgeSetting bib)
    {
        return PhoneConfig.builder().builtInBridge(bib);
    }

    /** An automatically recorded line with the given media source preference (busy trigger 2, no MLPP). */
    private static LineConfigBuilder line(final MediaSourcePreference preference)
    {
        return LineConfig.builder().recording(RecordingOption.AUTOMATIC).profile("rp").mediaSource(preference);
    }

    private static ReplicationOutput run(final Deployment d)
    {
        return ReplicationRunner.run(new RunWindow(600, 7200, 600), 3, 1, RecordingModel.factory(d));
    }

    private static List<String> rules(final Deployment d)
    {
        return DeploymentRules.check(d).stream().map(f -> f.rule() + " " + f.section() + "/" + f.id() + "/" + f.key())
                .toList();
    }

    @Test
    @DisplayName("R21, R27: MLPP with a busy trigger below 3 fails every session")
    void r21_mlppBusyTrigger()
    {
        Deployment bad = deployment(phone(BuiltInBridgeSetting.ON).build(),
                line(MediaSourcePreference.PHONE).mlpp(true).busyTrigger(2).build(), GOOD_GATEWAY);
        assertEquals(List.of("R21 agentGroups/g/line/busyTrigger"), rules(bad));
        ReplicationOutput out = run(bad);
        assertTrue(out.value("recording.sessions.requested") > 500);
        assertEquals(out.value("recording.sessions.requested"), out.value("recording.failed.mlpp-busy-trigger"), 0.0);
        Deployment good = deployment(phone(BuiltInBridgeSetting.ON).build(),
                line(MediaSourcePreference.PHONE).mlpp(true).busyTrigger(3).build(), GOOD_GATEWAY);
        assertEquals(List.of(), rules(good), "R27: a busy trigger of 3 is enough");
        assertEquals(0, run(good).value("recording.sessions.failed"), 0.0);
    }

    @Test
    @DisplayName("R22: MTP required with the bridge on; the phone falls back to the gateway")
    void r22_mtpRequiredFallsBackToTheGateway()
    {
        Deployment d = deployment(phone(BuiltInBridgeSetting.ON).mtpRequired(true).build(),
                line(MediaSourcePreference.PHONE).build(), GOOD_GATEWAY);
        assertEquals(List.of("R22 agentGroups/g/phone/mtpRequired"), rules(d));
        ReplicationOutput out = run(d);
        assertEquals(out.value("recording.sessions.established"), out.value("recording.mediaSource.gateway"), 0.0);
        assertEquals(out.value("recording.sessions.established"), out.value("recording.mediaSource.fallbackStep.1"), 0.0);
    }

    @Test
    @DisplayName("R22: bridge off by the cluster default, no gateway can fork: no-media-source")
    void r22_bridgeOffWithoutGateway()
    {
        Deployment d = deployment(CLUSTER.toBuilder().builtInBridge(false).build(),
                phone(BuiltInBridgeSetting.DEFAULT).build(), line(MediaSourcePreference.PHONE).build(), NO_UC_GATEWAY,
                RECORDER);
        assertEquals(List.of("R22 agentGroups/g/phone/builtInBridge"), rules(d));
        ReplicationOutput out = run(d);
        assertEquals(out.value("recording.sessions.requested"), out.value("recording.failed.no-media-source"), 0.0);
    }

    @Test
    @DisplayName("R16, R8, R23: a gateway behind a proxy or without UC services: gateway-preferred calls use the phone")
    void r16_r8_gatewayThatCannotFork()
    {
        Deployment proxy = deployment(phone(BuiltInBridgeSetting.ON).build(),
                line(MediaSourcePreference.GATEWAY).build(), GatewayConfig.builder("gw", "dc", 1000)
                        .ucGatewayServices(true).sipProxyInPath(true).recordingTrunk(true).build());
        assertEquals(List.of("R16 gateways/gw/sipProxyInPath"), rules(proxy));
        ReplicationOutput out = run(proxy);
        assertEquals(out.value("recording.sessions.established"), out.value("recording.mediaSource.phone"), 0.0);
        assertEquals(out.value("recording.sessions.established"), out.value("recording.mediaSource.fallback"), 0.0);
        Deployment noUc = deployment(phone(BuiltInBridgeSetting.ON).build(),
                line(MediaSourcePreference.GATEWAY).build(), NO_UC_GATEWAY);
        assertEquals(List.of("R8 gateways/gw/ucGatewayServices"), rules(noUc));
        Deployment good = deployment(phone(BuiltInBridgeSetting.ON).build(),
                line(MediaSourcePreference.GATEWAY).build(), GOOD_GATEWAY);
        assertEquals(List.of(), rules(good));
        ReplicationOutput ok = run(good);
        assertEquals(ok.value("recording.sessions.established"), ok.value("recording.mediaSource.gateway"), 0.0);
        assertEquals(0, ok.value("recording.mediaSource.fallback"), 0.0);
    }

    @Test
    @DisplayName("R33: authenticated phones are not a source while the policy denies, nor toward a secure recorder"
            + " without SRTP fallback")
    void r33_authenticatedPhones()
    {
        PhoneConfig authenticated = phone(BuiltInBridgeSetting.ON).authenticated(true).build();
        ClusterConfig allowing = CLUSTER.toBuilder().authenticatedPhoneRecording(true).build();
        Deployment denied = deployment(authenticated, line(MediaSourcePreference.PHONE).build(), NO_UC_GATEWAY);
        assertEquals(List.of("R33 agentGroups/g/phone/authenticated"), rules(denied));
        ReplicationOutput out = run(denied);
        assertEquals(out.value("recording.sessions.requested"), out.value("recording.failed.no-media-source"), 0.0);
        Deployment secureRecorder = deployment(allowing, authenticated, line(MediaSourcePreference.PHONE).build(),
                NO_UC_GATEWAY, RecorderConfig.builder("rec", "dc").maxStreams(10_000).maxSetupsPerSecond(1_000)
                        .secure(true).build());
        assertEquals(List.of("R33 recorders/rec/srtpFallback"), rules(secureRecorder));
        Deployment allowed = deployment(allowing, authenticated, line(MediaSourcePreference.PHONE).build(),
                NO_UC_GATEWAY, RECORDER);
        assertEquals(List.of(), rules(allowed));
        assertEquals(0, run(allowed).value("recording.sessions.failed"), 0.0);
    }
}
