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
import forkcast.models.calls.PhoneConfig;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.network.LinkConfig;
import forkcast.models.calls.MediaSourcePreference;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.calls.RecordingOption;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.TrunkConfig;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.ReplicationRunner;
import forkcast.sim.RunWindow;

/** Where the forked streams go: single recorder (R9), gateway trunks (R8, R19), CVP calls (R29). */
class TopologyRulesTest
{
    /** Agents in a branch, gateway and recorder in the data centre, gateway-preferred recording. */
    private static Deployment deployment(final boolean gatewayRecordingTrunk, final boolean viaCvp,
            final MediaSourcePreference preference)
    {
        return Deployment.builder("topology", TestDeployments.cluster(0))
                .sites(List.of("dc", "branch"))
                .links(List.of(new LinkConfig("wan", "branch", "dc", 100, 18)))
                .gateways(List.of(GatewayConfig.builder("gw", "dc", 1000).ucGatewayServices(true)
                        .recordingTrunk(gatewayRecordingTrunk).build()))
                .recorders(List.of(RecorderConfig.builder("rec", "dc").maxStreams(10_000).maxSetupsPerSecond(1_000)
                        .build()))
                .trunks(List.of(TrunkConfig.builder("t").recorder("rec").build()))
                .profiles(List.of(new RecordingProfileConfig("rp", "t")))
                .groups(List.of(AgentGroupConfig.builder("a", "branch", 1000)
                        .phone(PhoneConfig.plain(BuiltInBridgeSetting.ON))
                        .line(LineConfig.builder().recording(RecordingOption.AUTOMATIC).profile("rp")
                                .mediaSource(preference).busyTrigger(4).build())
                        .build()))
                .traffic(List.of(TrafficConfig.builder("c", "a", 600.0 / 3600).gateways(List.of("gw"))
                        .codecs(List.of(new CodecShare(TestDeployments.G711, 1)))
                        .holdingTime(DurationDistribution.exponential(120)).viaCvp(viaCvp).build()))
                .build();
    }

    private static ReplicationOutput run(final Deployment d)
    {
        return ReplicationRunner.run(new RunWindow(600, 4 * 3600, 600), 8, 1, RecordingModel.factory(d));
    }

    @Test
    @DisplayName("R9: with a single recorder the phone forks both streams straight to it, across the WAN")
    void r9_phoneForksStraightToTheRecorder()
    {
        ReplicationOutput out = run(deployment(true, false, MediaSourcePreference.PHONE));
        assertEquals(out.value("recording.sessions.established"), out.value("recording.mediaSource.phone"), 0.0);
        assertEquals(2 * 0.0872 * out.value("recording.calls.mean"), out.value("bandwidth.link.wan.forkMbps.mean"), 1e-9);
        assertEquals(out.value("bandwidth.recorder.rec.mbps.mean"), out.value("bandwidth.link.wan.forkMbps.mean"), 1e-9);
    }

    @Test
    @DisplayName("R9, R8: a gateway next to the recorder forks there, and nothing forked crosses the WAN")
    void r9_gatewayForksBesideTheRecorder()
    {
        ReplicationOutput out = run(deployment(true, false, MediaSourcePreference.GATEWAY));
        assertTrue(out.value("recording.mediaSource.gateway") > 1000);
        assertEquals(0, out.value("bandwidth.link.wan.forkMbps.peak"), 0.0);
        assertTrue(out.value("bandwidth.recorder.rec.mbps.mean") > 0);
    }

    @Test
    @DisplayName("R19: without a SIP trunk whose recording information marks it, the gateway cannot fork")
    void r19_gatewayNeedsARecordingTrunk()
    {
        Deployment d = deployment(false, false, MediaSourcePreference.GATEWAY);
        assertEquals(List.of("R19"), DeploymentRules.check(d).stream().map(RuleFinding::rule).toList());
        ReplicationOutput out = run(d);
        assertEquals(0, out.value("recording.mediaSource.gateway"), 0.0);
        assertEquals(out.value("recording.sessions.established"), out.value("recording.mediaSource.fallback"), 0.0);
    }

    @Test
    @DisplayName("R29: calls routed through CVP are recorded with the agent phone as the source")
    void r29_cvpCallsUseThePhone()
    {
        Deployment d = deployment(true, true, MediaSourcePreference.GATEWAY);
        assertEquals(List.of(), DeploymentRules.check(d));
        ReplicationOutput out = run(d);
        assertTrue(out.value("recording.sessions.established") > 1000);
        assertEquals(out.value("recording.sessions.established"), out.value("recording.mediaSource.phone"), 0.0);
        assertEquals(0, out.value("recording.sessions.failed"), 0.0);
    }
}
