package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.models.metrics.ElementMetrics;
import forkcast.sim.Goal;

/**
 * {@code targets.gatewayBlocking}: one goal per gateway on its blocking probability, 1% by default, from the file's
 * {@code targets:} and then {@code --set}, in that order; out of its range it is refused with the file's position.
 */
class GatewayTargetTest
{
    private static final String TWO_GATEWAYS = """
            name: gateway-target
            sites: [ { id: dc } ]
            gateways: [ { id: gw-a, site: dc, channels: 30 }, { id: gw-b, site: dc, channels: 60 } ]
            agentGroups: [ { id: a, site: dc, agents: 10 } ]
            traffic: [ { id: c, group: a, callsPerAgentPerHour: 12, gateways: [gw-a, gw-b] } ]
            """;

    private static List<Goal> gatewayGoals(final Scenario s)
    {
        return s.targets().goals(s.deployment()).stream().filter(g -> g.metric().startsWith("gateway.")).toList();
    }

    @Test
    void eachGatewayHasABlockingGoalFromTheDefaultThenTheFileThenSet() throws ScenarioException
    {
        List<Goal> defaults = gatewayGoals(ScenarioText.load(TWO_GATEWAYS));
        assertEquals(List.of(new Goal("gateway gw-a blocking", ElementMetrics.GATEWAY_BLOCKING.of("gw-a").name(), true,
                0.01), new Goal("gateway gw-b blocking", ElementMetrics.GATEWAY_BLOCKING.of("gw-b").name(), true,
                        0.01)), defaults);
        String file = TWO_GATEWAYS + "targets: { gatewayBlocking: 0.02 }\n";
        assertTrue(gatewayGoals(ScenarioText.load(file)).stream().allMatch(g -> g.limit() == 0.02));
        assertTrue(gatewayGoals(ScenarioText.load(file, "targets.gatewayBlocking=0.005")).stream()
                .allMatch(g -> g.limit() == 0.005), "--set over the file");
    }

    @Test
    void aGatewayBlockingTargetOfZeroIsRefusedWhereItIsWritten()
    {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(TWO_GATEWAYS + "targets: { gatewayBlocking: 0 }\n"));
        assertTrue(e.getMessage().contains("test.yaml:6:") && e.getMessage().contains("gatewayBlocking"),
                e.getMessage());
    }
}
