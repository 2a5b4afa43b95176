package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

import forkcast.sim.stats.MetricSummary;

/** Alternatives of a comparison see the same traffic, which makes their paired differences sharp. */
class ComparisonTest
{
    private static final Path EXAMPLE = Path.of("examples", "branch-phone-vs-network.yaml");

    @Test
    void variantsAreAlternativesWithTheirValuesSet() throws ScenarioException
    {
        List<Scenario> alternatives = new ScenarioLoader(Catalog.builtIn()).loadAlternatives(EXAMPLE, List.of());
        assertEquals(List.of("branch-phone-vs-network", "gateway-recording", "multi-fork"),
                alternatives.stream().map(Scenario::name).toList());
        assertEquals("GATEWAY", alternatives.get(1).deployment().groups().get(2).line().mediaSource().name());
        assertEquals("t-cube", alternatives.get(2).deployment().profiles().get(0).trunk());
        assertEquals(alternatives.get(0).seed(), alternatives.get(2).seed());
    }

    @Test
    void alternativesSeeIdenticalArrivals() throws ScenarioException
    {
        List<Scenario> alternatives = new ScenarioLoader(Catalog.builtIn()).loadAlternatives(EXAMPLE,
                List.of("run.replications=2"));
        List<List<String>> arrivals = alternatives.stream().map(s -> ScenarioRunner.run(s, 2, null, 400).trace()
                .stream().filter(r -> r.event().equals("ARRIVED")).map(r -> r.call() + "@" + r.time() + " " + r.detail())
                .toList()).toList();
        assertEquals(400, arrivals.get(0).size());
        assertEquals(arrivals.get(0), arrivals.get(1));
        assertEquals(arrivals.get(0), arrivals.get(2));
    }

    @Test
    void pairedDifferencesAreNarrowerThanUnpairedOnes() throws ScenarioException
    {
        List<Scenario> alternatives = new ScenarioLoader(Catalog.builtIn()).loadAlternatives(EXAMPLE,
                List.of("run.replications=10"));
        List<RunResult> results = Comparison.run(alternatives.subList(0, 2), 77, 10, 2);
        String metric = "bandwidth.link.wan-north.mbps.mean";
        double[] a = results.get(0).results().values(metric);
        double[] b = results.get(1).results().values(metric);
        double[] d = new double[a.length];
        for (int r = 0; r < d.length; r++)
        {
            d[r] = b[r] - a[r];
        }
        MetricSummary paired = MetricSummary.of(d);
        double t = new TDistribution(null, a.length - 1).inverseCumulativeProbability(0.975);
        double unpairedHalfWidth = t * Math.sqrt((sq(MetricSummary.of(a).stddev()) + sq(MetricSummary.of(b).stddev()))
                / a.length);
        double pairedHalfWidth = (paired.ci95high() - paired.ci95low()) / 2;
        assertTrue(pairedHalfWidth < unpairedHalfWidth, "paired " + pairedHalfWidth + " vs unpaired " + unpairedHalfWidth);
        assertTrue(paired.ci95high() < 0, "gateway recording takes the forks off the WAN");
    }

    @Test
    void differentRunWindowsCannotBePaired() throws ScenarioException
    {
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        Scenario a = loader.load(EXAMPLE, List.of());
        Scenario b = loader.load(EXAMPLE, List.of("run.duration=2h")).withName("longer");
        assertThrows(IllegalArgumentException.class, () -> Comparison.run(List.of(a, b), 1, 2, 1));
    }

    private static double sq(final double v)
    {
        return v * v;
    }
}
