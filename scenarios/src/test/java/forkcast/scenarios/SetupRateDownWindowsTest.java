package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.models.metrics.RecordingMetrics;
import forkcast.sim.Purchase;

/**
 * The set-up rate line of a recorder or CUBE with down windows is read at its rate while up (docs/answer.md): its
 * set-ups come back whole as soon as new sessions reach it again, at once (no settling), except through a trunk whose
 * OPTIONS ping marked it out of service, which new recording calls skip until a ping is answered, at most
 * pingIntervalOutOfService after it came back.
 */
class SetupRateDownWindowsTest
{
    private static final String SCENARIO = """
            name: setup-down
            sites: [ { id: dc } ]
            recorders:
              - { id: rec-a, site: dc, down: [ { at: 30m, for: 10m }, { at: 50m, for: 1m } ] }
              - { id: rec-b, site: dc }
              - { id: rec-c, site: dc, down: [ { at: 30m, for: 10m } ] }
            cubes:
              - id: cube
                site: dc
                platform: ASR1001-X
                maxSetupsPerSecond: 10
                forkTo: [rec-b, rec-c]
                down: [ { at: 20m, for: 5m } ]
            trunks: [ { id: t, to: rec-a }, { id: t-cube, to: cube, earlyOffer: best-effort } ]
            routeLists: [ { id: rl, trunks: [t, t-cube] } ]
            recordingProfiles: [ { id: rp, routeList: rl } ]
            agentGroups: [ { id: a, site: dc, agents: 10, line: { recording: automatic, profile: rp } } ]
            traffic: [ { id: c, group: a, callsPerAgentPerHour: 12 } ]
            """;

    @Test
    void anElementsSetUpsComeBackAtOnceUnlessAPingMarkedItsTrunkOutOfService() throws ScenarioException
    {
        Scenario plain = ScenarioText.load(SCENARIO);
        Purchase.Outages a = setupRate(plain, "recorder rec-a").down();
        assertEquals(List.of(new Purchase.Down(1800, 2400), new Purchase.Down(3000, 3060)), a.windows());
        assertEquals(0, a.settling(), 0.0, "no trunk to it pings: new sessions reach it at once");
        assertNull(a.rate(), "the load itself is its rate while up");
        assertEquals(RecordingMetrics.REQUESTED.perInterval().of(), a.demand());
        assertEquals(Purchase.Outages.NONE, setupRate(plain, "recorder rec-b").down());
        // a forked copy reaches rec-c, whatever its CUBE's trunk does
        Purchase.Outages c = setupRate(plain, "recorder rec-c").down();
        assertEquals(List.of(new Purchase.Down(1800, 2400)), c.windows());
        assertEquals(0, c.settling(), 0.0);
        assertEquals(List.of(new Purchase.Down(1200, 1500)), setupRate(plain, "CUBE cube").down().windows());

        Scenario pinged = ScenarioText.load(SCENARIO, "trunks.t.optionsPing=true",
                "trunks.t.pingIntervalOutOfService=90s", "trunks.t-cube.optionsPing=true");
        assertEquals(90, setupRate(pinged, "recorder rec-a").down().settling(), 0.0,
                "skipped until the first answered ping");
        assertEquals(120, setupRate(pinged, "CUBE cube").down().settling(), 0.0, "CUCM's default out-of-service ping");
        assertEquals(0, setupRate(pinged, "recorder rec-c").down().settling(), 0.0, "reached by a forked copy");
    }

    private static Purchase setupRate(final Scenario scenario, final String element)
    {
        return scenario.deployment().ratings().stream().flatMap(r -> r.purchases().stream())
                .filter(p -> p.element().equals(element + " set-up rate")).findFirst().orElseThrow();
    }
}
