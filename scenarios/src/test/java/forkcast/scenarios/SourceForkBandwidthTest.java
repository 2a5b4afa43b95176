package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import forkcast.models.media.Layer2;
import forkcast.models.metrics.BreakdownMetrics;
import forkcast.models.metrics.ElementMetrics;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.MetricSummary;

/**
 * A branch's phones fork every call to a CUBE in the data centre, which copies it to two recorders (R10). What leaves
 * the branch is two streams per session, once: the per-site {@code sourceForkMbps} is that figure, by Little's law
 * 2 streams × the codec's rate × the mean number of sessions in progress (arrival rate × holding time); the
 * {@code forkMbps} beside it counts the streams into the CUBE and each copy out of it, three times as much.
 */
class SourceForkBandwidthTest
{
    private static final double CALLS_PER_HOUR = 600;
    private static final double HOLD_SECONDS = 180;

    private static final String BRANCH = """
            name: branch-cube
            seed: 11
            run: { warmup: 30m, duration: 4h, replications: 6, interval: 15m }
            cluster: { builtInBridge: on, recordingSetupDelay: 0s }
            sites: [ { id: dc }, { id: branch } ]
            links: [ { id: wan, between: [branch, dc], mbps: 1000, layer2: dot1q } ]
            gateways: [ { id: gw-dc, site: dc, channels: 2000, ucGatewayServices: true } ]
            recorders:
              - { id: rec-1, site: dc, maxStreams: 2000, maxSetupsPerSecond: 1000 }
              - { id: rec-2, site: dc, maxStreams: 2000, maxSetupsPerSecond: 1000 }
            cubes: [ { id: cube-dc, site: dc, platform: ASR1001-X, forkTo: [rec-1, rec-2] } ]
            mtpPools: [ { id: mtp-dc, site: dc, size: 2000 } ]
            trunks:
              - { id: t-cube, to: cube-dc, earlyOffer: mandatory, mtpPool: mtp-dc }
              - { id: t-gw-dc, to: gw-dc, recordingInfo: gateway }
            recordingProfiles: [ { id: rp, trunk: t-cube } ]
            agentGroups:
              - id: agents
                site: branch
                agents: 1000
                line: { recording: automatic, profile: rp, mediaSource: phone }
            traffic:
              - { id: calls, group: agents, rate: %s/h, gateways: [gw-dc], codecs: { G711: 1 },
                  holdingTime: { dist: deterministic, value: %ss } }
            """.formatted(CALLS_PER_HOUR, HOLD_SECONDS);

    @Test
    void theSitesForkedFigureIsTwoStreamsPerSessionOnceNotEveryCopy() throws Exception
    {
        Scenario s = ScenarioText.load(BRANCH);
        List<ReplicationOutput> reps = ScenarioRunner.run(s, 1, r -> { }).results().replications();
        double streamMbps = Catalog.builtIn().codec("G711").streamBitsPerSecond(Layer2.ENDPOINT, false) / 1e6;
        double sessionsInProgress = CALLS_PER_HOUR / 3600 * HOLD_SECONDS; // Little: L = λW
        double expected = 2 * streamMbps * sessionsInProgress;
        double[] source = new double[reps.size()];
        for (int i = 0; i < reps.size(); i++)
        {
            Map<String, ReplicationOutput.Scalar> v = reps.get(i).scalars();
            source[i] = v.get(BreakdownMetrics.SITE.sourceForkMbps().of("branch").name()).value();
            double received = v.get(BreakdownMetrics.SITE.forkMbps().of("branch").name()).value();
            assertEquals(v.get(ElementMetrics.SOURCE_FORK_MEAN.of().name()).value(), source[i], 1e-9,
                    "one site holds every line: its figure is the run's");
            assertEquals(0, v.get(BreakdownMetrics.SITE.sourceForkMbps().of("dc").name()).value(),
                    "no agent at the data centre");
            // into the CUBE once and out of it once per recorder: three times what the phones send
            assertEquals(3 * source[i], received, 0.01 * received, "received by the CUBE and both recorders");
            assertTrue(v.get(ElementMetrics.SOURCE_FORK_PEAK.of().name()).value() >= source[i], "peak ≥ mean");
        }
        MetricSummary summary = MetricSummary.of(source);
        assertTrue(summary.contains(expected),
                "2 streams × " + streamMbps + " Mbit/s × " + sessionsInProgress + " sessions = " + expected
                        + " Mbit/s, measured " + summary);
    }
}
