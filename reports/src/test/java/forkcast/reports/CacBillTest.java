package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.models.metrics.LinkMetrics;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.ScenarioRunner;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.KaufmanRoberts;
import forkcast.sim.stats.MetricSummary;

/**
 * F7: a locations-CAC budget is a multi-rate loss system, so with Poisson calls, exponential holding times and no other
 * limit each codec's refused share is the Kaufman–Roberts blocking of its deduction; the bill's budget line is the
 * Kaufman–Roberts size on the offered loads at the cacBlocking target, and a run with that budget meets the target.
 */
class CacBillTest
{
    /** Units of 8 kbit/s: G.711's 80 kbit/s is 10, G.729's 24 is 3. */
    private static final int[] SIZES = {10, 3};
    /** 1,200 calls/h of 90 s, half G.711 and half G.729: 15 E each. */
    private static final double[] ERLANGS = {15, 15};
    private static final String[] CODECS = {"G711", "G729"};
    /** 1,920 kbit/s, 240 units: about 6.4% of G.711 calls and 1.8% of G.729 calls refused. */
    private static final int BUDGET_UNITS = 240;

    /**
     * Inbound calls from a gateway at the data centre to agents at the branch, each crossing the one budgeted link;
     * one interval the length of the window, so each replication's offered load estimates λ·h.
     */
    private static final String YAML = """
            name: cac-two-codecs
            seed: 17
            run: { warmup: 1h, duration: 1h, replications: 60, interval: 1h }
            sites: [ { id: dc }, { id: branch } ]
            links: [ { id: wan, between: [branch, dc], mbps: 1000, cacKbps: %s } ]
            gateways: [ { id: gw, site: dc, channels: 100000 } ]
            agentGroups: [ { id: agents, site: branch, agents: 100000 } ]
            traffic:
              - { id: calls, group: agents, rate: 1200/h, direction: inbound, gateways: [gw],
                  codecs: { G711: 0.5, G729: 0.5 }, holdingTime: { dist: exponential, mean: 90s } }
            """;

    private static RunResult run(final double cacKbps) throws Exception
    {
        Scenario s = new ScenarioLoader(Catalog.builtIn()).load("cac.yaml",
                YAML.formatted(cacKbps).getBytes(StandardCharsets.UTF_8), List.of());
        return ScenarioRunner.run(s, 1, null);
    }

    /** @return per replication, the only interval's value of {@code series} for codec {@code k} */
    private static double[] perReplication(final RunResult run, final String series, final int k)
    {
        List<ReplicationOutput> reps = run.results().replications();
        double[] values = new double[reps.size()];
        for (int i = 0; i < values.length; i++)
        {
            values[i] = reps.get(i).series().get("cac.link.wan." + CODECS[k] + "." + series).values()[0];
        }
        return values;
    }

    @Test
    void f7EachCodecsRefusedShareIsItsKaufmanRobertsBlocking() throws Exception
    {
        RunResult run = run(BUDGET_UNITS * 8);
        double[] exact = KaufmanRoberts.blocking(BUDGET_UNITS, SIZES, ERLANGS);
        for (int k = 0; k < SIZES.length; k++)
        {
            double[] refused = perReplication(run, "refusals", k);
            double[] requested = perReplication(run, "requests", k);
            double[] share = new double[refused.length];
            for (int i = 0; i < share.length; i++)
            {
                share[i] = refused[i] / requested[i];
            }
            MetricSummary blocking = MetricSummary.of(share);
            System.out.printf("F7 %s: Kaufman-Roberts=%.5f simulated mean=%.5f CI=[%.5f, %.5f]%n", CODECS[k], exact[k],
                    blocking.mean(), blocking.ci95low(), blocking.ci95high());
            assertTrue(blocking.contains(exact[k]), CODECS[k] + ": Kaufman-Roberts " + exact[k] + " outside ["
                    + blocking.ci95low() + ", " + blocking.ci95high() + "]");
            assertTrue(blocking.ci95high() - blocking.ci95low() < 0.4 * exact[k], "tight enough to mean something: "
                    + blocking);
        }
        assertTrue(exact[0] > 2 * exact[1], "the wider G.711 call is refused more often");
        // the link-wide figures are the classes' together
        MetricSummary all = run.results().summary(LinkMetrics.CAC_BLOCKING.of("wan").name());
        assertEquals(run.results().summary("cac.link.wan.refusals").mean()
                / run.results().summary("cac.link.wan.requests").mean(), all.mean(), 0.002);
    }

    /**
     * The line is Kaufman–Roberts on each codec's offered load (carried ÷ (1 − refused share)) at its 95% upper bound:
     * recomputed here from the series, it is the line; the size on the true loads (15 E each) lies between the sizes
     * on the loads' lower and upper bounds, so the line is at or above it by no more than the estimate's uncertainty.
     * Buying it and running again with the same seed meets the cacBlocking target.
     */
    @Test
    void f7TheBudgetLineIsKaufmanRobertsOnTheOfferedLoadsAndBuyingItMeetsTheTarget() throws Exception
    {
        RunResult run = run(BUDGET_UNITS * 8);
        Answer first = Answer.of(run);
        double[] high = new double[SIZES.length];
        double[] low = new double[SIZES.length];
        for (int k = 0; k < SIZES.length; k++)
        {
            double[] carried = perReplication(run, "erlangs", k);
            double[] refused = perReplication(run, "refusals", k);
            double[] requested = perReplication(run, "requests", k);
            double[] offered = new double[carried.length];
            for (int i = 0; i < offered.length; i++)
            {
                offered[i] = carried[i] / (1 - refused[i] / requested[i]);
            }
            MetricSummary a = MetricSummary.of(offered);
            assertTrue(a.contains(ERLANGS[k]), CODECS[k] + ": 15 E within [" + a.ci95low() + ", " + a.ci95high()
                    + "]");
            high[k] = a.ci95high();
            low[k] = a.ci95low();
        }
        BillOfMaterials.Line budget = first.bill().stream()
                .filter(l -> l.element().equals("link wan locations-CAC budget")).findFirst().orElseThrow();
        int atHigh = KaufmanRoberts.minCapacity(SIZES, high, 1, 0.01);
        assertEquals(8.0 * atHigh, budget.quantity(), budget.basis());
        int exact = KaufmanRoberts.minCapacity(SIZES, ERLANGS, 1, 0.01);
        System.out.printf("F7 budget: line %s kbit/s, Kaufman-Roberts on the true loads %d kbit/s%n",
                Numbers.exact(budget.quantity()), 8 * exact);
        assertTrue(KaufmanRoberts.minCapacity(SIZES, low, 1, 0.01) <= exact && exact <= atHigh,
                "the size on the true loads, " + 8 * exact + " kbit/s, within the estimate's: " + budget);
        assertTrue(budget.basis().startsWith("Kaufman-Roberts") && budget.basis().contains("G711 carried")
                && budget.basis().contains("every codec's blocking <= 1.0%"), budget.basis());
        assertEquals("links.wan.cacKbps=" + Numbers.exact(budget.quantity()), budget.set());
        assertEquals("OVER", status(first, "link wan locations-CAC blocking"));

        Answer bought = Answer.of(run(budget.quantity()));
        assertNotEquals("OVER", status(bought, "link wan locations-CAC blocking"));
        assertTrue(bought.confirmation().settings().stream().noneMatch(s -> s.contains("cacKbps")),
                "the run with the line's budget asks no more of it: " + bought.confirmation().settings());
    }

    private static String status(final Answer answer, final String label)
    {
        return answer.goals().stream().filter(g -> g.goal().label().equals(label)).findFirst().orElseThrow()
                .status();
    }
}
