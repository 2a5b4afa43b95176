package forkcast.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.CodecShare;
import forkcast.models.calls.ConferenceConfig;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.HoldConfig;
import forkcast.models.calls.LineConfig;
import forkcast.models.calls.PhoneConfig;
import forkcast.models.calls.PhoneProtocol;
import forkcast.models.calls.RecordKey;
import forkcast.models.calls.SelectiveConfig;
import forkcast.models.calls.SelectiveTrigger;
import forkcast.models.calls.TransferConfig;
import forkcast.models.media.Codec;
import forkcast.models.calls.MediaSourcePreference;
import forkcast.models.calls.RecordingOption;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.ReplicationRunner;
import forkcast.sim.RunWindow;

/**
 * One timeline per lifecycle path, asserted event by event with its times, and its BHCC and CTI counts. Calls are
 * sparse (3 per hour) and every duration is fixed: talk 100 s, set-up delay 0.3 s.
 */
class CallFeatureTimelineTest
{
    record Step(double time, long call, CallEvent event, String detail)
    {
        @Override
        public String toString()
        {
            return String.format(java.util.Locale.ROOT, "%.1f %d %s", this.time, this.call, this.event);
        }
    }

    private static final RunWindow WINDOW = new RunWindow(0, 30 * 3600, 3600);
    private static final PhoneConfig SIP_PHONE = PhoneConfig.plain(BuiltInBridgeSetting.ON);
    private final List<Step> trace = new ArrayList<>();

    private ReplicationOutput run(final Deployment d)
    {
        return ReplicationRunner.run(WINDOW, 21, 1, context -> new RecordingModel(d, context,
                (time, call, event, detail) -> this.trace.add(new Step(time, call, event, detail))));
    }

    /** @return the first call's steps (and its consult call's), times relative to its arrival, as text */
    private String firstTimeline()
    {
        long id = this.trace.get(0).call();
        double t0 = this.trace.get(0).time();
        return this.trace.stream().filter(s -> Math.abs(s.call()) == id)
                .map(s -> new Step(s.time() - t0, s.call() < 0 ? -1 : 1, s.event(), s.detail()).toString())
                .collect(Collectors.joining("\n"));
    }

    private static String lines(final String... steps)
    {
        return String.join("\n", steps);
    }


    /** Expands "REQ/EST/RC" shorthands for readability. */
    private static String expand(final String timeline)
    {
        return timeline.replaceAll("\\bREQ\\b", "RECORDING_REQUESTED").replaceAll("\\bEST\\b", "RECORDING_ESTABLISHED")
                .replaceAll("\\bRC\\b", "RECORDING_CALL").replaceAll("\\bMSTART\\b", "MEDIA_STARTED")
                .replaceAll("\\bMSTOP\\b", "MEDIA_STOPPED").replaceAll("\\bENDED_REC\\b", "RECORDING_ENDED");
    }

    @Test
    @DisplayName("R35: hold ends the session, resume sets up a new one (two more recording calls in BHCC)")
    void r35_holdAndResume()
    {
        Deployment d = TestDeployments.withTraffic(TestDeployments.sparse(SIP_PHONE), t -> t.hold(
                new HoldConfig(1, DurationDistribution.deterministic(30), DurationDistribution.deterministic(20))));
        ReplicationOutput out = run(d);
        assertEquals(expand(lines("0.0 1 ARRIVED", "0.0 1 CONNECTED", "0.0 1 REQ", "0.0 1 EST", "0.0 1 RC",
                "0.0 1 RC", "0.3 1 MSTART", "30.0 1 HELD", "30.0 1 MSTOP", "30.0 1 ENDED_REC", "50.0 1 RESUMED",
                "50.0 1 REQ", "50.0 1 EST", "50.0 1 RC", "50.0 1 RC", "50.3 1 MSTART", "120.0 1 MSTOP",
                "120.0 1 ENDED_REC", "120.0 1 RELEASED")), firstTimeline());
        double calls = out.value("calls.connected");
        assertEquals(2 * calls, out.value("recording.sessions.established"), 2, "two sessions per call");
        assertEquals(4 * calls, sum(out, "bhcc.recordingCalls"), 4, "R35: again two recording calls");
        // F4 per call: setup 3 + two sessions x (started 2 + ended 2) + release 2 = 13
        assertEquals(13 * calls, out.value("cti.messagesPerSecond.mean") * WINDOW.duration(), 13);
        assertEquals(calls, out.value("calls.held"), 1);
    }

    @Test
    @DisplayName("F3: a consult transfer ends the recording, records the consult call, and restarts on the new agent")
    void f3_consultTransfer()
    {
        Deployment d = TestDeployments.withTraffic(TestDeployments.sparse(SIP_PHONE), t -> t.transfer(
                TransferConfig.builder("agents").consult(DurationDistribution.deterministic(40)).build()));
        ReplicationOutput out = run(d);
        assertEquals(expand(lines("0.0 1 ARRIVED", "0.0 1 CONNECTED", "0.0 1 REQ", "0.0 1 EST", "0.0 1 RC",
                "0.0 1 RC", "0.3 1 MSTART", "100.0 1 MSTOP", "100.0 1 ENDED_REC", "100.0 1 CONSULT_STARTED",
                "100.0 -1 REQ", "100.0 -1 EST", "100.0 -1 RC", "100.0 -1 RC", "100.3 -1 MSTART", "140.0 -1 MSTOP",
                "140.0 -1 ENDED_REC", "140.0 1 CONSULT_ENDED", "140.0 1 TRANSFERRED", "140.0 1 REQ", "140.0 1 EST",
                "140.0 1 RC", "140.0 1 RC", "140.3 1 MSTART", "240.0 1 MSTOP", "240.0 1 ENDED_REC",
                "240.0 1 RELEASED")), firstTimeline());
        double calls = out.value("calls.connected");
        assertEquals(calls, sum(out, "bhcc.consultCalls"), 1, "one consult call per transfer");
        assertEquals(6 * calls, sum(out, "bhcc.recordingCalls"), 6, "three sessions: call, consult, after transfer");
        // F4: call setup 3 + consult setup 3 + consult release 2 + release 2 + 3 sessions x 4 = 22
        assertEquals(22 * calls, out.value("cti.messagesPerSecond.mean") * WINDOW.duration(), 22);
    }

    @Test
    @DisplayName("F3: a blind transfer restarts the recording when the new agent answers")
    void f3_blindTransfer()
    {
        Deployment d = TestDeployments.withTraffic(TestDeployments.sparse(SIP_PHONE), t -> t.transfer(
                TransferConfig.builder("agents").blind(true).consult(DurationDistribution.deterministic(40))
                        .build()));
        ReplicationOutput out = run(d);
        assertEquals(expand(lines("0.0 1 ARRIVED", "0.0 1 CONNECTED", "0.0 1 REQ", "0.0 1 EST", "0.0 1 RC",
                "0.0 1 RC", "0.3 1 MSTART", "100.0 1 MSTOP", "100.0 1 ENDED_REC", "100.0 1 TRANSFERRED", "100.0 1 REQ",
                "100.0 1 EST", "100.0 1 RC", "100.0 1 RC", "100.3 1 MSTART", "200.0 1 MSTOP", "200.0 1 ENDED_REC",
                "200.0 1 RELEASED")), firstTimeline());
        assertEquals(0, sum(out, "bhcc.consultCalls"), 0.0);
        double calls = out.value("calls.connected");
        assertEquals(calls, out.value("calls.transferred"), 1);
        assertEquals(4 * calls, sum(out, "bhcc.recordingCalls"), 4, "two sessions: before and after the transfer");
        // F4: setup 3 + release 2 + two sessions x 4 = 13
        assertEquals(13 * calls, out.value("cti.messagesPerSecond.mean") * WINDOW.duration(), 13);
    }

    @Test
    @DisplayName("F3: a conference makes the bridge the far end of the restarted recording")
    void f3_conferenceBridgeIsTheFarEnd()
    {
        Deployment d = TestDeployments.withTraffic(TestDeployments.sparse(SIP_PHONE), t -> t.conference(
                new ConferenceConfig(1, DurationDistribution.deterministic(15))));
        ReplicationOutput out = run(d);
        assertEquals(expand(lines("0.0 1 ARRIVED", "0.0 1 CONNECTED", "0.0 1 REQ", "0.0 1 EST", "0.0 1 RC",
                "0.0 1 RC", "0.3 1 MSTART", "100.0 1 MSTOP", "100.0 1 ENDED_REC", "100.0 1 CONSULT_STARTED",
                "100.0 -1 REQ", "100.0 -1 EST", "100.0 -1 RC", "100.0 -1 RC", "100.3 -1 MSTART", "115.0 -1 MSTOP",
                "115.0 -1 ENDED_REC", "115.0 1 CONSULT_ENDED", "115.0 1 CONFERENCE_JOINED", "115.0 1 REQ",
                "115.0 1 EST", "115.0 1 RC", "115.0 1 RC", "115.3 1 MSTART", "215.0 1 MSTOP", "215.0 1 ENDED_REC",
                "215.0 1 RELEASED")), firstTimeline());
        long id = this.trace.get(0).call();
        List<String> farEnds = this.trace.stream().filter(s -> s.call() == id && s.event() == CallEvent.RECORDING_CALL)
                .map(Step::detail).toList();
        assertTrue(farEnds.get(0).contains("far end gw"), farEnds.get(0));
        assertTrue(farEnds.get(2).contains("far end conference bridge"), farEnds.get(2));
        double calls = out.value("calls.connected");
        assertEquals(calls, sum(out, "bhcc.consultCalls"), 1, "one consult call per conference");
        assertEquals(6 * calls, sum(out, "bhcc.recordingCalls"), 6, "three sessions: call, consult, conference");
        // F4: call setup 3 + consult setup 3 + consult release 2 + release 2 + 3 sessions x 4 = 22
        assertEquals(22 * calls, out.value("cti.messagesPerSecond.mean") * WINDOW.duration(), 22);
    }

    private ReplicationOutput conferenceWith(final PhoneProtocol protocol)
    {
        Codec g729 = new Codec("G729", 20, 0.020);
        PhoneConfig phone = PhoneConfig.builder().builtInBridge(BuiltInBridgeSetting.ON).protocol(protocol).build();
        Deployment d = TestDeployments.withTraffic(TestDeployments.sparse(phone), t -> t
                .codecs(List.of(new CodecShare(g729, 1)))
                .conference(new ConferenceConfig(1, DurationDistribution.deterministic(15))));
        this.trace.clear();
        return run(d);
    }

    @Test
    @DisplayName("R34: in a recorded conference SCCP phones lock their codec; SIP phones take the bridge's")
    void r34_codecLock()
    {
        conferenceWith(PhoneProtocol.SCCP);
        assertTrue(this.trace.stream().filter(s -> s.event() == CallEvent.CONFERENCE_JOINED)
                .allMatch(s -> s.detail().equals("bridge is the far end; codec G729 locked (R34)")));
        ReplicationOutput sip = conferenceWith(PhoneProtocol.SIP);
        assertTrue(this.trace.stream().filter(s -> s.event() == CallEvent.CONFERENCE_JOINED)
                .allMatch(s -> s.detail().equals("bridge is the far end; codec G711")));
        assertTrue(sip.value("bandwidth.recorder.rec.mbps.peak") >= 2 * 0.0872 - 1e-9,
                "after the conference the recorded streams are G.711");
    }

    @Test
    @DisplayName("R32: under selective recording the consult call is recorded only if the agent presses Record")
    void r32_consultRecordedOnlyWhenTheAgentPressesRecord()
    {
        PhoneConfig withKey = PhoneConfig.builder().builtInBridge(BuiltInBridgeSetting.ON).recordKey(RecordKey.SOFTKEY)
                .build();
        Deployment selective = TestDeployments.selective(3, DurationDistribution.deterministic(100), withKey,
                SelectiveConfig.builder().trigger(SelectiveTrigger.SUPERVISOR).build());
        run(TestDeployments.withTraffic(selective, t -> t.transfer(
                TransferConfig.builder("agents").consult(DurationDistribution.deterministic(40))
                        .recordConsultShare(1.0).build())));
        assertTrue(this.trace.stream().anyMatch(s -> s.call() < 0 && s.event() == CallEvent.RECORDING_ESTABLISHED));
        this.trace.clear();
        run(TestDeployments.withTraffic(selective, t -> t.transfer(
                TransferConfig.builder("agents").consult(DurationDistribution.deterministic(40))
                        .recordConsultShare(0.0).build())));
        assertTrue(this.trace.stream().noneMatch(s -> s.call() < 0 && s.event().name().startsWith("RECORDING")),
                "no consult call is recorded");
        assertTrue(this.trace.stream().filter(s -> s.event() == CallEvent.TRANSFERRED).count() > 30);
        long restarted = this.trace.stream().filter(s -> s.call() > 0 && s.event() == CallEvent.RECORDING_ESTABLISHED)
                .count();
        long calls = this.trace.stream().filter(s -> s.event() == CallEvent.CONNECTED).count();
        assertTrue(restarted >= 2 * calls - 2, "F3: the selective recording restarts after the transfer");
    }

    @Test
    @DisplayName("F5: gateway forking is not kept across hold/resume: the new session is forked by the phone")
    void f5_gatewayForkingLostOnHold()
    {
        Deployment held = TestDeployments.withTraffic(TestDeployments.sparse(SIP_PHONE), t -> t.hold(
                new HoldConfig(1, DurationDistribution.deterministic(30), DurationDistribution.deterministic(20))));
        Deployment d = TestDeployments.withGroup(held, g -> g.line(LineConfig.builder()
                .recording(RecordingOption.AUTOMATIC).profile("rp").mediaSource(MediaSourcePreference.GATEWAY)
                .ctiMonitored(true).busyTrigger(4).build()))
                .toBuilder().gateways(List.of(GatewayConfig.builder("gw", "dc", 1000).ucGatewayServices(true)
                        .recordingTrunk(true).build()))
                .build();
        ReplicationOutput out = run(d);
        double sessions = out.value("recording.sessions.established");
        assertEquals(sessions / 2, out.value("recording.mediaSource.gateway"), 1, "the first session of each call");
        assertEquals(sessions / 2, out.value("recording.mediaSource.phone"), 1, "the session after resume");
        assertEquals(sessions / 2, out.value("recording.mediaSource.fallback"), 1);
    }

    private static double sum(final ReplicationOutput out, final String series)
    {
        double total = 0;
        for (double v : out.series().get(series).values())
        {
            total += v;
        }
        return total;
    }
}
