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
import forkcast.models.calls.TrafficConfig;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.cucm.ToneConfig;
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
        return new Deployment("topology", new ClusterConfig(100_000, 2_000, true, 0, TestDeployments.CTI, false,
                TestDeployments.G711, ToneConfig.NONE), List.of("dc", "branch"),
                List.of(new LinkConfig("wan", "branch", "dc", 100, 18)),
                List.of(new GatewayConfig("gw", "dc", 1000, true, false, gatewayRecordingTrunk)),
                List.of(new RecorderConfig("rec", "dc", 10_000, 1_000, false, false)),
                List.of(new TrunkConfig("t", "rec", Integer.MAX_VALUE)), List.of(new RecordingProfileConfig("rp", "t")),
                List.of(new AgentGroupConfig("a", "branch", 1000, PhoneConfig.plain(BuiltInBridgeSetting.ON),
                        new LineConfig(RecordingOption.AUTOMATIC, "rp", preference, false, 4, false), null, null)),
                List.of(new TrafficConfig("c", "a", 600.0 / 3600, new double[0], 300, CallDirection.INBOUND,
                        List.of("gw"), 0, List.of(new CodecShare(TestDeployments.G711, 1)),
                        DurationDistribution.exponential(120), null, null, null, viaCvp)));
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
