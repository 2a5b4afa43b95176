package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.models.metrics.LinkMetrics;
import forkcast.sim.Goal;

/**
 * F7, {@code targets.cacBlocking}: one goal per link with a locations-CAC budget on its blocking probability, 1% by
 * default, from the file's {@code targets:} and then {@code --set}, in that order; a link without a budget has none;
 * out of its range it is refused with the file's position.
 */
class CacTargetTest
{
    private static final String TWO_LINKS = """
            name: cac-target
            sites: [ { id: dc }, { id: branch }, { id: far } ]
            links:
              - { id: wan, between: [branch, dc], mbps: 100, cacKbps: 8000 }
              - { id: far, between: [far, dc], mbps: 100 }
            gateways: [ { id: gw, site: dc, channels: 30 } ]
            agentGroups: [ { id: a, site: branch, agents: 10 } ]
            traffic: [ { id: c, group: a, callsPerAgentPerHour: 12, gateways: [gw] } ]
            """;

    private static List<Goal> cacGoals(final Scenario s)
    {
        return s.targets().goals(s.deployment()).stream().filter(g -> g.metric().startsWith("cac.")).toList();
    }

    @Test
    void f7EachBudgetedLinkHasABlockingGoalFromTheDefaultThenTheFileThenSet() throws ScenarioException
    {
        assertEquals(List.of(new Goal("link wan locations-CAC blocking", LinkMetrics.CAC_BLOCKING.of("wan").name(),
                true, 0.01)), cacGoals(ScenarioText.load(TWO_LINKS)), "none for the link without a budget");
        String file = TWO_LINKS + "targets: { cacBlocking: 0.02 }\n";
        assertEquals(0.02, cacGoals(ScenarioText.load(file)).get(0).limit());
        assertEquals(0.005, cacGoals(ScenarioText.load(file, "targets.cacBlocking=0.005")).get(0).limit(),
                "--set over the file");
    }

    @Test
    void f7ACacBlockingTargetOfZeroIsRefusedWhereItIsWritten()
    {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(TWO_LINKS + "targets: { cacBlocking: 0 }\n"));
        assertTrue(e.getMessage().contains("test.yaml:9:") && e.getMessage().contains("cacBlocking"),
                e.getMessage());
    }
}
