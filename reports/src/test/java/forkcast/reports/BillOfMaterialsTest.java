package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.models.metrics.ElementMetrics;
import forkcast.models.metrics.LinkMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.sim.ExperimentResults;
import forkcast.sim.Goal;
import forkcast.sim.Purchase;
import forkcast.sim.Rating;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.metrics.Metric;
import forkcast.sim.stats.ErlangB;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.MetricSummary;

/** The bill of materials' quantities against their arithmetic, on figures made up for the test. */
class BillOfMaterialsTest
{
    private static final Metric STREAMS = ElementMetrics.RECORDER_STREAMS.perInterval().of("rec-a");
    private static final Metric BLOCKING = RecordingMetrics.BLOCKING_PROBABILITY.of();
    private static final Metric PEAK = LinkMetrics.TOWARD_MBPS_PEAK.of("wan", "dc");
    private static final String LINK_GOAL = LinkMetrics.UTILIZATION.of("wan").name();

    /** Replications whose busiest interval carries {@code busiest[i]} streams, with {@code lost[i]} blocking. */
    private static ExperimentResults results(final double[] busiest, final double[] lost, final double[] peaks)
    {
        List<ReplicationOutput> reps = new ArrayList<>();
        for (int i = 0; i < busiest.length; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 900, 300));
            r.putSeries(STREAMS, new double[] {busiest[i] / 2, busiest[i], busiest[i] / 3});
            r.put(BLOCKING, lost[i]);
            r.put(PEAK, peaks[i]);
            reps.add(r);
        }
        return new ExperimentResults(reps);
    }

    private static final Rating RECORDER = new Rating("recorder rec-a streams", ElementMetrics.RECORDER_STREAMS.peak()
            .of("rec-a"), 400, true).buying(new Purchase("recorder rec-a streams", "streams", Purchase.Method.ERLANG_B,
                    STREAMS, 2, BLOCKING, BLOCKING.name(), 1));
    private static final Rating LINK = new Rating("link wan", LinkMetrics.MBPS_PEAK.of("wan"), 20, false)
            .buying(new Purchase("link wan toward dc", "Mbit/s", Purchase.Method.UTILISATION, PEAK, 1, null, LINK_GOAL,
                    0.1));

    @Test
    void streamsAreTwiceTheErlangBMinimumForTheOfferedSessions()
    {
        double[] busiest = {100, 104, 96};
        double[] lost = {0.02, 0.0, 0.04};
        ExperimentResults results = results(busiest, lost, new double[] {10, 11, 12});
        List<Goal> goals = List.of(new Goal("recording blocking", BLOCKING.name(), true, 0.01),
                new Goal("link", LINK_GOAL, true, 0.8));
        List<BillOfMaterials.Line> bill = BillOfMaterials.of(results, List.of(RECORDER, LINK), goals);

        double[] offered = new double[3];
        for (int i = 0; i < 3; i++)
        {
            offered[i] = busiest[i] / 2 / (1 - lost[i]); // sessions in erlangs, grossed up by the share lost
        }
        double erlangs = MetricSummary.of(offered).ci95high();
        int sessions = ErlangB.minServers(erlangs, 0.01);
        assertTrue(ErlangB.blocking(sessions, erlangs) <= 0.01 && ErlangB.blocking(sessions - 1, erlangs) > 0.01);
        assertEquals(new BillOfMaterials.Line("recorder rec-a streams", 2.0 * sessions, "streams",
                bill.get(0).basis()), bill.get(0));
        assertTrue(bill.get(0).basis().startsWith("Erlang-B"), bill.get(0).basis());
    }

    @Test
    void megabitsAreThePeaksUpperBoundOverTheUtilisationTargetRoundedUpToATenth()
    {
        double[] peaks = {10, 11, 12};
        ExperimentResults results = results(new double[] {1, 1, 1}, new double[] {0, 0, 0}, peaks);
        List<Goal> goals = List.of(new Goal("link", LINK_GOAL, true, 0.8));
        BillOfMaterials.Line line = BillOfMaterials.of(results, List.of(LINK), goals).get(0);
        // upper bound of the mean of 10, 11, 12: 11 + t(0.975, 2) x 1 / sqrt(3) = 13.484..., / 0.8 = 16.855... -> 16.9
        double upper = MetricSummary.of(peaks).ci95high();
        assertEquals(13.4841, upper, 1e-4);
        assertEquals(16.9, line.quantity(), 0);
        assertEquals("Mbit/s", line.unit());

        List<Goal> half = List.of(new Goal("link", LINK_GOAL, true, 0.5));
        assertEquals(27.0, BillOfMaterials.of(results, List.of(LINK), half).get(0).quantity(), 0); // 26.97 -> 27.0
    }

    @Test
    void roundingUpIsExactInDecimal()
    {
        assertEquals(0.4, BillOfMaterials.roundUp(0.32, 0.1), 0);
        assertEquals(0.3, BillOfMaterials.roundUp(0.3, 0.1), 0);
        assertEquals(138, BillOfMaterials.roundUp(137.2, 1), 0);
        assertEquals(138, BillOfMaterials.roundUp(138, 1), 0);
    }

    /** The set-up rate: each replication's window-mean utilisation times its busiest interval over its mean interval. */
    @Test
    void aSetupRateIsSizedForTheBusiestIntervalOfItsProfile()
    {
        Metric use = ElementMetrics.RECORDER_SETUP.utilisation().of("rec-a");
        Metric requested = RecordingMetrics.REQUESTED.perInterval().of();
        double[] utilisation = {0.2, 0.25, 0.3};
        double[][] profile = {{10, 10, 40}, {20, 20, 20}, {0, 30, 30}};
        List<ReplicationOutput> reps = new ArrayList<>();
        double[] peaked = new double[3];
        for (int i = 0; i < 3; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 900, 300));
            r.put(use, utilisation[i]);
            r.putSeries(requested, profile[i]);
            reps.add(r);
        }
        peaked[0] = 0.2 * 40 / 20; // busiest 40 over a mean of 20
        peaked[1] = 0.25; // a flat profile: the mean is the busiest
        peaked[2] = 0.3 * 30 / 20;
        Rating rating = new Rating("recorder rec-a set-up rate", use, 1.0, false).buying(new Purchase(
                "recorder rec-a set-up rate", "set-ups/s", Purchase.Method.UTILISATION, use, 4, null, use.name(), 0.1)
                .peakedBy(requested));
        List<Goal> goals = List.of(new Goal("set-up", use.name(), true, 0.8));
        BillOfMaterials.Line line = BillOfMaterials.of(new ExperimentResults(reps), List.of(rating), goals).get(0);
        double expected = BillOfMaterials.roundUp(MetricSummary.of(peaked).ci95high() * 4 / 0.8, 0.1);
        assertEquals(expected, line.quantity(), 0);
        double windowMean = BillOfMaterials.roundUp(MetricSummary.of(utilisation).ci95high() * 4 / 0.8, 0.1);
        assertTrue(line.quantity() > windowMean, "the busiest interval asks more than the mean: " + line);
        assertTrue(line.basis().contains("busiest interval of recording.sessions.requested"), line.basis());
    }

    /** A hard limit that refused work says its line is the least to buy. */
    @Test
    void aLimitThatRefusedWorkIsNamedAsALowerBound()
    {
        Metric peak = LinkMetrics.CAC_KBPS.peak().of("wan");
        Metric refusals = LinkMetrics.CAC_REFUSALS.total().of("wan");
        List<ReplicationOutput> reps = new ArrayList<>();
        for (int i = 0; i < 2; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 900, 300));
            r.put(peak, 1200);
            r.put(refusals, 3 + i);
            reps.add(r);
        }
        Rating rating = new Rating("cac", peak, 1200, true).buying(new Purchase("link wan locations-CAC budget",
                "kbit/s", Purchase.Method.UTILISATION, peak, 1, refusals, null, 8));
        BillOfMaterials.Line line = BillOfMaterials.of(new ExperimentResults(reps), List.of(rating), List.of()).get(0);
        assertEquals(1200, line.quantity(), 0);
        assertTrue(line.basis().contains("refused 3.50 calls (cac.link.wan.refusals, mean)"), line.basis());
    }
}
