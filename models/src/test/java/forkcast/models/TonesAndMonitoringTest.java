package forkcast.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.models.Timeline.Step;
import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.CodecShare;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.HoldConfig;
import forkcast.models.calls.LineConfig;
import forkcast.models.calls.MonitoringConfig;
import forkcast.models.calls.PhoneConfig;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.cucm.ToneConfig;
import forkcast.models.calls.MediaSourcePreference;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.calls.RecordingOption;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.TrunkConfig;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.ReplicationRunner;
import forkcast.sim.RunWindow;

class TonesAndMonitoringTest
{
    private final List<Step> trace = new ArrayList<>();

    /** One group at the data centre, not monitored, its calls through the gateway, none secure, none held. */
    private static Deployment deployment(final ToneConfig tones, final RecordingOption recording,
            final MediaSourcePreference preference, final BuiltInBridgeSetting bib, final double callsPerHour)
    {
        return Deployment.builder("tones", TestDeployments.cluster(0.3).toBuilder().tones(tones).build())
                .sites(List.of("dc"))
                .gateways(List.of(GatewayConfig.builder("gw", "dc", 1000).ucGatewayServices(true).recordingTrunk(true)
                        .build()))
                .recorders(List.of(RecorderConfig.builder("rec", "dc").maxStreams(10_000).maxSetupsPerSecond(1_000)
                        .secure(true).build()))
                .trunks(List.of(TrunkConfig.builder("t").recorder("rec").build()))
                .profiles(List.of(new RecordingProfileConfig("rp", "t")))
                .groups(List.of(AgentGroupConfig.builder("g", "dc", 1000).phone(PhoneConfig.plain(bib))
                        .line(LineConfig.builder().recording(recording)
                                .profile(recording == RecordingOption.DISABLED ? null : "rp").mediaSource(preference)
                                .ctiMonitored(true).busyTrigger(4).build())
                        .build()))
                .traffic(List.of(TrafficConfig.builder("c", "g", callsPerHour / 3600).gateways(List.of("gw"))
                        .codecs(List.of(new CodecShare(TestDeployments.G711, 1)))
                        .holdingTime(DurationDistribution.deterministic(100)).build()))
                .build();
    }

    private ReplicationOutput run(final Deployment d)
    {
        return ReplicationRunner.run(new RunWindow(0, 20 * 3600, 3600), 17, 1, context -> new RecordingModel(d, context,
                Timeline.into(this.trace)));
    }

    private List<String> firstCall()
    {
        long id = this.trace.get(0).call();
        return this.trace.stream().filter(s -> s.call() == id).map(s -> s.event() + (s.event() == CallEvent.TONE
                ? ": " + s.detail() : "")).toList();
    }

    @Test
    @DisplayName("R28: a secure call hears the secure tone once at its start, then the recording tone")
    void r28_secureToneOnceThenRecordingTone()
    {
        ReplicationOutput out = run(TestDeployments.withTraffic(deployment(new ToneConfig(true, false, false),
                RecordingOption.AUTOMATIC, MediaSourcePreference.PHONE, BuiltInBridgeSetting.ON, 3),
                t -> t.secureShare(1.0).hold(new HoldConfig(1, DurationDistribution.deterministic(30),
                        DurationDistribution.deterministic(10)))));
        List<String> steps = firstCall();
        List<String> tones = steps.stream().filter(s -> s.startsWith("TONE")).toList();
        assertEquals(List.of("TONE: secure tone to both parties (R28)",
                "TONE: recording tone to agent, played by the phone (R24)",
                "TONE: recording tone to agent, played by the phone (R24)"), tones, "once secure, then per session");
        assertTrue(steps.indexOf(tones.get(0)) < steps.indexOf("RECORDING_ESTABLISHED"));
        assertEquals(out.value("calls.connected"), out.value("tones.secure"), 0.0);
    }

    @Test
    @DisplayName("R24: the recording tone goes to the agent and/or the customer as the service parameters say")
    void r24_recordingToneParameters()
    {
        ReplicationOutput both = run(deployment(new ToneConfig(true, true, false), RecordingOption.AUTOMATIC,
                MediaSourcePreference.PHONE, BuiltInBridgeSetting.ON, 300));
        double sessions = both.value("recording.sessions.established");
        assertTrue(sessions > 5000);
        assertEquals(sessions, both.value("tones.recording.toAgent"), 0.0);
        assertEquals(sessions, both.value("tones.recording.toCustomer"), 0.0);
        ReplicationOutput customer = run(deployment(new ToneConfig(false, true, false), RecordingOption.AUTOMATIC,
                MediaSourcePreference.PHONE, BuiltInBridgeSetting.ON, 300));
        assertEquals(0, customer.value("tones.recording.toAgent"), 0.0);
        assertEquals(customer.value("recording.sessions.established"), customer.value("tones.recording.toCustomer"), 0.0);
        ReplicationOutput none = run(deployment(ToneConfig.NONE, RecordingOption.AUTOMATIC,
                MediaSourcePreference.PHONE, BuiltInBridgeSetting.ON, 300));
        assertEquals(0, none.value("tones.recording.toAgent") + none.value("tones.recording.toCustomer"), 0.0);
    }

    @Test
    @DisplayName("R14, R24: gateway-forked sessions never carry SRTP, so recording tones on SRTP calls come from the phone")
    void f5_noGatewayToneOnSrtpCalls()
    {
        run(TestDeployments.withTraffic(deployment(new ToneConfig(true, false, false), RecordingOption.AUTOMATIC,
                MediaSourcePreference.GATEWAY, BuiltInBridgeSetting.ON, 300), t -> t.secureShare(0.5)));
        List<Long> secureCalls = this.trace.stream().filter(s -> s.detail().startsWith("secure tone")).map(Step::call)
                .toList();
        assertTrue(secureCalls.size() > 2500, "about 3000 of 6000 calls are secure: " + secureCalls.size());
        java.util.Set<Long> secure = new java.util.HashSet<>(secureCalls);
        long gatewayTones = 0;
        for (Step s : this.trace)
        {
            if (s.event() == CallEvent.TONE && s.detail().startsWith("recording tone"))
            {
                boolean byGateway = s.detail().contains("played by the gateway");
                assertTrue(!(byGateway && secure.contains(s.call())), "a gateway tone on an SRTP call: " + s);
                gatewayTones += byGateway ? 1 : 0;
            }
        }
        assertTrue(gatewayTones > 2500, "the other 3000 are forked, and toned, by the gateway: " + gatewayTones);
    }

    @Test
    @DisplayName("R26: a call both recorded and monitored hears only the recording tone")
    void r26_monitoringToneSuppressedWhenRecorded()
    {
        ToneConfig tones = new ToneConfig(true, false, true);
        ReplicationOutput recorded = run(TestDeployments.withGroup(deployment(tones, RecordingOption.AUTOMATIC,
                MediaSourcePreference.PHONE, BuiltInBridgeSetting.ON, 300),
                g -> g.monitoring(new MonitoringConfig(0.5))));
        double monitored = recorded.value("monitoring.started");
        assertEquals(0.5, monitored / recorded.value("calls.connected"), 0.03);
        assertEquals(monitored, recorded.value("tones.monitoring.suppressed"), 0.0);
        assertEquals(0, recorded.value("tones.monitoring.played"), 0.0);
        ReplicationOutput unrecorded = run(TestDeployments.withGroup(deployment(tones, RecordingOption.DISABLED,
                MediaSourcePreference.PHONE, BuiltInBridgeSetting.ON, 300),
                g -> g.monitoring(new MonitoringConfig(0.5))));
        assertEquals(unrecorded.value("monitoring.started"), unrecorded.value("tones.monitoring.played"), 0.0);
        assertTrue(unrecorded.value("monitoring.started") > 2000);
    }

    @Test
    @DisplayName("R22: silent monitoring uses the phone's built-in bridge and costs CTI")
    void r22_monitoringNeedsTheBridge()
    {
        ReplicationOutput off = run(TestDeployments.withGroup(deployment(ToneConfig.NONE, RecordingOption.DISABLED,
                MediaSourcePreference.PHONE, BuiltInBridgeSetting.OFF, 300),
                g -> g.monitoring(new MonitoringConfig(1.0))));
        assertEquals(0, off.value("monitoring.started"), 0.0);
        assertEquals(off.value("calls.connected"), off.value("monitoring.failed"), 0.0);
        double monitoringMessages = 0;
        for (double v : off.series().get("cti.monitoringEvents.perSecond").values())
        {
            monitoringMessages += v * 3600;
        }
        assertEquals(2 * off.value("calls.connected"), monitoringMessages, 1e-6, "one request and response per call");
    }
}
