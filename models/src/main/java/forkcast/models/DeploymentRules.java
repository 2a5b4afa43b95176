package forkcast.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.PhoneConfig;
import forkcast.models.calls.RecordKey;
import forkcast.models.calls.SelectiveTrigger;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.calls.MediaSourcePreference;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.calls.RecordingOption;
import forkcast.models.recording.RecordingOrchestrator;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.RouteListConfig;
import forkcast.models.recording.TrunkConfig;

/**
 * The deployment rules of SPEC section 2 as a lint: every configuration that makes recording fail or fall back,
 * found before the run ({@code forkcast validate}), each named by its rule id. The run-time behaviour lives in the
 * elements; this class only predicts it, so both must change together.
 */
public final class DeploymentRules
{
    private DeploymentRules()
    {
    }

    /** @return every finding, in the order of the deployment's lists */
    public static List<RuleFinding> check(final Deployment d)
    {
        List<RuleFinding> findings = new ArrayList<>();
        Map<String, RecorderConfig> recorderByProfile = new HashMap<>();
        Map<String, String> trunkRecorder = new HashMap<>();
        d.trunks().forEach(t -> trunkRecorder.put(t.id(), t.recorder()));
        Map<String, RecorderConfig> recorders = new HashMap<>();
        d.recorders().forEach(r -> recorders.put(r.id(), r));
        for (RecordingProfileConfig p : d.profiles())
        {
            recorderByProfile.put(p.id(), recorders.get(trunkRecorder.get(p.trunk())));
        }
        for (AgentGroupConfig g : d.groups())
        {
            if (g.line().recording() == RecordingOption.DISABLED)
            {
                continue;
            }
            PhoneConfig phone = g.phone();
            boolean bridge = phone.builtInBridge().effective(d.cluster().builtInBridge());
            if (g.line().mlpp() && g.line().busyTrigger() < RecordingOrchestrator.MIN_MLPP_BUSY_TRIGGER)
            {
                findings.add(RuleFinding.warning("R21", "agentGroups", g.id(), "line/busyTrigger", "line uses MLPP with busy"
                        + " trigger " + g.line().busyTrigger() + "; recording needs at least 3 (R21, R27), so every"
                        + " session on it fails (mlpp-busy-trigger)"));
            }
            if (g.selective() != null && g.selective().trigger() == SelectiveTrigger.AGENT
                    && phone.recordKey() == RecordKey.NONE)
            {
                findings.add(RuleFinding.warning("R25", "agentGroups", g.id(), "phone/recordKey", "selective user"
                        + " recording by the agent, but the phone's templates have no Record key (R4, R25): every"
                        + " request fails (no-record-key)"));
            }
            if (!bridge)
            {
                findings.add(RuleFinding.warning("R22", "agentGroups", g.id(), "phone/builtInBridge", "the phones' built-in"
                        + " bridge is off (phone setting " + phone.builtInBridge().name().toLowerCase()
                        + ", cluster default " + (d.cluster().builtInBridge() ? "on" : "off") + "): the phone cannot be"
                        + " the media source" + (g.line().mediaSource() == MediaSourcePreference.PHONE
                                ? "; sessions fall back to a gateway or fail (no-media-source)" : "")));
            }
            else if (phone.mtpRequired())
            {
                findings.add(RuleFinding.warning("R22", "agentGroups", g.id(), "phone/mtpRequired", "built-in bridge on"
                        + " with 'MTP required': recording through the phone fails; sessions fall back to a gateway or"
                        + " fail (no-media-source)"));
            }
            if (phone.authenticated())
            {
                RecorderConfig recorder = recorderByProfile.get(g.line().profile());
                if (!d.cluster().authenticatedPhoneRecording())
                {
                    findings.add(RuleFinding.warning("R33", "agentGroups", g.id(), "phone/authenticated", "authenticated"
                            + " phones while cluster.authenticatedPhoneRecording is deny: the phone cannot be the media"
                            + " source"));
                }
                else if (recorder != null && recorder.secure() && !recorder.srtpFallback())
                {
                    findings.add(RuleFinding.warning("R33", "recorders", recorder.id(), "srtpFallback", "secure recorder"
                            + " without SRTP fallback cannot record the authenticated phones of group " + g.id()));
                }
            }
        }
        Map<String, AgentGroupConfig> groups = new HashMap<>();
        d.groups().forEach(g -> groups.put(g.id(), g));
        Map<String, GatewayConfig> gateways = new HashMap<>();
        d.gateways().forEach(g -> gateways.put(g.id(), g));
        Set<String> reported = new LinkedHashSet<>();
        for (TrafficConfig t : d.traffic())
        {
            AgentGroupConfig g = groups.get(t.group());
            if (g.line().recording() == RecordingOption.DISABLED)
            {
                continue;
            }
            for (String gatewayId : t.gateways())
            {
                GatewayConfig gateway = gateways.get(gatewayId);
                if (gateway.sipProxyInPath() && reported.add("R16 " + gatewayId))
                {
                    findings.add(RuleFinding.warning("R16", "gateways", gatewayId, "sipProxyInPath", "a SIP proxy sits"
                            + " between CUCM and the gateway: it cannot be the media source of recorded calls (R16, R30)"));
                }
                else if (gateway.ucGatewayServices() && !gateway.recordingTrunk() && !t.viaCvp()
                        && g.line().mediaSource() == MediaSourcePreference.GATEWAY && reported.add("R19 " + gatewayId))
                {
                    findings.add(RuleFinding.warning("R19", "gateways", gatewayId, "", "no SIP trunk with recording"
                            + " information 'gateway' reaches this gateway (R8, R19): it cannot fork; gateway-preferred"
                            + " calls through it fall back to the phone (R15)"));
                }
                else if (!gateway.ucGatewayServices() && g.line().mediaSource() == MediaSourcePreference.GATEWAY
                        && !t.viaCvp() && reported.add("R8 " + gatewayId))
                {
                    findings.add(RuleFinding.warning("R8", "gateways", gatewayId, "ucGatewayServices", "no UC gateway"
                            + " services (XMF provider, R8, R23): gateway-preferred calls through it fall back to the phone"
                            + " (R15)"));
                }
            }
        }
        splitFarms(d, findings);
        findings.addAll(CacEstimate.check(d));
        return findings;
    }

    /**
     * R5, R20: with circular distribution the near-end and far-end recording calls of a session, placed one after the
     * other, start at successive trunks, so they land on different destinations; unless those share storage as one
     * logical farm, every recording is split in two.
     */
    private static void splitFarms(final Deployment d, final List<RuleFinding> findings)
    {
        Map<String, TrunkConfig> trunks = new HashMap<>();
        d.trunks().forEach(t -> trunks.put(t.id(), t));
        for (RouteListConfig l : d.routeLists())
        {
            Set<String> destinations = new LinkedHashSet<>();
            l.trunks().forEach(t -> destinations.add(trunks.get(t).recorder() != null ? trunks.get(t).recorder()
                    : trunks.get(t).cube()));
            if (l.circular() && !l.sharedStorage() && destinations.size() > 1)
            {
                findings.add(RuleFinding.warning("R20", "routeLists", l.id(), "distribution", "circular distribution"
                        + " sends the near-end and far-end recording calls of a session to different destinations ("
                        + String.join(", ", destinations) + "): each recording is split in two unless they share"
                        + " storage as one logical farm (then set sharedStorage: true)"));
            }
        }
    }
}
