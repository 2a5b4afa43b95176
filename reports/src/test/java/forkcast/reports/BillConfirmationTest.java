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
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.MetricSummary;

/**
 * The run that confirms the bill (docs/answer.md): which settings it needs, soft ratings' included, and when a run is
 * itself that run, on figures made up for the test.
 */
class BillConfirmationTest
{
    private static final Metric TO_DC = LinkMetrics.TOWARD_MBPS_PEAK.of("wan", "dc");
    private static final Metric TO_BRANCH = LinkMetrics.TOWARD_MBPS_PEAK.of("wan", "branch");
    private static final Metric CAC_PEAK = LinkMetrics.CAC_KBPS.peak().of("wan");
    private static final Metric CAC_REFUSALS = LinkMetrics.CAC_REFUSALS.total().of("wan");
    private static final String LINK_GOAL = LinkMetrics.UTILIZATION.of("wan").name();
    private static final List<Goal> GOALS = List.of(new Goal("link wan utilisation", LINK_GOAL, true, 0.8));

    /**
     * A link of {@code mbps} per direction, its two directions' lines and, with a CAC budget of {@code cacKbps}, the
     * budget's and the bandwidth behind it, held by the settings the model gives them (Ratings).
     */
    private static List<Rating> link(final double mbps, final double cacKbps)
    {
        Purchase.Setting capacity = new Purchase.Setting("links.wan.mbps", 1, mbps);
        Rating link = new Rating("link wan Mbit/s", LinkMetrics.MBPS_PEAK.of("wan"), mbps, false).buying(
                new Purchase("link wan toward dc", "Mbit/s", Purchase.Method.UTILISATION, TO_DC, 1, null, LINK_GOAL,
                        0.1).heldBy(capacity),
                new Purchase("link wan toward branch", "Mbit/s", Purchase.Method.UTILISATION, TO_BRANCH, 1, null,
                        LINK_GOAL, 0.1).heldBy(capacity));
        Rating cac = new Rating("link wan locations-CAC budget (kbit/s)", CAC_PEAK, cacKbps, true).buying(
                new Purchase("link wan locations-CAC budget", "kbit/s", Purchase.Method.UTILISATION, CAC_PEAK, 1,
                        CAC_REFUSALS, null, 8).heldBy(new Purchase.Setting("links.wan.cacKbps", 1, cacKbps)),
                new Purchase("link wan bandwidth behind its CAC budget", "Mbit/s", Purchase.Method.UTILISATION,
                        CAC_PEAK, 0.001, CAC_REFUSALS, LINK_GOAL, 0.1).heldBy(capacity))
                .losing(CAC_REFUSALS);
        return List.of(link, cac);
    }

    /** Three replications with these peaks toward dc and branch (Mbit/s), of CAC deductions and CAC refusals. */
    private static ExperimentResults results(final double[] toDc, final double[] toBranch, final double cacPeak,
            final double refusals)
    {
        List<ReplicationOutput> reps = new ArrayList<>();
        for (int i = 0; i < toDc.length; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 900, 300));
            r.put(TO_DC, toDc[i]);
            r.put(TO_BRANCH, toBranch[i]);
            r.put(CAC_PEAK, cacPeak);
            r.put(CAC_REFUSALS, refusals);
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
        ExperimentResults results = results(toDc, new double[] {5, 5, 5}, 24000, 0);
        List<Rating> ratings = link(20, 40000);
        List<BillOfMaterials.Line> bill = BillOfMaterials.of(results, ratings, GOALS);

        BillOfMaterials.Line dc = line(bill, "link wan toward dc");
        assertEquals(BillOfMaterials.roundUp(MetricSummary.of(toDc).ci95high() / 0.8, 0.1), dc.quantity(), 0);
        BillOfMaterials.Line behindCac = line(bill, "link wan bandwidth behind its CAC budget");
        assertEquals(30, behindCac.quantity(), 0, "24,000 kbit/s at 80%");
        assertTrue(behindCac.quantity() > dc.quantity() && dc.quantity() > 20, bill.toString());
        assertEquals("links.wan.mbps=30", dc.set(), "the largest of the lines the one mbps holds");
        assertEquals("links.wan.mbps=30", behindCac.set());
        assertNull(line(bill, "link wan toward branch").set(), "6.3 Mbit/s fits the link's 20");
        assertNull(line(bill, "link wan locations-CAC budget").set(), "24,000 fits the budget of 40,000");

        BillConfirmation confirm = BillConfirmation.of(results, ratings, bill, List.of());
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
        ExperimentResults results = results(new double[] {20, 21, 22}, new double[] {5, 5, 5}, 24000, 0);
        List<Rating> ratings = link(40, 40000);
        List<BillOfMaterials.Line> bill = BillOfMaterials.of(results, ratings, GOALS);
        assertTrue(bill.stream().allMatch(l -> l.set() == null), bill.toString());

        MetricSummary use = MetricSummary.of(new double[] {0.5, 0.52, 0.55});
        BillConfirmation met = BillConfirmation.of(results, ratings, bill,
                List.of(new GoalVerdict(GOALS.get(0), use, "OK")));
        assertFalse(met.needed());
        assertEquals(List.of(), met.settings());
        assertEquals(BillConfirmation.CONFIRMING + ": it meets every target.", met.note());

        BillConfirmation missed = BillConfirmation.of(results, ratings, bill,
                List.of(new GoalVerdict(GOALS.get(0), use, "NEAR"),
                        new GoalVerdict(new Goal("recording blocking", "recording.blockingProbability", true, 0.01),
                                use, "OVER")));
        assertFalse(missed.needed());
        assertEquals(BillConfirmation.CONFIRMING + ", and it does not meet every target: link wan utilisation NEAR,"
                + " recording blocking OVER.", missed.note());
    }

    /**
     * A CAC budget that refused calls held its peak at the budget: its line is the least to configure, not a size,
     * whether or not it is above what the run had. A run with every other quantity is then not the confirming run,
     * and the note says what is true of that line.
     */
    @Test
    void aBudgetThatRefusedCallsIsOnlyTheLeastToConfigure()
    {
        ExperimentResults results = results(new double[] {2, 2, 2}, new double[] {1, 1, 1}, 1200, 4);
        List<Rating> ratings = link(20, 1200);
        List<BillOfMaterials.Line> bill = BillOfMaterials.of(results, ratings, GOALS);
        BillOfMaterials.Line budget = line(bill, "link wan locations-CAC budget");
        assertEquals(1200, budget.quantity(), 0);
        assertNull(budget.set(), "the run had the line's 1,200 kbit/s");

        BillConfirmation confirm = BillConfirmation.of(results, ratings, bill, List.of());
        assertTrue(confirm.needed(), "not the confirming run: the budget's line is no size");
        assertTrue(confirm.refused());
        assertEquals(List.of(), confirm.settings());
        assertEquals(BillConfirmation.NOTE + ".", confirm.note());
        assertEquals(List.of("link wan locations-CAC budget"), confirm.leastToConfigure(),
                "the bandwidth behind it is named by its own basis, not as a limit that refused");
        assertEquals("link wan locations-CAC budget refused what did not fit, so its line is only the least to"
                + " configure (the peak the limit held), not a size: give the run that confirms the bill more than"
                + " the line, and size it again from that run.", confirm.leastToConfigureNote());
        // summary.json's note: every sentence, the first ending with a full stop where no argument follows it
        assertEquals(BillConfirmation.NOTE + ". " + confirm.leastToConfigureNote(), confirm.statement());

        // the same budget, refusing nothing: this run confirms the bill
        ExperimentResults quiet = results(new double[] {2, 2, 2}, new double[] {1, 1, 1}, 1200, 0);
        BillConfirmation none = BillConfirmation.of(quiet, ratings, BillOfMaterials.of(quiet, ratings, GOALS),
                List.of());
        assertFalse(none.needed());
        assertEquals("", none.leastToConfigureNote());
    }
}
