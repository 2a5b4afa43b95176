package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import forkcast.models.metrics.BreakdownMetrics;
import forkcast.models.metrics.CallMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.models.recording.RejectReason;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.metrics.Metric;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.stats.MetricSummary;

/**
 * The breakdowns per agent group, per site and per recording mode add up to the run's totals exactly, in every
 * replication, for calls, sessions and every failure reason; and each breakdown's blocking is its failed over its
 * requested sessions.
 */
class BreakdownTest
{
    /** @return the sum of every instance of {@code d} in the replication */
    private static double sum(final ReplicationOutput out, final MetricDescriptor d, final String reason)
    {
        double sum = 0;
        for (ReplicationOutput.Scalar s : out.scalars().values())
        {
            Metric m = s.metric();
            if (m.is(d) && (reason == null || reason.equals(m.part("reason"))))
            {
                sum += s.value();
            }
        }
        return sum;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quickstart.yaml", "branch-phone-vs-network.yaml", "misconfigured.yaml", "mifid-multifork.yaml"})
    void everyBreakdownAddsUpToTheTotalsExactly(final String example) throws Exception
    {
        Scenario s = new ScenarioLoader(Catalog.builtIn()).load(Path.of("examples", example),
                List.of("run.replications=2", "run.duration=30m"));
        for (ReplicationOutput out : ScenarioRunner.run(s, 1, r -> { }).results().replications())
        {
            Map<String, ReplicationOutput.Scalar> total = out.scalars();
            for (BreakdownMetrics.Scope scope : List.of(BreakdownMetrics.AGENT_GROUP, BreakdownMetrics.SITE,
                    BreakdownMetrics.MODE))
            {
                String kind = scope.offered().pattern();
                assertEquals(total.get(CallMetrics.OFFERED.total().of().name()).value(),
                        sum(out, scope.offered(), null), kind);
                assertEquals(total.get(CallMetrics.CONNECTED.total().of().name()).value(),
                        sum(out, scope.connected(), null), kind);
                assertEquals(total.get(RecordingMetrics.REQUESTED.total().of().name()).value(),
                        sum(out, scope.requested(), null), kind);
                assertEquals(total.get(RecordingMetrics.ESTABLISHED.total().of().name()).value(),
                        sum(out, scope.established(), null), kind);
                assertEquals(total.get(RecordingMetrics.FAILED.total().of().name()).value(),
                        sum(out, scope.failed(), null), kind);
                double fork = total.get(forkcast.models.metrics.ElementMetrics.FORK_BANDWIDTH.mean().of().name())
                        .value();
                assertEquals(fork, sum(out, scope.forkMbps(), null), fork * 1e-12, kind + " (sums of doubles)");
                double source = total.get(forkcast.models.metrics.ElementMetrics.SOURCE_FORK_MEAN.of().name())
                        .value();
                assertEquals(source, sum(out, scope.sourceForkMbps(), null), source * 1e-12, kind + " (source)");
                for (RejectReason r : RejectReason.values())
                {
                    assertEquals(total.get(RecordingMetrics.FAILED_FOR.total().of(r.key()).name()).value(),
                            sum(out, scope.failedFor(), r.key()), kind + " " + r.key());
                }
            }
            assertTrue(total.get(RecordingMetrics.REQUESTED.total().of().name()).value() > 0, "sessions were asked for");
            for (ReplicationOutput.Scalar b : out.scalars().values())
            {
                Metric m = b.metric();
                if (m.is(BreakdownMetrics.AGENT_GROUP.blocking()))
                {
                    String id = m.element();
                    double requested = total.get(BreakdownMetrics.AGENT_GROUP.requested().of(id).name()).value();
                    double failed = total.get(BreakdownMetrics.AGENT_GROUP.failed().of(id).name()).value();
                    assertEquals(requested == 0 ? Double.NaN : failed / requested, b.value(), 0, id);
                }
            }
            // where one recording mode (or one site) holds every recorded line, its coverage is the run's
            double coverage = total.get(RecordingMetrics.COVERAGE.of().name()).value();
            for (MetricDescriptor d : List.of(BreakdownMetrics.MODE.coverage(), BreakdownMetrics.SITE.coverage()))
            {
                List<Double> defined = out.scalars().values().stream().filter(c -> c.metric().is(d))
                        .map(ReplicationOutput.Scalar::value).filter(v -> !Double.isNaN(v)).toList();
                if (defined.size() == 1)
                {
                    assertEquals(coverage, defined.get(0), 1e-12, d.pattern());
                }
            }
        }
    }

    /**
     * {@code selective.share} inside an automatically recorded group: that share of the group's calls is on
     * selectively recorded lines (started by the rule after its delay), the rest recorded automatically; the mode
     * breakdown splits the group's calls accordingly, and the two modes still add up to the totals.
     */
    @Test
    void aSelectiveShareInsideAnAutomaticGroupSplitsItsCallsByThatShare() throws Exception
    {
        Scenario s = new ScenarioLoader(Catalog.builtIn()).load(Path.of("examples", "quickstart.yaml"),
                List.of("run.replications=6", "agentGroups.agents.selective.share=0.3",
                        "agentGroups.agents.selective.by=recorder"));
        List<ReplicationOutput> reps = ScenarioRunner.run(s, 1, r -> { }).results().replications();
        double[] share = new double[reps.size()];
        for (int i = 0; i < reps.size(); i++)
        {
            Map<String, ReplicationOutput.Scalar> v = reps.get(i).scalars();
            double selective = v.get(BreakdownMetrics.MODE.connected().of("selective").name()).value();
            double automatic = v.get(BreakdownMetrics.MODE.connected().of("automatic").name()).value();
            assertEquals(v.get(CallMetrics.CONNECTED.total().of().name()).value(), selective + automatic);
            share[i] = selective / (selective + automatic);
            assertTrue(v.get(BreakdownMetrics.MODE.requested().of("selective").name()).value() > 0,
                    "the selective calls are recorded by the rule");
            assertTrue(v.get(BreakdownMetrics.MODE.requested().of("automatic").name()).value() > 0,
                    "the others automatically");
        }
        MetricSummary summary = MetricSummary.of(share);
        assertTrue(summary.contains(0.3), "the declared share 0.3 is within the 95% CI " + summary);
    }
}
