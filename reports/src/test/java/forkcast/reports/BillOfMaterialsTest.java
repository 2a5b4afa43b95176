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
}
