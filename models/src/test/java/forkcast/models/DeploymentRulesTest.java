package forkcast.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.CallDirection;
import forkcast.models.calls.CodecShare;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.LineConfig;
import forkcast.models.calls.PhoneConfig;
import forkcast.models.calls.PhoneProtocol;
import forkcast.models.calls.RecordKey;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.cucm.ToneConfig;
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
    private static Deployment deployment(final boolean clusterBib, final boolean allowAuthenticated,
            final PhoneConfig phone, final LineConfig line, final GatewayConfig gateway, final boolean secureRecorder)
    {
        return new Deployment("rules", new ClusterConfig(100_000, 2_000, clusterBib, 0.3, TestDeployments.CTI,
                allowAuthenticated, TestDeployments.G711, ToneConfig.NONE), List.of("dc"), List.of(), List.of(gateway),
                List.of(new RecorderConfig("rec", "dc", 10_000, 1_000, secureRecorder, false)),
                List.of(new TrunkConfig("t", "rec", Integer.MAX_VALUE)), List.of(new RecordingProfileConfig("rp", "t")),
                List.of(new AgentGroupConfig("g", "dc", 1000, phone, line, null, null)),
                List.of(new TrafficConfig("c", "g", 600.0 / 3600, new double[0], 300, CallDirection.INBOUND,
                        List.of(gateway.id()), 0, List.of(new CodecShare(TestDeployments.G711, 1)),
                        DurationDistribution.exponential(120))));
    }

    private static PhoneConfig phone(final BuiltInBridgeSetting bib, final boolean mtp, final boolean authenticated)
    {
        return new PhoneConfig(bib, PhoneProtocol.SIP, mtp, authenticated, RecordKey.NONE);
    }

    private static LineConfig line(final MediaSourcePreference preference, final boolean mlpp, final int busyTrigger)
    {
        return new LineConfig(RecordingOption.AUTOMATIC, "rp", preference, false, busyTrigger, mlpp);
    }

    private static final GatewayConfig GOOD_GATEWAY = new GatewayConfig("gw", "dc", 1000, true, false);

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
        Deployment bad = deployment(true, false, phone(BuiltInBridgeSetting.ON, false, false),
                line(MediaSourcePreference.PHONE, true, 2), GOOD_GATEWAY, false);
        assertEquals(List.of("R21 agentGroups/g/line/busyTrigger"), rules(bad));
        ReplicationOutput out = run(bad);
        assertTrue(out.value("recording.sessions.requested") > 500);
        assertEquals(out.value("recording.sessions.requested"), out.value("recording.failed.mlpp-busy-trigger"), 0.0);
        Deployment good = deployment(true, false, phone(BuiltInBridgeSetting.ON, false, false),
                line(MediaSourcePreference.PHONE, true, 3), GOOD_GATEWAY, false);
        assertEquals(List.of(), rules(good), "R27: a busy trigger of 3 is enough");
        assertEquals(0, run(good).value("recording.sessions.failed"), 0.0);
    }

    @Test
    @DisplayName("R22: MTP required with the bridge on; the phone falls back to the gateway")
    void r22_mtpRequiredFallsBackToTheGateway()
    {
        Deployment d = deployment(true, false, phone(BuiltInBridgeSetting.ON, true, false),
                line(MediaSourcePreference.PHONE, false, 2), GOOD_GATEWAY, false);
        assertEquals(List.of("R22 agentGroups/g/phone/mtpRequired"), rules(d));
        ReplicationOutput out = run(d);
        assertEquals(out.value("recording.sessions.established"), out.value("recording.mediaSource.gateway"), 0.0);
        assertEquals(out.value("recording.sessions.established"), out.value("recording.mediaSource.fallbackStep.1"), 0.0);
    }

    @Test
    @DisplayName("R22: bridge off by the cluster default, no gateway can fork: no-media-source")
    void r22_bridgeOffWithoutGateway()
    {
        Deployment d = deployment(false, false, phone(BuiltInBridgeSetting.DEFAULT, false, false),
                line(MediaSourcePreference.PHONE, false, 2), new GatewayConfig("gw", "dc", 1000, false, false), false);
        assertEquals(List.of("R22 agentGroups/g/phone/builtInBridge"), rules(d));
        ReplicationOutput out = run(d);
        assertEquals(out.value("recording.sessions.requested"), out.value("recording.failed.no-media-source"), 0.0);
    }

    @Test
    @DisplayName("R16, R8, R23: a gateway behind a proxy or without UC services: gateway-preferred calls use the phone")
    void r16_r8_gatewayThatCannotFork()
    {
        Deployment proxy = deployment(true, false, phone(BuiltInBridgeSetting.ON, false, false),
                line(MediaSourcePreference.GATEWAY, false, 2), new GatewayConfig("gw", "dc", 1000, true, true), false);
        assertEquals(List.of("R16 gateways/gw/sipProxyInPath"), rules(proxy));
        ReplicationOutput out = run(proxy);
        assertEquals(out.value("recording.sessions.established"), out.value("recording.mediaSource.phone"), 0.0);
        assertEquals(out.value("recording.sessions.established"), out.value("recording.mediaSource.fallback"), 0.0);
        Deployment noUc = deployment(true, false, phone(BuiltInBridgeSetting.ON, false, false),
                line(MediaSourcePreference.GATEWAY, false, 2), new GatewayConfig("gw", "dc", 1000, false, false), false);
        assertEquals(List.of("R8 gateways/gw/ucGatewayServices"), rules(noUc));
        Deployment good = deployment(true, false, phone(BuiltInBridgeSetting.ON, false, false),
                line(MediaSourcePreference.GATEWAY, false, 2), GOOD_GATEWAY, false);
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
        GatewayConfig cannotFork = new GatewayConfig("gw", "dc", 1000, false, false);
        Deployment denied = deployment(true, false, phone(BuiltInBridgeSetting.ON, false, true),
                line(MediaSourcePreference.PHONE, false, 2), cannotFork, false);
        assertEquals(List.of("R33 agentGroups/g/phone/authenticated"), rules(denied));
        ReplicationOutput out = run(denied);
        assertEquals(out.value("recording.sessions.requested"), out.value("recording.failed.no-media-source"), 0.0);
        Deployment secureRecorder = deployment(true, true, phone(BuiltInBridgeSetting.ON, false, true),
                line(MediaSourcePreference.PHONE, false, 2), cannotFork, true);
        assertEquals(List.of("R33 recorders/rec/srtpFallback"), rules(secureRecorder));
        Deployment allowed = deployment(true, true, phone(BuiltInBridgeSetting.ON, false, true),
                line(MediaSourcePreference.PHONE, false, 2), cannotFork, false);
        assertEquals(List.of(), rules(allowed));
        assertEquals(0, run(allowed).value("recording.sessions.failed"), 0.0);
    }
}
