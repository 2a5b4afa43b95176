package forkcast.models.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.LineConfig;
import forkcast.models.calls.MediaSource;
import forkcast.models.calls.MediaSourcePreference;
import forkcast.models.calls.PhoneConfig;
import forkcast.models.calls.RecordingOption;
import forkcast.sim.stats.MeasurementWindow;

/** Tables 1 and 2 of the source document, row by row, and what makes each candidate unavailable. */
class MediaSourceSelectorTest
{
    private static final MediaSourcePreference GW = MediaSourcePreference.GATEWAY;
    private static final MediaSourcePreference PH = MediaSourcePreference.PHONE;

    private static String describe(final MediaSourceSelector.Selection s)
    {
        if (s == null)
        {
            return "none";
        }
        return (s.source() == MediaSource.PHONE ? "phone" : "gw" + (s.gateway() + 1)) + "@" + s.step();
    }

    @ParameterizedTest(name = "R14 Table 1: prefer {0}, secure {1}, gateways in path {2} -> {3}")
    @CsvSource({
            "gateway, false, 1, gw1@0",   // preferred gateway, RTP, gateway in the call path -> gateway
            "gateway, false, 0, phone@0", // preferred gateway, RTP, no gateway in the path -> phone
            "gateway, true,  1, phone@0", // preferred gateway, SRTP -> phone
            "gateway, true,  2, phone@0",
            "phone,   false, 1, phone@0", // preferred phone -> phone, always
            "phone,   true,  1, phone@0",
            "phone,   false, 0, phone@0"})
    void r14_table1(final String preference, final boolean secure, final int gatewaysInPath, final String expected)
    {
        boolean[] gateways = new boolean[gatewaysInPath];
        java.util.Arrays.fill(gateways, true);
        assertEquals(expected, describe(MediaSourceSelector.select(
                MediaSourcePreference.valueOf(preference.toUpperCase()), secure, true, gateways)));
    }

    @ParameterizedTest(name = "R15 Table 2: prefer {0}; phone {1}, gw1 {2}, gw2 {3} -> {4}")
    @CsvSource({
            // gateway preference: first gateway in the path, second gateway, phone
            "gateway, true,  true,  true,  gw1@0",
            "gateway, true,  false, true,  gw2@1",
            "gateway, true,  false, false, phone@2",
            "gateway, false, false, false, none",
            "gateway, false, false, true,  gw2@1",
            // phone preference: phone, first gateway, second gateway
            "phone,   true,  true,  true,  phone@0",
            "phone,   false, true,  true,  gw1@1",
            "phone,   false, false, true,  gw2@2",
            "phone,   false, false, false, none"})
    void r15_table2FallbackOrder(final String preference, final boolean phone, final boolean gw1, final boolean gw2,
            final String expected)
    {
        assertEquals(expected, describe(MediaSourceSelector.select(
                MediaSourcePreference.valueOf(preference.toUpperCase()), false, phone, gw1, gw2)));
    }

    @Test
    @DisplayName("R14, R15: a gateway is never the source of an SRTP call, even as a fallback")
    void r14_secureCallNeverUsesAGateway()
    {
        assertNull(MediaSourceSelector.select(PH, true, false, true, true));
        assertNull(MediaSourceSelector.select(GW, true, false, true));
        MediaSourceSelector.Selection s = MediaSourceSelector.select(GW, true, true, true);
        assertEquals(MediaSource.PHONE, s.source());
        assertFalse(s.fallback(), "Table 1's secure row is the normal choice, not a fallback");
    }

    @Test
    @DisplayName("R15: a fallback is counted only when an earlier candidate was unavailable")
    void r15_fallbackFlag()
    {
        assertFalse(MediaSourceSelector.select(GW, false, true).fallback(), "no gateway in the path");
        assertTrue(MediaSourceSelector.select(GW, false, true, false).fallback());
        assertTrue(MediaSourceSelector.select(PH, false, false, true).fallback());
    }

    @ParameterizedTest(name = "R8, R16, R23: UC services {0}, SIP proxy {1} -> can fork {2}")
    @CsvSource({"true, false, true", "false, false, false", "true, true, false", "false, true, false"})
    void r16_gatewayCanForkOnlyWithUcServicesAndNoProxy(final boolean uc, final boolean proxy, final boolean expected)
    {
        assertEquals(expected, GatewayConfig.builder("gw", "dc", 10).ucGatewayServices(uc).sipProxyInPath(proxy)
                .recordingTrunk(true).build().canFork());
    }

    @Test
    @DisplayName("R30 = R16: a gateway behind a SIP proxy falls back to the phone")
    void r30_proxyMakesThePhoneTheSource()
    {
        boolean gatewayAvailable = GatewayConfig.builder("gw", "dc", 10).ucGatewayServices(true)
                .sipProxyInPath(true).recordingTrunk(true).build().canFork();
        assertEquals("phone@1", describe(MediaSourceSelector.select(GW, false, true, gatewayAvailable)));
    }

    private static AgentGroup group(final BuiltInBridgeSetting bib, final boolean mtp, final boolean authenticated,
            final boolean clusterBib, final boolean allowAuthenticated)
    {
        return new AgentGroup(AgentGroupConfig.builder("g", "s", 1)
                .phone(PhoneConfig.builder().builtInBridge(bib).mtpRequired(mtp).authenticated(authenticated).build())
                .line(LineConfig.builder().recording(RecordingOption.AUTOMATIC).profile("rp").mediaSource(PH).build())
                .build(), 0, clusterBib, allowAuthenticated, new MeasurementWindow(0, 10, 10));
    }

    @ParameterizedTest(name = "R22: phone {0}, cluster default {1} -> bridge {2}")
    @CsvSource({"ON, false, true", "ON, true, true", "OFF, true, false", "OFF, false, false", "DEFAULT, true, true",
            "DEFAULT, false, false"})
    void r22_phoneSettingOverridesTheClusterDefaultUnlessDefault(final BuiltInBridgeSetting phone,
            final boolean cluster, final boolean expected)
    {
        assertEquals(expected, phone.effective(cluster));
        assertEquals(expected, group(phone, false, false, cluster, false).phoneCanFork(false, false));
    }

    @Test
    @DisplayName("R22: with the bridge on and 'MTP required' checked, the phone cannot fork")
    void r22_mtpRequiredConflict()
    {
        assertFalse(group(BuiltInBridgeSetting.ON, true, false, true, false).phoneCanFork(false, false));
        assertTrue(group(BuiltInBridgeSetting.ON, false, false, true, false).phoneCanFork(false, false));
    }

    @ParameterizedTest(name = "R33: policy allow={0}, recorder secure={1}, SRTP fallback={2} -> phone can fork {3}")
    @CsvSource({"false, false, false, false", "false, true, true, false", "true, false, false, true",
            "true, true, false, false", "true, true, true, true"})
    void r33_authenticatedPhones(final boolean allow, final boolean secureRecorder, final boolean srtpFallback,
            final boolean expected)
    {
        assertEquals(expected, group(BuiltInBridgeSetting.ON, false, true, true, allow)
                .phoneCanFork(secureRecorder, srtpFallback));
        assertTrue(group(BuiltInBridgeSetting.ON, false, false, true, allow).phoneCanFork(secureRecorder, srtpFallback),
                "the policy concerns authenticated phones only");
    }
}
