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
    void noTraceUnlessAskedAndTracingChangesNoResult() throws ScenarioException
    {
        Scenario scenario = ScenarioText.load(GATEWAY_RECORDING);
        RunResult plain = ScenarioRunner.run(scenario, 2, null);
        RunResult traced = ScenarioRunner.run(scenario, 2, null, 50);
        assertTrue(plain.trace().isEmpty());
        assertEquals(plain.results().summaries(), traced.results().summaries());
    }
}
