package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.models.Deployment;
import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.CallDirection;
import forkcast.models.calls.CodecShare;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.LineConfig;
import forkcast.models.calls.SelectiveConfig;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.calls.TransferConfig;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.SipTimers;
import forkcast.models.recording.TrunkConfig;
import forkcast.models.calls.RecordingOption;
import forkcast.models.recording.TrunkConfig;

class OverridesAndDefaultsTest
{
    private static final String SMALL = """
            name: small
            sites: [ { id: dc }, { id: branch } ]
            links: [ { id: wan, between: [branch, dc], mbps: 10 } ]
            recorders: [ { id: rec-a, site: dc, maxStreams: 100 }, { id: rec-b, site: dc } ]
            trunks: [ { id: t, to: rec-a } ]
            recordingProfiles: [ { id: rp, trunk: t } ]
            agentGroups: [ { id: a, site: branch, agents: 10 } ]
            traffic: [ { id: c, group: a, callsPerAgentPerHour: 12 } ]
            """;

    @Test
    void documentedDefaultsApply() throws ScenarioException
    {
        Scenario s = ScenarioText.load(SMALL);
        assertEquals(1, s.seed());
        assertEquals(10, s.replications());
        assertEquals(900, s.window().warmup(), 0.0);
        assertEquals(3600, s.window().duration(), 0.0);
        assertEquals(300, s.window().interval(), 0.0);
        assertFalse(s.deployment().cluster().builtInBridge(), "CUCM's own default is off");
        assertEquals(0.3, s.deployment().cluster().recordingSetupDelay(), 0.0);
        RecorderConfig b = s.deployment().recorders().get(1);
        assertEquals(400, b.maxStreams(), "F6: a MediaSense node");
        assertEquals(2.0, b.maxSetupsPerSecond(), 0.0);
        assertEquals(18, s.deployment().links().get(0).layer2Bytes());
        AgentGroupConfig a = s.deployment().groups().get(0);
        assertEquals(RecordingOption.DISABLED, a.line().recording());
        assertEquals(120.0 / 3600, s.deployment().traffic().get(0).callsPerSecond(), 1e-12, "12 per agent x 10");
        assertEquals(180, s.deployment().traffic().get(0).holdingTime().mean(), 0.0);
    }

    /** F1: a link's layer-2 overhead may be a number of bytes, from the file or from --set (it was always refused). */
    @Test
    void aLinksLayer2MayBeANumberOfBytesF1() throws ScenarioException
    {
        Scenario s = ScenarioText.load(SMALL.replace("mbps: 10 }", "mbps: 10, layer2: 30 }"));
        assertEquals(30, s.deployment().links().get(0).layer2Bytes());
        ScenarioException tooMany = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL.replace("mbps: 10 }", "mbps: 10, layer2: 1001 }")));
        org.junit.jupiter.api.Assertions.assertTrue(tooMany.getMessage().contains("layer2 must be a whole number from 0"
                + " to 1000, not 1001"), tooMany.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL.replace("mbps: 10 }", "mbps: 10, layer2: 30.5 }")));
    }

    @Test
    void aCallerGroupMakesTheCallsInternalByDefault() throws ScenarioException
    {
        Scenario s = ScenarioText.load(SMALL.replace("agentGroups: [ { id: a, site: branch, agents: 10 } ]",
                "agentGroups: [ { id: a, site: branch, agents: 10 }, { id: b, site: dc, agents: 5 } ]")
                .replace("{ id: c, group: a, callsPerAgentPerHour: 12 }",
                        "{ id: c, group: a, callsPerAgentPerHour: 12, callerGroup: b }"));
        TrafficConfig t = s.deployment().traffic().get(0);
        assertEquals("b", t.callerGroup());
        assertEquals(CallDirection.INTERNAL, t.direction(), "F8: calls placed by agents are internal");
        assertEquals(null, ScenarioText.load(SMALL).deployment().traffic().get(0).callerGroup());
    }

    @Test
    @DisplayName("a key left out takes the default documented once, on the model's builder")
    void absentKeysTakeTheBuildersDefaults() throws ScenarioException
    {
        Scenario s = ScenarioText.load("""
                name: bare
                sites: [ { id: dc } ]
                gateways: [ { id: gw, site: dc, channels: 10 } ]
                recorders: [ { id: rec, site: dc } ]
                trunks: [ { id: t, to: rec } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups:
                  - { id: plain, site: dc, agents: 5 }
                  - { id: picked, site: dc, agents: 5, line: { recording: selective, profile: rp } }
                traffic:
                  - { id: c, group: plain, rate: 1/s }
                  - { id: moved, group: plain, rate: 1/s, transfer: { to: plain } }
                """);
        Catalog catalog = Catalog.builtIn();
        Deployment d = s.deployment();
        assertEquals(ClusterConfig.builder(catalog.ctiCosts(), catalog.codec("G711")).build(), d.cluster());
        assertEquals(GatewayConfig.builder("gw", "dc", 10).build(), d.gateways().get(0));
        assertEquals(RecorderConfig.builder("rec", "dc").build(), d.recorders().get(0));
        assertEquals(TrunkConfig.builder("t").recorder("rec").build(), d.trunks().get(0));
        assertEquals(AgentGroupConfig.builder("plain", "dc", 5).build(), d.groups().get(0));
        assertEquals(AgentGroupConfig.builder("picked", "dc", 5)
                .line(LineConfig.builder().recording(RecordingOption.SELECTIVE).profile("rp").build())
                .selective(SelectiveConfig.builder().build()).build(), d.groups().get(1));
        TrafficConfig expected = TrafficConfig.builder("c", "plain", 1)
                .codecs(List.of(new CodecShare(catalog.codec("G711"), 1))).build();
        TrafficConfig traffic = d.traffic().get(0);
        assertEquals(expected.direction(), traffic.direction());
        assertEquals(expected.gateways(), traffic.gateways());
        assertEquals(expected.secureShare(), traffic.secureShare(), 0.0);
        assertEquals(expected.codecs(), traffic.codecs());
        assertEquals(expected.holdingTime(), traffic.holdingTime());
        assertEquals(expected.profile().length, traffic.profile().length);
        assertEquals(expected.profileInterval(), traffic.profileInterval(), 0.0, "run.interval's default");
        assertEquals(expected.hold(), traffic.hold());
        assertEquals(expected.transfer(), traffic.transfer());
        assertEquals(expected.conference(), traffic.conference());
        assertEquals(expected.viaCvp(), traffic.viaCvp());
        assertEquals(expected.callerGroup(), traffic.callerGroup());
        assertEquals(TransferConfig.builder("plain").build(), d.traffic().get(1).transfer());
    }

    @Test
    void setReplacesValuesAddressingListElementsById() throws ScenarioException
    {
        Scenario s = ScenarioText.load(SMALL, "recorders.rec-b.maxStreams=120", "run.replications=3",
                "agentGroups.a.line.recording=automatic", "agentGroups.a.line.profile=rp", "cluster.builtInBridge=on");
        assertEquals(120, s.deployment().recorders().get(1).maxStreams());
        assertEquals(100, s.deployment().recorders().get(0).maxStreams());
        assertEquals(3, s.replications());
        assertEquals(RecordingOption.AUTOMATIC, s.deployment().groups().get(0).line().recording());
        assertTrue(s.deployment().cluster().builtInBridge());
    }

    @Test
    void setErrorsNameTheOption()
    {
        ScenarioException missing = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL, "recorders.rec-x.maxStreams=1"));
        assertEquals("--set recorders.rec-x.maxStreams=1: error: no element with id 'rec-x' in recorders (ids: rec-a, rec-b)",
                missing.errors().get(0).toString());
        ScenarioException badValue = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL, "recorders.rec-a.maxStreams=-5"));
        assertEquals("--set recorders.rec-a.maxStreams=-5: error: maxStreams must be a whole number from 0 to 1000000, not -5",
                badValue.errors().get(0).toString());
        ScenarioException noEquals = assertThrows(ScenarioException.class, () -> ScenarioText.load(SMALL, "run"));
        assertTrue(noEquals.errors().get(0).toString().startsWith("--set run: error: expected PATH=VALUE"));
    }

    @Test
    void everyProblemIsReportedInFileOrder()
    {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load("""
                name: many
                sites: [ { id: dc } ]
                recorders: [ { id: rec, site: nowhere, maxStreams: -1 } ]
                gateways: [ { id: gw, site: dc, channels: -3 } ]
                """));
        assertEquals(3, e.errors().size(), e.getMessage());
        assertEquals("test.yaml:3:31: error: no site with id 'nowhere'", e.errors().get(0).toString());
        assertEquals("test.yaml:3:52: error: maxStreams must be a whole number from 0 to 1000000, not -1", e.errors().get(1).toString());
        assertEquals("test.yaml:4:43: error: channels must be a whole number from 0 to 1000000, not -3", e.errors().get(2).toString());
    }

    @Test
    void aGroupWithAnErrorIsNotReportedMissingByItsTraffic()
    {
        String yaml = """
                name: one-error
                sites: [ { id: dc } ]
                agentGroups: [ { id: agents, site: nowhere, agents: 10 } ]
                traffic: [ { id: calls, group: agents, rate: 10/h, direction: internal } ]
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load(yaml));
        assertEquals(List.of("test.yaml:3:36: error: no site with id 'nowhere'"),
                e.errors().stream().map(Object::toString).toList());
        ScenarioException missing = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(yaml.replace("group: agents", "group: agentz")));
        assertTrue(missing.getMessage().contains("no agent group with id 'agentz'"), "an undeclared group still is: "
                + missing.getMessage());
    }

    @Test
    void runStartIsAClockTimeForTheChartsOnly() throws ScenarioException
    {
        assertEquals(null, ScenarioText.load(SMALL).start(), "absent: charts keep simulated minutes");
        assertEquals(java.time.LocalTime.of(8, 45), ScenarioText.load(SMALL, "run.start=08:45").start());
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL, "run.start=9am"));
        assertTrue(e.errors().get(0).message().contains("must be a clock time HH:MM"), e.getMessage());
        assertTrue(e.getMessage().contains("--set"), "the error names the option: " + e.getMessage());
    }

    @Test
    void intervalMustDivideAnHour()
    {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL, "run.interval=7m"));
        assertTrue(e.errors().get(0).message().contains("must divide one hour evenly"), e.getMessage());
    }

    @Test
    @org.junit.jupiter.api.DisplayName("R17, R20: a recording profile must reach a recorder through its trunk")
    void r17_profileMustReachARecorder()
    {
        ScenarioException missing = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL, "recordingProfiles.rp.trunk=t-x"));
        assertTrue(missing.errors().get(0).message().startsWith("R17, R20: recording profile reaches no recorder"),
                missing.getMessage());
        ScenarioException gatewayTrunk = assertThrows(ScenarioException.class, () -> ScenarioText.load("""
                name: gw-trunk
                sites: [ { id: dc } ]
                gateways: [ { id: gw, site: dc, channels: 10 } ]
                trunks: [ { id: t-gw, to: gw, recordingInfo: gateway } ]
                recordingProfiles: [ { id: rp, trunk: t-gw } ]
                """));
        assertEquals("test.yaml:5:39: error: R17, R20: recording profile reaches no recorder: trunk 't-gw' goes to a"
                + " gateway", gatewayTrunk.errors().get(0).toString());
    }

    @Test
    @org.junit.jupiter.api.DisplayName("F6, R20: trunks take CUCM's SIP timers unless given; a CUBE's set-up rate")
    void sipTimersDefaultToCucmsAndCanBeSet() throws ScenarioException
    {
        TrunkConfig t = ScenarioText.load(SMALL).deployment().trunks().get(0);
        assertEquals(SipTimers.DEFAULT, t.timers());
        assertEquals(new SipTimers(32, false, 60, 120), t.timers(), "Timer B; OPTIONS ping off, 60 s and 120 s");
        TrunkConfig set = ScenarioText.load(SMALL, "trunks.t.inviteTimeout=10s", "trunks.t.optionsPing=true",
                "trunks.t.pingInterval=30s", "trunks.t.pingIntervalOutOfService=5m").deployment().trunks().get(0);
        assertEquals(new SipTimers(10, true, 30, 300), set.timers());
        ScenarioException zero = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL, "trunks.t.inviteTimeout=0s"));
        assertEquals("--set trunks.t.inviteTimeout=0s: error: inviteTimeout must be from 1s to 300s, not 0s",
                zero.errors().get(0).toString());
        ScenarioException file = assertThrows(ScenarioException.class, () -> ScenarioText.load("""
                name: cube-rate
                sites: [ { id: dc } ]
                recorders: [ { id: rec, site: dc } ]
                cubes: [ { id: cube, site: dc, maxSessions: 100, forkTo: [rec], maxSetupsPerSecond: 0 } ]
                """));
        assertEquals("test.yaml:4:85: error: maxSetupsPerSecond must be from 0.001 to 1000000, not 0",
                file.errors().get(0).toString());
    }

    @Test
    @org.junit.jupiter.api.DisplayName("R5, R20: a circular list over recorders without shared storage is warned about")
    void r20_circularListOverSeparateRecordersSplitsRecordings() throws ScenarioException
    {
        String farm = """
                name: farm
                sites: [ { id: dc } ]
                recorders: [ { id: rec-a, site: dc }, { id: rec-b, site: dc } ]
                trunks: [ { id: t-a, to: rec-a }, { id: t-b, to: rec-b } ]
                routeLists: [ { id: rl, distribution: circular, trunks: [t-a, t-b] } ]
                recordingProfiles: [ { id: rp, routeList: rl } ]
                """;
        Scenario split = ScenarioText.load(farm);
        assertEquals(List.of("test.yaml:5:25: warning: R20: circular distribution sends the near-end and far-end"
                + " recording calls of a session to different destinations (rec-a, rec-b): each recording is split in"
                + " two unless they share storage as one logical farm (then set sharedStorage: true)"),
                split.warnings().stream().map(Object::toString).toList());
        assertEquals(List.of(), ScenarioText.load(farm, "routeLists.rl.sharedStorage=true").warnings());
        assertEquals(List.of(), ScenarioText.load(farm, "routeLists.rl.distribution=top-down").warnings());
    }
}
