package forkcast.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.Call;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.CodecShare;
import forkcast.models.calls.ConferenceConfig;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.HoldConfig;
import forkcast.models.calls.LineConfig;
import forkcast.models.calls.PhoneConfig;
import forkcast.models.calls.PhoneProtocol;
import forkcast.models.calls.RecordKey;
import forkcast.models.calls.SelectiveConfig;
import forkcast.models.calls.SelectiveTrigger;
import forkcast.models.calls.TransferConfig;
import forkcast.models.media.Codec;
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

    /**
     * @return the first call's steps and its legs', times relative to its arrival, as text: leg 1 is the answering
     *         agent's, 2 the calling agent's (or a consult's target), 3 a conference colleague's; a consult leg is
     *         negative
     */
    private String firstTimeline()
    {
        long id = this.trace.get(0).call();
        double t0 = this.trace.get(0).time();
        return this.trace.stream().filter(s -> Math.abs(s.call()) % Call.LEG_SPACING == id)
                .map(s -> new Step(s.time() - t0, Long.signum(s.call()) * (1 + Math.abs(s.call()) / Call.LEG_SPACING),
                        s.event(), s.detail()).toString())
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
    @DisplayName("F3, F8: a consult transfer ends the recording, records both consult legs, restarts on the new agent")
    void f3_consultTransfer()
    {
        Deployment d = TestDeployments.withTraffic(TestDeployments.sparse(SIP_PHONE), t -> t.transfer(
                TransferConfig.builder("agents").consult(DurationDistribution.deterministic(40)).build()));
        ReplicationOutput out = run(d);
        assertEquals(expand(lines("0.0 1 ARRIVED", "0.0 1 CONNECTED", "0.0 1 REQ", "0.0 1 EST", "0.0 1 RC",
                "0.0 1 RC", "0.3 1 MSTART", "100.0 1 MSTOP", "100.0 1 ENDED_REC", "100.0 1 CONSULT_STARTED",
                "100.0 -1 REQ", "100.0 -1 EST", "100.0 -1 RC", "100.0 -1 RC", "100.0 -2 REQ", "100.0 -2 EST",
                "100.0 -2 RC", "100.0 -2 RC", "100.3 -1 MSTART", "100.3 -2 MSTART", "140.0 -1 MSTOP",
                "140.0 -1 ENDED_REC", "140.0 -2 MSTOP", "140.0 -2 ENDED_REC", "140.0 1 CONSULT_ENDED",
                "140.0 1 TRANSFERRED", "140.0 1 REQ", "140.0 1 EST", "140.0 1 RC", "140.0 1 RC", "140.3 1 MSTART",
                "240.0 1 MSTOP", "240.0 1 ENDED_REC", "240.0 1 RELEASED")), firstTimeline());
        double calls = out.value("calls.connected");
        assertEquals(calls, sum(out, "bhcc.consultCalls"), 1, "one consult call per transfer");
        assertEquals(8 * calls, sum(out, "bhcc.recordingCalls"), 8,
                "four sessions: call, both consult legs (F8), after transfer");
        // F4: call setup 3 + two consult legs x (setup 3 + release 2) + release 2 + 4 sessions x 4 = 31
        assertEquals(31 * calls, out.value("cti.messagesPerSecond.mean") * WINDOW.duration(), 31);
        // the consult legs count in coverage's base as they count in what is recorded: 278.8 of 280 s
        assertEquals((99.7 + 2 * 39.7 + 99.7) / 280, out.value("recording.coverage"), 0.002);
        assertEquals(4, out.value("agents.agents.sessionsPerCall"), 0.05);
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
    @DisplayName("F3, F8: a conference makes the bridge the far end; the colleague's line records its leg too")
    void f3_conferenceBridgeIsTheFarEnd()
    {
        Deployment d = TestDeployments.withTraffic(TestDeployments.sparse(SIP_PHONE), t -> t.conference(
                new ConferenceConfig(1, DurationDistribution.deterministic(15))));
        ReplicationOutput out = run(d);
        assertEquals(expand(lines("0.0 1 ARRIVED", "0.0 1 CONNECTED", "0.0 1 REQ", "0.0 1 EST", "0.0 1 RC",
                "0.0 1 RC", "0.3 1 MSTART", "100.0 1 MSTOP", "100.0 1 ENDED_REC", "100.0 1 CONSULT_STARTED",
                "100.0 -1 REQ", "100.0 -1 EST", "100.0 -1 RC", "100.0 -1 RC", "100.0 -2 REQ", "100.0 -2 EST",
                "100.0 -2 RC", "100.0 -2 RC", "100.3 -1 MSTART", "100.3 -2 MSTART", "115.0 -1 MSTOP",
                "115.0 -1 ENDED_REC", "115.0 -2 MSTOP", "115.0 -2 ENDED_REC", "115.0 1 CONSULT_ENDED",
                "115.0 1 CONFERENCE_JOINED", "115.0 3 CONNECTED", "115.0 1 REQ", "115.0 1 EST", "115.0 1 RC",
                "115.0 1 RC", "115.0 3 REQ", "115.0 3 EST", "115.0 3 RC", "115.0 3 RC", "115.3 1 MSTART",
                "115.3 3 MSTART", "215.0 1 MSTOP", "215.0 1 ENDED_REC", "215.0 1 RELEASED", "215.0 3 MSTOP",
                "215.0 3 ENDED_REC", "215.0 3 RELEASED")), firstTimeline());
        long id = this.trace.get(0).call();
        List<String> farEnds = this.trace.stream().filter(s -> s.call() == id && s.event() == CallEvent.RECORDING_CALL)
                .map(Step::detail).toList();
        assertTrue(farEnds.get(0).contains("far end gw"), farEnds.get(0));
        assertTrue(farEnds.get(2).contains("far end conference bridge"), farEnds.get(2));
        long colleague = Call.legId(id, Call.COLLEAGUE_LINE, false);
        assertTrue(this.trace.stream().filter(s -> s.call() == colleague && s.event() == CallEvent.RECORDING_CALL)
                .allMatch(s -> s.detail().contains("far end conference bridge")), "F8: the colleague's far end");
        double calls = out.value("calls.connected");
        assertEquals(calls, sum(out, "bhcc.consultCalls"), 1, "one consult call per conference");
        assertEquals(10 * calls, sum(out, "bhcc.recordingCalls"), 10,
                "five sessions: call, both consult legs, conference on both agents' lines");
        // F4: call setup 3 + two consult legs x (3 + 2) + colleague's leg 3 + 2 + release 2 + 5 sessions x 4 = 40
        assertEquals(40 * calls, out.value("cti.messagesPerSecond.mean") * WINDOW.duration(), 40);
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
    @DisplayName("F5: a gateway-forked session records on through hold and resume: no new session, BHCC or WAN fork")
    void f5_gatewayForkingGoesOnOverHold()
    {
        ReplicationOutput out = run(TestDeployments.gatewayPreferred(
                new HoldConfig(1, DurationDistribution.deterministic(30), DurationDistribution.deterministic(20)),
                null));
        assertEquals(expand(lines("0.0 1 ARRIVED", "0.0 1 CONNECTED", "0.0 1 REQ", "0.0 1 EST", "0.0 1 RC",
                "0.0 1 RC", "0.3 1 MSTART", "30.0 1 HELD", "50.0 1 RESUMED", "120.0 1 MSTOP", "120.0 1 ENDED_REC",
                "120.0 1 RELEASED")), firstTimeline());
        assertTrue(this.trace.stream().filter(s -> s.event() == CallEvent.RECORDING_ESTABLISHED)
                .allMatch(s -> s.detail().equals("t rec source gateway gw")));
        double calls = out.value("calls.connected");
        double sessions = out.value("recording.sessions.established");
        assertEquals(calls, sessions, 1, "one session per call, held through");
        assertEquals(calls, out.value("calls.held"), 1);
        assertEquals(sessions, out.value("recording.mediaSource.gateway"), 0.0, "the gateway forks the whole call");
        assertEquals(0, out.value("recording.mediaSource.phone"), 0.0);
        assertEquals(0, out.value("recording.mediaSource.fallback"), 0.0);
        assertEquals(0, out.value("bandwidth.link.wan.forkMbps.peak"), 0.0, "no fork crosses the WAN");
        assertEquals(2 * calls, sum(out, "bhcc.recordingCalls"), 2, "no recording calls at resume");
        // F4: setup 3 + one session x (started 2 + ended 2) + release 2 = 9
        assertEquals(9 * calls, out.value("cti.messagesPerSecond.mean") * WINDOW.duration(), 9);
        // the held seconds are recorded, and count in coverage's base: 119.7 of 120 s
        assertEquals(119.7 / 120, out.value("recording.coverage"), 0.002);
    }

    @Test
    @DisplayName("F5: a transfer ends the gateway-forked session; the new agent's line restarts it at the gateway")
    void f5_transferRestartsAtTheGateway()
    {
        ReplicationOutput out = run(TestDeployments.gatewayPreferred(null,
                new TransferConfig(1, "agents", true, DurationDistribution.deterministic(40), 0)));
        assertEquals(expand(lines("0.0 1 ARRIVED", "0.0 1 CONNECTED", "0.0 1 REQ", "0.0 1 EST", "0.0 1 RC",
                "0.0 1 RC", "0.3 1 MSTART", "100.0 1 MSTOP", "100.0 1 ENDED_REC", "100.0 1 TRANSFERRED", "100.0 1 REQ",
                "100.0 1 EST", "100.0 1 RC", "100.0 1 RC", "100.3 1 MSTART", "200.0 1 MSTOP", "200.0 1 ENDED_REC",
                "200.0 1 RELEASED")), firstTimeline());
        double calls = out.value("calls.connected");
        double sessions = out.value("recording.sessions.established");
        assertEquals(2 * calls, sessions, 2, "before and after the transfer");
        assertEquals(sessions, out.value("recording.mediaSource.gateway"), 0.0);
        assertEquals(0, out.value("bandwidth.link.wan.forkMbps.peak"), 0.0);
    }

    @Test
    @DisplayName("F8: an internal call between two automatic lines: 2 sessions, 4 recorder streams, 5 BHCC")
    void f8_internalCallRecordedOnBothLines()
    {
        ReplicationOutput out = run(TestDeployments.internal(RecordingOption.AUTOMATIC, null));
        assertEquals(expand(lines("0.0 1 ARRIVED", "0.0 1 CONNECTED", "0.0 2 CONNECTED", "0.0 1 REQ", "0.0 1 EST",
                "0.0 1 RC", "0.0 1 RC", "0.0 2 REQ", "0.0 2 EST", "0.0 2 RC", "0.0 2 RC", "0.3 1 MSTART",
                "0.3 2 MSTART", "100.0 1 MSTOP", "100.0 1 ENDED_REC", "100.0 1 RELEASED", "100.0 2 MSTOP",
                "100.0 2 ENDED_REC", "100.0 2 RELEASED")), firstTimeline());
        double calls = out.value("calls.connected");
        assertTrue(calls > 60, "about 90 calls in 30 hours");
        assertEquals(2 * calls, out.value("recording.sessions.established"), 2, "one session per line");
        assertEquals(5 * calls, sum(out, "bhcc.total"), 5, "1 agent call + 2 x 2 recording calls");
        assertEquals(calls, sum(out, "bhcc.agentCalls"), 1, "the call counts once");
        double busy = out.value("agents.agents.busy.mean");
        assertEquals(4 * busy, out.value("recorder.rec.streams.mean"), 1e-12,
                "4 recorder streams per connected call, held from set-up to release");
        assertEquals(2 * 0.997 * busy, out.value("recording.calls.mean"), 0.002 * busy, "media after the set-up delay");
        assertEquals(out.value("agents.agents.busy.mean"), out.value("agents.callers.busy.mean"), 1e-9,
                "the calling agent is busy as long as the answering one");
        assertEquals(2, out.value("agents.agents.sessionsPerCall"), 0.03);
        assertEquals(calls, out.value("agents.callers.sessions"), 1);
        assertEquals(calls, out.value("agents.agents.sessions"), 1);
        assertTrue(Double.isNaN(out.value("agents.callers.sessionsPerCall")), "the callers answered no call");
        // F4, both lines monitored: 2 x (setup 3 + release 2) + 2 sessions x 4 = 18
        assertEquals(18 * calls, out.value("cti.messagesPerSecond.mean") * WINDOW.duration(), 18);
        // the call's own media runs between the two agents' sites, one G.711 stream each way
        assertEquals(0.0872 * out.value("agents.agents.busy.mean"), out.value("bandwidth.link.wan.to-dc.mbps.mean")
                - out.value("bandwidth.link.wan.to-dc.forkMbps.mean"), 1e-9);

        this.trace.clear();
        ReplicationOutput oneLine = run(TestDeployments.internal(RecordingOption.DISABLED, null));
        double c = oneLine.value("calls.connected");
        assertEquals(c, oneLine.value("recording.sessions.established"), 1, "only the answering line records");
        assertEquals(3 * c, sum(oneLine, "bhcc.total"), 3);
    }

    @Test
    @DisplayName("F8, R35: holding an internal call ends both phones' sessions; resume restarts both")
    void f8_internalCallHeld()
    {
        ReplicationOutput out = run(TestDeployments.internal(RecordingOption.AUTOMATIC,
                new HoldConfig(1, DurationDistribution.deterministic(30), DurationDistribution.deterministic(20))));
        assertEquals(expand(lines("0.0 1 ARRIVED", "0.0 1 CONNECTED", "0.0 2 CONNECTED", "0.0 1 REQ", "0.0 1 EST",
                "0.0 1 RC", "0.0 1 RC", "0.0 2 REQ", "0.0 2 EST", "0.0 2 RC", "0.0 2 RC", "0.3 1 MSTART",
                "0.3 2 MSTART", "30.0 1 HELD", "30.0 1 MSTOP", "30.0 1 ENDED_REC", "30.0 2 MSTOP", "30.0 2 ENDED_REC",
                "50.0 1 RESUMED", "50.0 1 REQ", "50.0 1 EST", "50.0 1 RC", "50.0 1 RC", "50.0 2 REQ", "50.0 2 EST",
                "50.0 2 RC", "50.0 2 RC", "50.3 1 MSTART", "50.3 2 MSTART", "120.0 1 MSTOP", "120.0 1 ENDED_REC",
                "120.0 1 RELEASED", "120.0 2 MSTOP", "120.0 2 ENDED_REC", "120.0 2 RELEASED")), firstTimeline());
        double calls = out.value("calls.connected");
        assertEquals(4 * calls, out.value("recording.sessions.established"), 4);
        assertEquals((29.7 + 69.7) / 100, out.value("recording.coverage"), 0.002, "hold time is in neither");
    }

    @Test
    @DisplayName("F8, F3: a consult transfer of an internal call: the caller's session restarts with the new far end")
    void f8_internalCallTransferred()
    {
        ReplicationOutput out = run(TestDeployments.internal(RecordingOption.AUTOMATIC, null,
                new TransferConfig(1, "agents", false, DurationDistribution.deterministic(40), 0)));
        assertEquals(expand(lines("0.0 1 ARRIVED", "0.0 1 CONNECTED", "0.0 2 CONNECTED", "0.0 1 REQ", "0.0 1 EST",
                "0.0 1 RC", "0.0 1 RC", "0.0 2 REQ", "0.0 2 EST", "0.0 2 RC", "0.0 2 RC", "0.3 1 MSTART",
                "0.3 2 MSTART", "100.0 1 MSTOP", "100.0 1 ENDED_REC", "100.0 2 MSTOP", "100.0 2 ENDED_REC",
                "100.0 1 CONSULT_STARTED", "100.0 -1 REQ", "100.0 -1 EST", "100.0 -1 RC", "100.0 -1 RC",
                "100.0 -2 REQ", "100.0 -2 EST", "100.0 -2 RC", "100.0 -2 RC", "100.3 -1 MSTART", "100.3 -2 MSTART",
                "140.0 -1 MSTOP", "140.0 -1 ENDED_REC", "140.0 -2 MSTOP", "140.0 -2 ENDED_REC",
                "140.0 1 CONSULT_ENDED", "140.0 1 TRANSFERRED", "140.0 1 REQ", "140.0 1 EST", "140.0 1 RC",
                "140.0 1 RC", "140.0 2 REQ", "140.0 2 EST", "140.0 2 RC", "140.0 2 RC", "140.3 1 MSTART",
                "140.3 2 MSTART", "240.0 1 MSTOP", "240.0 1 ENDED_REC", "240.0 1 RELEASED", "240.0 2 MSTOP",
                "240.0 2 ENDED_REC", "240.0 2 RELEASED")), firstTimeline());
        double calls = out.value("calls.connected");
        assertEquals(6 * calls, out.value("recording.sessions.established"), 6,
                "two lines before, both consult legs, two lines after the transfer");
        assertEquals(6, out.value("agents.agents.sessionsPerCall"), 0.1);
        assertEquals(2 * calls, out.value("agents.callers.sessions"), 2, "the caller's line records twice");
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
