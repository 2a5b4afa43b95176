package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TraceTest
{
    private static final String GATEWAY_RECORDING = """
            name: trace
            run: { warmup: 0s, duration: 1h, replications: 3, interval: 5m }
            cluster: { builtInBridge: on, recordingSetupDelay: 250ms }
            sites: [ { id: dc } ]
            gateways: [ { id: gw, site: dc, channels: 500, ucGatewayServices: true } ]
            recorders: [ { id: rec, site: dc, maxSetupsPerSecond: 100, secure: true } ]
            trunks: [ { id: t, to: rec }, { id: t-gw, to: gw, recordingInfo: gateway } ]
            recordingProfiles: [ { id: rp, trunk: t } ]
            agentGroups: [ { id: a, site: dc, agents: 100, line: { recording: automatic, profile: rp, mediaSource: gateway } } ]
            traffic: [ { id: c, group: a, rate: 600/h, gateways: [gw], secureShare: 0.3 } ]
            """;

    @Test
    @DisplayName("F2: each recording call's From header carries x-nearend or x-farend, x-refci and the far end")
    void f2_recordingCallsCarryNearEndFarEndAndRefci() throws ScenarioException
    {
        RunResult run = ScenarioRunner.run(ScenarioText.load(GATEWAY_RECORDING), 2, null, 20);
        List<TraceRow> trace = run.trace();
        assertTrue(trace.stream().allMatch(r -> r.call() >= 1 && r.call() <= 20), "only the first 20 calls");
        assertEquals(20, trace.stream().filter(r -> r.event().equals("ARRIVED")).count());
        for (long call = 1; call <= 20; call++)
        {
            long id = call;
            List<TraceRow> rows = trace.stream().filter(r -> r.call() == id).toList();
            List<String> recordingCalls = rows.stream().filter(r -> r.event().equals("RECORDING_CALL"))
                    .map(TraceRow::detail).toList();
            assertEquals(List.of("From: x-nearend; x-refci=" + id + "; far end gw (inbound)",
                    "From: x-farend; x-refci=" + id + "; far end gw (inbound)"), recordingCalls);
            String established = rows.stream().filter(r -> r.event().equals("RECORDING_ESTABLISHED")).findFirst()
                    .orElseThrow().detail();
            assertTrue(established.endsWith("source gateway gw") || established.endsWith("source phone"), established);
        }
        assertTrue(trace.stream().anyMatch(r -> r.detail().endsWith("source phone")), "secure calls use the phone (R14)");
        assertTrue(trace.stream().anyMatch(r -> r.detail().endsWith("source gateway gw")));
    }

    @Test
    @DisplayName("F8: the trace follows a traced call's legs on other lines, the calling agent's and the consult's")
    void legsOnOtherLinesAreTraced() throws ScenarioException
    {
        String internal = """
                name: legs
                run: { warmup: 0s, duration: 1h, replications: 1, interval: 5m }
                cluster: { builtInBridge: on }
                sites: [ { id: dc } ]
                recorders: [ { id: rec, site: dc, maxSetupsPerSecond: 100 } ]
                trunks: [ { id: t, to: rec } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups:
                  - { id: a, site: dc, agents: 50, line: { recording: automatic, profile: rp } }
                  - { id: b, site: dc, agents: 50, line: { recording: automatic, profile: rp } }
                traffic: [ { id: c, group: a, callerGroup: b, rate: 300/h, transfer: { share: 1, to: a } } ]
                """;
        List<TraceRow> trace = ScenarioRunner.run(ScenarioText.load(internal), 1, null, 5).trace();
        long caller = 1 + (1L << 32);
        assertTrue(trace.stream().anyMatch(r -> r.call() == caller && r.event().equals("RECORDING_ESTABLISHED")),
                "the calling agent's line records call 1");
        assertTrue(trace.stream().anyMatch(r -> r.call() == -caller && r.event().equals("RECORDING_ESTABLISHED")),
                "the consult's target records its leg");
        assertTrue(trace.stream().allMatch(r -> Math.abs(r.call()) % (1L << 32) <= 5), "only the first 5 calls");
    }

    @Test
    void noTraceUnlessAskedAndTracingChangesNoResult() throws ScenarioException
    {
        Scenario scenario = ScenarioText.load(GATEWAY_RECORDING);
        RunResult plain = ScenarioRunner.run(scenario, 2, null);
        RunResult traced = ScenarioRunner.run(scenario, 2, null, 50);
        assertTrue(plain.trace().isEmpty());
        assertEquals(plain.results().summaries(), traced.results().summaries());
    }
}
