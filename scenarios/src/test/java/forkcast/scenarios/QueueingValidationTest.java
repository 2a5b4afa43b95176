package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import forkcast.sim.stats.MetricSummary;

/** The recording path against what is known exactly: Erlang-B, Little's law, F1 bandwidth, R6 BHCC. */
class QueueingValidationTest
{
    @ParameterizedTest(name = "Erlang-B: {0} sessions offered {1} Erlang")
    @CsvSource({"10, 8.0", "30, 25.0", "5, 6.0"})
    void recordingBlockingMatchesErlangB(final int sessions, final double erlangs) throws ScenarioException
    {
        Scenario scenario = ScenarioText.load(ScenarioText.lossSystem(sessions, erlangs, 60, 20));
        RunResult run = ScenarioRunner.run(scenario, 2, null);
        MetricSummary blocking = run.results().summary("recording.blockingProbability");
        double exact = ScenarioText.erlangB(sessions, erlangs);
        assertTrue(blocking.contains(exact), "Erlang-B " + exact + " outside the 95% CI [" + blocking.ci95low() + ", "
                + blocking.ci95high() + "]");
        assertTrue(blocking.ci95high() - blocking.ci95low() < 0.25 * exact, "the interval is tight enough to mean"
                + " something: " + blocking);
        assertEquals(blocking.mean(), run.results().summary("recording.failed.recorder-full").mean()
                / run.results().summary("recording.sessions.requested").mean(), 0.01,
                "every failure is the recorder being full");
    }

    @ParameterizedTest(name = "Little: {0} sessions offered {1} Erlang")
    @CsvSource({"10, 8.0", "30, 25.0"})
    void recorderStreamsFollowLittlesLaw(final int sessions, final double erlangs) throws ScenarioException
    {
        Scenario scenario = ScenarioText.load(ScenarioText.lossSystem(sessions, erlangs, 60, 20));
        RunResult run = ScenarioRunner.run(scenario, 2, null);
        // L = 2 streams x lambda x W x (1 - B), with lambda x W = offered Erlang
        double expected = 2 * erlangs * (1 - ScenarioText.erlangB(sessions, erlangs));
        MetricSummary streams = run.results().summary("recorder.rec.streams.mean");
        assertTrue(streams.contains(expected), "Little's law " + expected + " outside [" + streams.ci95low() + ", "
                + streams.ci95high() + "]");
    }

    @Test
    @DisplayName("F1: mean link bandwidth = mean concurrent forked streams x per-stream rate, per codec")
    void f1_linkBandwidthIsStreamsTimesRate() throws ScenarioException
    {
        for (String codec : new String[] {"G711", "G729", "G722", "iLBC"})
        {
            double kbps = switch (codec)
            {
                case "G729" -> 31.2;
                case "iLBC" -> 38.4;
                default -> 87.2;
            };
            Scenario scenario = ScenarioText.load("""
                    name: bandwidth
                    run: { warmup: 10m, duration: 2h, replications: 3, interval: 5m }
                    cluster: { builtInBridge: on, recordingSetupDelay: 0s }
                    sites: [ { id: dc }, { id: branch } ]
                    links: [ { id: wan, between: [branch, dc], mbps: 1000 } ]
                    # a set-up rate so high that no set-up waits: media flows from the moment the streams are taken
                    recorders: [ { id: rec, site: dc, maxStreams: 100000, maxSetupsPerSecond: 1000000 } ]
                    trunks: [ { id: t, to: rec } ]
                    recordingProfiles: [ { id: rp, trunk: t } ]
                    agentGroups: [ { id: a, site: branch, agents: 1000, line: { recording: automatic, profile: rp } } ]
                    traffic: [ { id: c, group: a, rate: 3000/h, direction: internal, codecs: { %s: 1 } } ]
                    """.formatted(codec));
            RunResult run = ScenarioRunner.run(scenario, 2, null);
            double[] streams = run.results().values("recorder.rec.streams.mean");
            double[] link = run.results().values("bandwidth.link.wan.mbps.mean");
            for (int r = 0; r < streams.length; r++)
            {
                assertTrue(streams[r] > 50);
                assertEquals(streams[r] * kbps / 1000, link[r], 1e-9 * link[r], codec + ", replication " + (r + 1));
            }
        }
    }

    @Test
    @DisplayName("R6: with automatic recording and no failures, busy-hour recording calls = 2 x recorded agent calls")
    void r6_busyHourRecordingCallsAreTwicePerRecordedCall() throws ScenarioException
    {
        Scenario scenario = ScenarioText.load("""
                name: bhcc
                run: { warmup: 15m, duration: 3h, replications: 5, interval: 5m }
                cluster: { builtInBridge: on }
                sites: [ { id: dc } ]
                recorders: [ { id: rec, site: dc, maxStreams: 100000, maxSetupsPerSecond: 1000 } ]
                trunks: [ { id: t, to: rec } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups: [ { id: a, site: dc, agents: 1000, line: { recording: automatic, profile: rp } } ]
                traffic: [ { id: c, group: a, rate: 2000/h, direction: internal, profile: [0.5, 1, 2, 1] } ]
                """);
        RunResult run = ScenarioRunner.run(scenario, 2, null);
        assertEquals(0, run.results().summary("recording.sessions.failed").max(), 0.0);
        double[] agent = run.results().values("bhcc.busyHour.agentCalls");
        double[] recording = run.results().values("bhcc.busyHour.recordingCalls");
        double[] total = run.results().values("bhcc.busyHour.total");
        for (int r = 0; r < agent.length; r++)
        {
            assertTrue(agent[r] > 1000);
            assertEquals(2 * agent[r], recording[r], 0.0);
            assertEquals(agent[r] + recording[r], total[r], 0.0);
        }
    }

    /** A single recorder with set-up rate {@code mu} per second, offered {@code lambda} sessions per second. */
    private static RunResult setupQueue(final double lambda, final double mu, final int replications)
            throws ScenarioException
    {
        Scenario scenario = ScenarioText.load("""
                name: setup-queue
                run: { warmup: 10m, duration: 1h, replications: %d, interval: 5m }
                cluster: { builtInBridge: on }
                sites: [ { id: dc } ]
                recorders: [ { id: rec, site: dc, maxStreams: 1000000, maxSetupsPerSecond: %s } ]
                trunks: [ { id: t, to: rec, inviteTimeout: 30s } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups: [ { id: a, site: dc, agents: 5000, line: { recording: automatic, profile: rp } } ]
                traffic: [ { id: c, group: a, rate: %s/h, direction: internal,
                             holdingTime: { dist: deterministic, value: 60s } } ]
                """.formatted(replications, mu, lambda * 3600));
        return ScenarioRunner.run(scenario, 2, null);
    }

    @Test
    @DisplayName("F6: the set-up queue at rho = 0.5 is M/D/1: mean wait = Pollaczek-Khinchine, < 0.1% lost at 30 s")
    void f6_setupQueueIsMD1() throws ScenarioException
    {
        double lambda = 1.0;
        double mu = 2.0;
        RunResult run = setupQueue(lambda, mu, 10);
        double rho = lambda / mu;
        double service = 1 / mu;
        double pollaczekKhinchine = rho * service / (2 * (1 - rho)); // M/D/1: E[Wq] = rho D / (2 (1 - rho)) = 0.25 s
        MetricSummary wait = run.results().summary("recorder.rec.setupWait.mean");
        assertTrue(wait.contains(pollaczekKhinchine), "P-K " + pollaczekKhinchine + " outside [" + wait.ci95low() + ", "
                + wait.ci95high() + "]");
        assertTrue(wait.ci95high() - wait.ci95low() < 0.1 * pollaczekKhinchine,
                "the interval is tight enough to mean it");
        double requested = run.results().summary("recording.sessions.requested").mean();
        double lost = run.results().summary("recording.failed.recorder-setup-timeout").mean();
        assertTrue(requested > 3000, "about 3600 sessions per replication");
        assertTrue(lost / requested < 0.001, lost + " of " + requested + " timed out");
        MetricSummary utilisation = run.results().summary("recorder.rec.setupUtilization");
        assertTrue(utilisation.contains(rho), "utilisation " + utilisation.mean() + " is rho");
    }

    @Test
    @DisplayName("F6: offered 1.2 times the set-up rate, the queue fills to the timeout and serves the rate: 1/6 lost")
    void f6_anOverloadedSetupQueueLosesTheExcess() throws ScenarioException
    {
        RunResult run = setupQueue(2.4, 2.0, 4);
        double requested = run.results().summary("recording.sessions.requested").mean();
        double lost = run.results().summary("recording.failed.recorder-setup-timeout").mean();
        assertEquals(1 - 2.0 / 2.4, lost / requested, 0.01, "served at the rate, the rest times out");
        assertEquals(30.0, run.results().summary("recorder.rec.setupWait.p95").mean(), 0.5,
                "waits pile up to the timeout");
    }
}
