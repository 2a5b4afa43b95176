package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.models.metrics.ElementMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.ScenarioRunner;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.ErlangB;
import forkcast.sim.stats.KaufmanRoberts;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.MetricSummary;

/**
 * The loss-system lines of the bill (Erlang-B, Kaufman–Roberts) are sized on the time-consistent busiest interval
 * (ITU-T E.500; docs/answer.md): the interval with the largest mean over replications, the same in every replication.
 * On simulated runs: at a flat load the line comes to the formula at the true load, where each replication's own
 * busiest interval overshoots by more than a session whatever the number of replications; with a traffic profile the
 * interval is the profile's peak.
 */
class BusiestIntervalTest
{
    private static final String STREAMS = ElementMetrics.RECORDER_STREAMS.perInterval().of("rec").name();
    private static final String REQUESTED = RecordingMetrics.REQUESTED.perInterval().of().name();
    private static final String FAILED = RecordingMetrics.FAILED.perInterval().of().name();

    private static RunResult run(final String name, final byte[] yaml, final String... overrides) throws Exception
    {
        return ScenarioRunner.run(new ScenarioLoader(Catalog.builtIn()).load(name, yaml, List.of(overrides)), 1, null);
    }

    private static byte[] flat25() throws Exception
    {
        return Files.readAllBytes(Path.of("src", "test", "resources", "flat-25.yaml"));
    }

    private static BillOfMaterials.Line line(final RunResult run, final String element)
    {
        return Answer.of(run).bill().stream().filter(l -> l.element().equals(element)).findFirst().orElseThrow();
    }

    /** @return per replication and interval, the recorder's offered sessions: streams ÷ 2 ÷ (1 − share lost) */
    private static double[][] offeredSessions(final RunResult run)
    {
        List<ReplicationOutput> reps = run.results().replications();
        double[][] offered = new double[reps.size()][];
        for (int i = 0; i < reps.size(); i++)
        {
            double[] streams = reps.get(i).series().get(STREAMS).values();
            double[] requested = reps.get(i).series().get(REQUESTED).values();
            double[] failed = reps.get(i).series().get(FAILED).values();
            offered[i] = new double[streams.length];
            for (int k = 0; k < streams.length; k++)
            {
                offered[i][k] = streams[k] / 2 / (1 - (requested[k] > 0 ? failed[k] / requested[k] : 0));
            }
        }
        return offered;
    }

    /** @return per replication, its own largest value over the intervals: the rule the bill used before */
    private static double[] ownLargest(final double[][] perInterval)
    {
        double[] largest = new double[perInterval.length];
        for (int i = 0; i < perInterval.length; i++)
        {
            largest[i] = java.util.Arrays.stream(perInterval[i]).max().orElseThrow();
        }
        return largest;
    }

    /**
     * A recorder of 30 sessions offered a flat 25 E in twelve 5-minute intervals, 200 replications: Erlang-B at the
     * true 25 E asks n sessions, and the line buys n or n + 1 (the 95% upper bound and the choice among twelve
     * intervals whose means differ only by chance add a little). Each replication's own busiest interval, the rule
     * before, asks several sessions more from the same replications, and more replications do not bring it down.
     */
    @Test
    void atAFlatLoadTheLineComesToErlangBAtTheTrueLoad() throws Exception
    {
        RunResult run = run("flat-25.yaml", flat25(), "run.replications=200");
        BillOfMaterials.Line streams = line(run, "recorder rec streams");
        int exact = ErlangB.minServers(25, 0.01);
        double sessions = streams.quantity() / 2;
        assertTrue(sessions >= exact && sessions <= exact + 1, "Erlang-B at 25 E asks " + exact + " sessions: "
                + streams);
        assertTrue(streams.basis().contains("time-consistent"), streams.basis());

        int before = ErlangB.minServers(MetricSummary.of(ownLargest(offeredSessions(run))).ci95high(), 0.01);
        System.out.printf("flat 25 E, 200 replications: time-consistent %s sessions, each replication's own busiest"
                + " %d, Erlang-B at the true load %d%n", Numbers.exact(sessions), before, exact);
        assertTrue(before > exact + 1, "each replication's own busiest interval overshoots: " + before);
    }

    /**
     * The same recorder with the rate at 1.6 times in the third of four 15-minute measured intervals: that interval is
     * the busiest, in every replication, and the line is Erlang-B on its offered load (recomputed here from the
     * series) at the 95% upper bound over replications.
     */
    @Test
    void withATrafficProfileTheBusiestIntervalIsTheProfilesPeak() throws Exception
    {
        // the profile runs from time 0: the warm-up's 15 minutes, then the measured 15-30, 30-45, 45-60 and 60-75
        RunResult run = run("flat-25.yaml", flat25(), "run.interval=15m",
                "traffic.calls.profile=[1, 1, 1, 1.6, 1]", "traffic.calls.profileInterval=15m");
        BillOfMaterials.Line streams = line(run, "recorder rec streams");
        assertTrue(streams.basis().contains("the busiest interval by offered load (minutes 45 to 60 of simulated"
                + " time, interval 3 of 4: the largest mean over replications, the same interval in every replication"
                + " (time-consistent))"), streams.basis());
        double[] atPeak = BusyInterval.at(offeredSessions(run), 2);
        assertEquals(2.0 * ErlangB.minServers(MetricSummary.of(atPeak).ci95high(), 0.01), streams.quantity(),
                streams.basis());
    }

    /**
     * The interval with the largest mean over replications, though one replication's own busiest is another; the
     * earliest of equal ones; none where the replications' intervals differ.
     */
    @Test
    void theBusiestIntervalIsTheSameInEveryReplication()
    {
        assertEquals(1, BusyInterval.of(new double[][] {{10, 12, 3}, {14, 13, 3}, {9, 12, 3}}));
        assertEquals(0, BusyInterval.of(new double[][] {{5, 4, 5}, {5, 6, 5}}));
        assertEquals(-1, BusyInterval.of(new double[][] {{1, 2}, {1}}));
        assertEquals(-1, BusyInterval.of(new double[0][]));
        assertEquals(List.of(12.0, 13.0, 12.0), java.util.Arrays.stream(BusyInterval.at(new double[][] {{10, 12, 3},
                {14, 13, 3}, {9, 12, 3}}, 1)).boxed().toList());
        // the basis names it by its minutes of simulated time and index; one replication has no mean to take
        MeasurementWindow window = new MeasurementWindow(900, 4500, 300);
        assertEquals("minutes 20 to 25 of simulated time, interval 2 of 12: the largest mean over replications, the same"
                + " interval in every replication (time-consistent)", BusyInterval.describe(window, 1, 10));
        assertEquals("minutes 20 to 25 of simulated time, interval 2 of 12: the largest of the one replication's"
                + " intervals, as there are no replications to average over", BusyInterval.describe(window, 1, 1));
    }

    /** Calls from a gateway to agents across one link whose locations-CAC budget is 1,920 kbit/s (CacBillTest). */
    private static final String CAC = """
            name: cac-two-codecs
            seed: 17
            run: { warmup: 15m, duration: 1h, replications: %d, interval: %s }
            sites: [ { id: dc }, { id: branch } ]
            links: [ { id: wan, between: [branch, dc], mbps: 1000, cacKbps: 1920 } ]
            gateways: [ { id: gw, site: dc, channels: 100000 } ]
            agentGroups: [ { id: agents, site: branch, agents: 100000 } ]
            traffic:
              - { id: calls, group: agents, rate: 1200/h, direction: inbound, gateways: [gw],
                  codecs: { G711: 0.5, G729: 0.5 }, holdingTime: { dist: exponential, mean: 90s }%s }
            """;

    private static final String[] CODECS = {"G711", "G729"};

    /** @return per codec, replication and interval, the offered erlangs: carried ÷ (1 − share refused) */
    private static double[][][] offeredCalls(final RunResult run)
    {
        List<ReplicationOutput> reps = run.results().replications();
        double[][][] offered = new double[CODECS.length][reps.size()][];
        for (int c = 0; c < CODECS.length; c++)
        {
            for (int i = 0; i < reps.size(); i++)
            {
                String prefix = "cac.link.wan." + CODECS[c] + ".";
                double[] carried = reps.get(i).series().get(prefix + "erlangs").values();
                double[] refused = reps.get(i).series().get(prefix + "refusals").values();
                double[] requested = reps.get(i).series().get(prefix + "requests").values();
                offered[c][i] = new double[carried.length];
                for (int k = 0; k < carried.length; k++)
                {
                    offered[c][i][k] = carried[k] / (1 - (requested[k] > 0 ? refused[k] / requested[k] : 0));
                }
            }
        }
        return offered;
    }

    /**
     * G.711 (10 units of 8 kbit/s) and G.729 (3 units) offered a flat 15 E each in four 15-minute intervals, 400
     * replications: the budget line comes to Kaufman–Roberts on the true loads within one G.711 call's deduction (the
     * budget's counterpart of a session), where each replication's own busiest interval by offered kbit/s asks more
     * than that above it.
     */
    @Test
    void atAFlatLoadTheCacBudgetComesToKaufmanRobertsAtTheTrueLoads() throws Exception
    {
        int[] sizes = {10, 3};
        RunResult run = run("cac.yaml", CAC.formatted(400, "15m", "").getBytes(StandardCharsets.UTF_8));
        BillOfMaterials.Line budget = line(run, "link wan locations-CAC budget");
        double exact = 8.0 * KaufmanRoberts.minCapacity(sizes, new double[] {15, 15}, 1, 0.01);
        assertTrue(Math.abs(budget.quantity() - exact) <= 80, "Kaufman-Roberts on the true loads asks " + exact
                + " kbit/s: " + budget);
        assertTrue(budget.basis().contains("time-consistent"), budget.basis());

        double[][][] offered = offeredCalls(run);
        double[][] own = new double[CODECS.length][offered[0].length];
        for (int i = 0; i < offered[0].length; i++)
        {
            int busiest = 0;
            double most = -1;
            for (int k = 0; k < offered[0][i].length; k++)
            {
                double kbps = 80 * offered[0][i][k] + 24 * offered[1][i][k];
                if (kbps > most)
                {
                    most = kbps;
                    busiest = k;
                }
            }
            for (int c = 0; c < CODECS.length; c++)
            {
                own[c][i] = offered[c][i][busiest];
            }
        }
        double before = 8.0 * KaufmanRoberts.minCapacity(sizes, new double[] {MetricSummary.of(own[0]).ci95high(),
                MetricSummary.of(own[1]).ci95high()}, 1, 0.01);
        System.out.printf("flat CAC, 400 replications: time-consistent %s kbit/s, each replication's own busiest %s,"
                + " Kaufman-Roberts at the true loads %s%n", Numbers.exact(budget.quantity()), Numbers.exact(before),
                Numbers.exact(exact));
        assertTrue(before > exact + 80, "each replication's own busiest interval overshoots: " + before);
    }

    /**
     * The same link with the rate at 1.6 times in the third of four 15-minute measured intervals: the budget line is
     * sized on that interval, Kaufman–Roberts on each codec's offered load there at its 95% upper bound.
     */
    @Test
    void withATrafficProfileTheCacBudgetIsSizedOnTheProfilesPeak() throws Exception
    {
        RunResult run = run("cac.yaml", CAC.formatted(20, "15m", ", profile: [1, 1, 1, 1.6, 1], profileInterval: 15m")
                .getBytes(StandardCharsets.UTF_8));
        BillOfMaterials.Line budget = line(run, "link wan locations-CAC budget");
        assertTrue(budget.basis().contains("in the busiest interval by offered kbit/s (minutes 45 to 60 of simulated"
                + " time, interval 3 of 4: the largest mean over replications, the same interval in every replication"
                + " (time-consistent); means over replications)"), budget.basis());
        double[][][] offered = offeredCalls(run);
        double[] high = new double[CODECS.length];
        for (int c = 0; c < CODECS.length; c++)
        {
            high[c] = MetricSummary.of(BusyInterval.at(offered[c], 2)).ci95high();
        }
        assertEquals(8.0 * KaufmanRoberts.minCapacity(new int[] {10, 3}, high, 1, 0.01), budget.quantity(),
                budget.basis());
    }
}
