package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.models.metrics.LinkMetrics;
import forkcast.sim.ExperimentResults;
import forkcast.sim.Goal;
import forkcast.sim.Purchase;
import forkcast.sim.Rating;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.metrics.Metric;
import forkcast.sim.stats.ErlangB;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.MetricSummary;

/**
 * The run that confirms the bill (docs/answer.md): which settings it needs, soft ratings' included, and when a run is
 * itself that run, on figures made up for the test.
 */
class BillConfirmationTest
{
    /** No call refused for want of an agent. */
    private static final AgentLimit NO_AGENT_LIMIT = new AgentLimit(60, 0);

    private static final Metric TO_DC = LinkMetrics.TOWARD_MBPS_PEAK.of("wan", "dc");
    private static final Metric TO_BRANCH = LinkMetrics.TOWARD_MBPS_PEAK.of("wan", "branch");
    private static final Metric CAC_PEAK = LinkMetrics.CAC_KBPS.peak().of("wan");
    private static final Metric CAC_REFUSALS = LinkMetrics.CAC_REFUSALS.total().of("wan");
    private static final String LINK_GOAL = LinkMetrics.UTILIZATION.of("wan").name();
    private static final String CAC_GOAL = LinkMetrics.CAC_BLOCKING.of("wan").name();
    private static final List<Goal> GOALS = List.of(new Goal("link wan utilisation", LINK_GOAL, true, 0.8),
            new Goal("link wan locations-CAC blocking", CAC_GOAL, true, 0.01));
    /** F7: G.711 calls, the budget's one deduction class, as the model declares its figures. */
    private static final Metric G711_IN_USE = LinkMetrics.CAC_CLASS_ERLANGS.of("wan", "G711");
    private static final Metric G711_REQUESTS = LinkMetrics.CAC_CLASS_REQUESTS.of("wan", "G711");
    private static final Metric G711_REFUSALS = LinkMetrics.CAC_CLASS_REFUSALS.of("wan", "G711");
    private static final Purchase.SharedCapacity G711 = new Purchase.SharedCapacity(CAC_GOAL, "kbit/s", 8,
            List.of(new Purchase.CallClass("G711", 80, G711_IN_USE, G711_REQUESTS, G711_REFUSALS)),
            List.of(CAC_REFUSALS));

    /**
     * A link of {@code mbps} per direction, its two directions' lines and, with a CAC budget of {@code cacKbps}, the
     * budget's and the bandwidth behind it, held by the settings the model gives them (Ratings).
     */
    private static List<Rating> link(final double mbps, final double cacKbps)
    {
        Purchase.Setting capacity = new Purchase.Setting("links.wan.mbps", 1, mbps);
        Rating link = new Rating("link wan Mbit/s", LinkMetrics.MBPS_PEAK.of("wan"), mbps, false).buying(
                new Purchase("link wan toward dc", "Mbit/s", Purchase.Method.UTILISATION, TO_DC, 1, LINK_GOAL,
                        0.1).heldBy(capacity),
                new Purchase("link wan toward branch", "Mbit/s", Purchase.Method.UTILISATION, TO_BRANCH, 1,
                        LINK_GOAL, 0.1).heldBy(capacity));
        Rating cac = new Rating("link wan locations-CAC budget (kbit/s)", CAC_PEAK, cacKbps, true).buying(
                new Purchase("link wan locations-CAC budget", "kbit/s", Purchase.Method.KAUFMAN_ROBERTS, CAC_PEAK, 1,
                        CAC_GOAL, 8).sharedBy(G711)
                        .heldBy(new Purchase.Setting("links.wan.cacKbps", 1, cacKbps)),
                new Purchase("link wan bandwidth behind its CAC budget", "Mbit/s", Purchase.Method.KAUFMAN_ROBERTS,
                        CAC_PEAK, 0.001, LINK_GOAL, 0.1).sharedBy(G711).heldBy(capacity))
                .losing(CAC_REFUSALS);
        return List.of(link, cac);
    }

    /**
     * Three replications with these peaks toward dc and branch (Mbit/s), of CAC deductions and CAC refusals; G.711
     * calls in use of 10 E in two intervals and {@code busiest} in the third, where 100 calls asked and
     * {@code refusals} of them were refused.
     */
    private static ExperimentResults results(final double[] toDc, final double[] toBranch, final double cacPeak,
            final double refusals, final double busiest)
    {
        List<ReplicationOutput> reps = new ArrayList<>();
        for (int i = 0; i < toDc.length; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 900, 300));
            r.put(TO_DC, toDc[i]);
            r.put(TO_BRANCH, toBranch[i]);
            r.put(CAC_PEAK, cacPeak);
            r.put(CAC_REFUSALS, refusals);
            r.putSeries(G711_IN_USE, new double[] {10, busiest, 10});
            r.putSeries(G711_REQUESTS, new double[] {80, 100, 80});
            r.putSeries(G711_REFUSALS, new double[] {0, refusals, 0});
            reps.add(r);
        }
        return new ExperimentResults(reps);
    }

    private static BillOfMaterials.Line line(final List<BillOfMaterials.Line> bill, final String element)
    {
        return bill.stream().filter(l -> l.element().equals(element)).findFirst().orElseThrow();
    }

    /**
     * A link's Mbit/s is a soft rating: nothing refused, yet a direction above the link's one mbps asks more than the
     * run had. That line carries the setting; where the link's lines disagree, the setting is the largest of them (the
     * bandwidth behind the CAC budget here), so that one argument buys every line it holds; a line within the link
     * carries none.
     */
    @Test
    void aLinksLinesAboveItsCapacityAreBoughtByItsOneMbpsAtTheLargest()
    {
        double[] toDc = {20, 21, 22};
        ExperimentResults results = results(toDc, new double[] {5, 5, 5}, 24000, 0, 290);
        List<Rating> ratings = link(20, 40000);
        List<BillOfMaterials.Line> bill = BillOfMaterials.of(results, ratings, GOALS);

        BillOfMaterials.Line dc = line(bill, "link wan toward dc");
        assertEquals(BillOfMaterials.roundUp(MetricSummary.of(toDc).ci95high() / 0.8, 0.1), dc.quantity(), 0);
        BillOfMaterials.Line behindCac = line(bill, "link wan bandwidth behind its CAC budget");
        assertEquals(30, behindCac.quantity(), 0, "24,000 kbit/s at 80%: nothing refused, the peak in use");
        assertTrue(behindCac.basis().contains("no replication used more than 24000 kbit/s"), behindCac.basis());
        assertTrue(behindCac.quantity() > dc.quantity() && dc.quantity() > 20, bill.toString());
        assertEquals("links.wan.mbps=30", dc.set(), "the largest of the lines the one mbps holds");
        assertEquals("links.wan.mbps=30", behindCac.set());
        assertNull(line(bill, "link wan toward branch").set(), "6.3 Mbit/s fits the link's 20");
        assertNull(line(bill, "link wan locations-CAC budget").set(), "24,000 fits the budget of 40,000");

        BillConfirmation confirm = BillConfirmation.of(results, ratings, bill, List.of(), NO_AGENT_LIMIT);
        assertEquals(List.of("--set links.wan.mbps=30"), confirm.settings(), "one argument for the setting");
        assertFalse(confirm.refused());
        assertEquals(BillConfirmation.ASKS_MORE + ":", confirm.note(), "no hard limit refused: not said that one did");
        assertEquals(BillConfirmation.ASKS_MORE + ".", confirm.statement(), "summary.json gives the settings apart");

        // a decimal setting stays as the line gives it, the one for the direction alone
        List<BillOfMaterials.Line> noCac = BillOfMaterials.of(results, List.of(ratings.get(0)), GOALS);
        assertEquals("links.wan.mbps=" + Numbers.exact(line(noCac, "link wan toward dc").quantity()),
                line(noCac, "link wan toward dc").set());
    }

    /**
     * Where no line asks more than the run had, this run is the one that confirms the bill: it says so, and whether
     * it meets the targets, naming those it does not.
     */
    @Test
    void aRunWithEveryQuantityOfTheBillSaysItIsTheConfirmingRun()
    {
        ExperimentResults results = results(new double[] {20, 21, 22}, new double[] {5, 5, 5}, 24000, 0, 290);
        List<Rating> ratings = link(40, 40000);
        List<BillOfMaterials.Line> bill = BillOfMaterials.of(results, ratings, GOALS);
        assertTrue(bill.stream().allMatch(l -> l.set() == null), bill.toString());

        MetricSummary use = MetricSummary.of(new double[] {0.5, 0.52, 0.55});
        BillConfirmation met = BillConfirmation.of(results, ratings, bill,
                List.of(new GoalVerdict(GOALS.get(0), use, "OK")), NO_AGENT_LIMIT);
        assertFalse(met.needed());
        assertEquals(List.of(), met.settings());
        assertEquals(BillConfirmation.CONFIRMING + ": it meets every target.", met.note());

        BillConfirmation missed = BillConfirmation.of(results, ratings, bill,
                List.of(new GoalVerdict(GOALS.get(0), use, "NEAR"),
                        new GoalVerdict(new Goal("recording blocking", "recording.blockingProbability", true, 0.01),
                                use, "OVER")), NO_AGENT_LIMIT);
        assertFalse(missed.needed());
        assertEquals(BillConfirmation.CONFIRMING + ", and it does not meet every target: link wan utilisation NEAR,"
                + " recording blocking OVER.", missed.note());
    }

    /**
     * F7: a CAC budget that refused calls is sized by Kaufman–Roberts on the offered load (the busiest interval's 12
     * carried erlangs grossed up by its 5% refused: 12.63 E, one class, so Erlang-B on whole calls of 80 kbit/s), not
     * held at its peak: the line asks more than the run had and carries its setting. A run whose budget is the line's
     * is the confirming run, though its budget refused calls too: the line is a size, not the least to configure.
     */
    @Test
    void f7aBudgetThatRefusedCallsIsSizedAndARunWithTheLinesBudgetConfirmsTheBill()
    {
        ExperimentResults results = results(new double[] {2, 2, 2}, new double[] {1, 1, 1}, 1200, 5, 12);
        List<Rating> ratings = link(20, 1200);
        List<BillOfMaterials.Line> bill = BillOfMaterials.of(results, ratings, GOALS);
        BillOfMaterials.Line budget = line(bill, "link wan locations-CAC budget");
        double offered = 12 / (1 - 0.05);
        assertEquals(80.0 * ErlangB.minServers(offered, 0.01), budget.quantity(), 0, budget.basis());
        assertTrue(budget.basis().contains("offered 12.63 E"), budget.basis());
        assertEquals("links.wan.cacKbps=" + Numbers.exact(budget.quantity()), budget.set());
        assertEquals(BillOfMaterials.roundUp(budget.quantity() / 1000 / 0.8, 0.1),
                line(bill, "link wan bandwidth behind its CAC budget").quantity(), 1e-9);

        BillConfirmation confirm = BillConfirmation.of(results, ratings, bill, List.of(), NO_AGENT_LIMIT);
        assertTrue(confirm.needed());
        assertTrue(confirm.refused());
        assertEquals(List.of("--set " + budget.set()), confirm.settings());
        assertEquals(BillConfirmation.NOTE + ":", confirm.note());

        // the run with the line's budget: the line is what it has, so it is the confirming run
        List<Rating> bought = link(20, budget.quantity());
        BillConfirmation again = BillConfirmation.of(results, bought, BillOfMaterials.of(results, bought, GOALS),
                List.of(), NO_AGENT_LIMIT);
        assertFalse(again.needed(), again.statement());
        assertEquals(BillConfirmation.CONFIRMING + ": it meets every target.", again.note());
    }
}
