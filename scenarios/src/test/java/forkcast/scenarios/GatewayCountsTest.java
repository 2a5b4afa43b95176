package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import forkcast.models.metrics.CallMetrics;
import forkcast.models.metrics.ElementMetrics;
import forkcast.sim.ReplicationOutput;

/**
 * Each gateway's published counts of the calls offered to it and refused ({@code gateway.<id>.calls.offered},
 * {@code .calls.blocked}, {@code .blockingProbability}) against the call counts of the run: a call asks the gateways
 * of its path in order and stops at the first that refuses it.
 */
class GatewayCountsTest
{
    /** Calls through a small gateway and then a large one, and calls through the large one alone. */
    private static final String TWO_GATEWAYS = """
            name: gateway-counts
            seed: 11
            run: { warmup: 10m, duration: 1h, replications: 3, interval: 10m }
            cluster: { builtInBridge: on }
            sites: [ { id: dc } ]
            gateways: [ { id: gw-small, site: dc, channels: 8 }, { id: gw-big, site: dc, channels: 1000 } ]
            recorders: [ { id: rec, site: dc } ]
            trunks: [ { id: t, to: rec } ]
            recordingProfiles: [ { id: rp, trunk: t } ]
            agentGroups: [ { id: a, site: dc, agents: 1000, line: { recording: automatic, profile: rp } } ]
            traffic:
              - { id: through-both, group: a, rate: 300/h, gateways: [gw-small, gw-big],
                  holdingTime: { dist: exponential, mean: 120s } }
              - { id: big-only, group: a, rate: 200/h, gateways: [gw-big], holdingTime: { dist: exponential, mean: 120s } }
            """;

    @Test
    void eachGatewayCountsTheCallsThatReachedItAndThoseItRefused() throws ScenarioException
    {
        RunResult run = ScenarioRunner.run(ScenarioText.load(TWO_GATEWAYS), 1, null);
        for (ReplicationOutput rep : run.results().replications())
        {
            double offered = rep.value(CallMetrics.OFFERED.total().of().name());
            double blocked = rep.value(CallMetrics.BLOCKED_AT_GATEWAY.total().of().name());
            double smallOffered = rep.value(ElementMetrics.GATEWAY_OFFERED.total().of("gw-small").name());
            double smallBlocked = rep.value(ElementMetrics.GATEWAY_BLOCKED.total().of("gw-small").name());
            double bigOffered = rep.value(ElementMetrics.GATEWAY_OFFERED.total().of("gw-big").name());
            double bigBlocked = rep.value(ElementMetrics.GATEWAY_BLOCKED.total().of("gw-big").name());
            assertTrue(smallBlocked > 0, "the small gateway refuses calls (about 4 E on 8 channels)");
            assertEquals(0, bigBlocked, "the big gateway refuses none");
            assertEquals(blocked, smallBlocked + bigBlocked, "each refused call is refused at one gateway");
            // every call asks the big gateway unless the small one refused it first
            assertEquals(offered, bigOffered + smallBlocked);
            assertTrue(smallOffered > 0 && smallOffered < bigOffered);
            assertEquals(smallBlocked / smallOffered,
                    rep.value(ElementMetrics.GATEWAY_BLOCKING.of("gw-small").name()), 1e-15);
            assertEquals(0, rep.value(ElementMetrics.GATEWAY_BLOCKING.of("gw-big").name()));
            double[] perInterval = rep.series().get(ElementMetrics.GATEWAY_BLOCKED.perInterval().of("gw-small").name())
                    .values();
            assertEquals(6, perInterval.length);
            assertEquals(smallBlocked, Arrays.stream(perInterval).sum(), "the intervals add up to the window's count");
            double[] offeredPerInterval = rep.series()
                    .get(ElementMetrics.GATEWAY_OFFERED.perInterval().of("gw-big").name()).values();
            assertEquals(bigOffered, Arrays.stream(offeredPerInterval).sum());
        }
    }
}
