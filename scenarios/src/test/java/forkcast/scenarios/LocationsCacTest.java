package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.sim.stats.MetricSummary;

/**
 * F7, locations CAC: a link's budget is a loss system in units of the codec's deduction, so that with exponential
 * holding times and no other limit the refused share follows Erlang-B. Recording calls count as two-way calls each,
 * two per session: a budget of N x 160 kbit/s carries N G.711 sessions; agent calls take one deduction each: a budget
 * of M x 80 kbit/s carries M G.711 calls.
 */
class LocationsCacTest
{
    /** Offered load of each check, in Erlangs, and the number of sessions or calls the budget carries. */
    private static final double ERLANGS = 8.0;
    private static final int CARRIED = 10;
    private static final double HOLD_SECONDS = 60;

    /**
     * Phone recording in a branch whose calls stay local (internal calls): only the forked streams cross the WAN to the
     * recorder at the data centre, so only recording is refused, never a call.
     */
    static String branchRecording(final double cacKbps, final int replications)
    {
        return """
                name: cac-recording
                seed: 11
                run: { warmup: 1h, duration: 10h, replications: %d, interval: 15m }
                cluster: { builtInBridge: on, recordingSetupDelay: 0s }
                sites: [ { id: dc }, { id: branch } ]
                links: [ { id: wan, between: [branch, dc], mbps: 1000, cacKbps: %s } ]
                recorders: [ { id: rec, site: dc, maxStreams: 100000, maxSetupsPerSecond: 1000000 } ]
                trunks: [ { id: t, to: rec } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups:
                  - { id: agents, site: branch, agents: 100000, line: { recording: automatic, profile: rp } }
                traffic:
                  - { id: calls, group: agents, rate: %s/h, direction: internal, codecs: { G711: 1 },
                      holdingTime: { dist: exponential, mean: %ss } }
                """.formatted(replications, cacKbps, ERLANGS / HOLD_SECONDS * 3600, HOLD_SECONDS);
    }

    /** Inbound calls from a data-centre gateway to branch agents, not recorded: each call's media crosses the WAN. */
    static String branchCalls(final double cacKbps, final int replications)
    {
        return """
                name: cac-calls
                seed: 13
                run: { warmup: 1h, duration: 10h, replications: %d, interval: 15m }
                sites: [ { id: dc }, { id: branch } ]
                links: [ { id: wan, between: [branch, dc], mbps: 1000, cacKbps: %s } ]
                gateways: [ { id: gw, site: dc, channels: 100000 } ]
                agentGroups:
                  - { id: agents, site: branch, agents: 100000 }
                traffic:
                  - { id: calls, group: agents, rate: %s/h, direction: inbound, gateways: [gw], codecs: { G711: 1 },
                      holdingTime: { dist: exponential, mean: %ss } }
                """.formatted(replications, cacKbps, ERLANGS / HOLD_SECONDS * 3600, HOLD_SECONDS);
    }

    @Test
    @DisplayName("F7: branch phone recording over a CAC budget of N x 160 kbit/s (G.711) is refused per Erlang-B(A, N)")
    void f7_recordingRefusalsFollowErlangB() throws ScenarioException
    {
        RunResult run = ScenarioRunner.run(ScenarioText.load(branchRecording(CARRIED * 160, 20)), 2, null);
        MetricSummary blocking = run.results().summary("recording.blockingProbability");
        double exact = ScenarioText.erlangB(CARRIED, ERLANGS);
        System.out.printf("F7 recording: A=%.1f N=%d Erlang-B=%.5f simulated mean=%.5f CI=[%.5f, %.5f]%n", ERLANGS,
                CARRIED, exact, blocking.mean(), blocking.ci95low(), blocking.ci95high());
        assertTrue(blocking.contains(exact), "Erlang-B " + exact + " outside the 95% CI [" + blocking.ci95low() + ", "
                + blocking.ci95high() + "]");
        assertTrue(blocking.ci95high() - blocking.ci95low() < 0.25 * exact, "the interval is tight enough to mean"
                + " something: " + blocking);
        assertEquals(blocking.mean(), run.results().summary("recording.failed.location-cac").mean()
                / run.results().summary("recording.sessions.requested").mean(), 0.01,
                "every failure is locations CAC");
        assertEquals(0, run.results().summary("calls.blocked.cac").max(), "local calls are never refused");
        // the budget is never overrun and is used in whole sessions (160 kbit/s each)
        MetricSummary peak = run.results().summary("cac.link.wan.kbps.peak");
        assertEquals(CARRIED * 160.0, peak.max(), 1e-9, "the peak reaches the budget and never passes it");
        MetricSummary mean = run.results().summary("cac.link.wan.kbps.mean");
        double carried = 160 * ERLANGS * (1 - exact);
        assertTrue(mean.contains(carried), "mean budget in use " + carried + " (Little) outside " + mean);
    }

    @Test
    @DisplayName("F7: agent calls across a CAC budget of M x 80 kbit/s (G.711) are blocked per Erlang-B(A, M)")
    void f7_callBlockingFollowsErlangB() throws ScenarioException
    {
        RunResult run = ScenarioRunner.run(ScenarioText.load(branchCalls(CARRIED * 80, 20)), 2, null);
        double[] blocked = run.results().values("calls.blocked.cac");
        double[] offered = run.results().values("calls.offered");
        double[] share = new double[blocked.length];
        for (int i = 0; i < share.length; i++)
        {
            share[i] = blocked[i] / offered[i];
        }
        MetricSummary blocking = MetricSummary.of(share);
        double exact = ScenarioText.erlangB(CARRIED, ERLANGS);
        System.out.printf("F7 calls: A=%.1f M=%d Erlang-B=%.5f simulated mean=%.5f CI=[%.5f, %.5f]%n", ERLANGS,
                CARRIED, exact, blocking.mean(), blocking.ci95low(), blocking.ci95high());
        assertTrue(blocking.contains(exact), "Erlang-B " + exact + " outside the 95% CI [" + blocking.ci95low() + ", "
                + blocking.ci95high() + "]");
        assertTrue(blocking.ci95high() - blocking.ci95low() < 0.25 * exact, "the interval is tight enough to mean"
                + " something: " + blocking);
        assertEquals(run.results().summary("calls.blocked.cac").mean(),
                run.results().summary("cac.link.wan.refusals").mean(), 1e-9, "each refusal is counted on the link");
        assertEquals(0, run.results().summary("calls.blocked.agents").max());
    }

    @Test
    @DisplayName("F7: without cacKbps nothing is refused and no CAC metric is published")
    void f7_noBudgetNoCac() throws ScenarioException
    {
        String yaml = branchCalls(80, 2).replace(", cacKbps: 80", "").replace("10h", "1h");
        RunResult run = ScenarioRunner.run(ScenarioText.load(yaml), 1, null);
        assertEquals(0, run.results().summary("calls.blocked.cac").max());
        assertTrue(run.results().summaries().keySet().stream().noneMatch(k -> k.startsWith("cac.")));
    }

    @Test
    @DisplayName("F7: validate warns when a budget is below the busiest interval's estimated need")
    void f7_validateWarnsOfAShortBudget() throws ScenarioException
    {
        // 8 Erlang of recorded G.711 sessions need about 8 x 160 = 1280 kbit/s on average
        Scenario shortBudget = ScenarioText.load(branchRecording(1000, 2));
        assertTrue(shortBudget.warnings().stream().anyMatch(w -> w.message().startsWith("F7:")
                && w.message().contains("1280")), "warning expected: " + shortBudget.warnings());
        Scenario enough = ScenarioText.load(branchRecording(CARRIED * 160, 2));
        assertTrue(enough.warnings().stream().noneMatch(w -> w.message().startsWith("F7:")), enough.warnings()
                .toString());
    }
}
