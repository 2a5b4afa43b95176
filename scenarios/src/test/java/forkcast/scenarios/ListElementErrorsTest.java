package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every element of every list is checked, however many are in error: an element without an id, with a malformed id or
 * with one an earlier element has still has the rest of its keys checked, an element in error does not stop the ones
 * after it, and each problem is reported once, where it is, in the file's order: a reference to an element that is
 * declared but has an error of its own (route list {@code rl}) is not reported again as a missing id.
 */
class ListElementErrorsTest
{
    private static final String SCENARIO = """
            name: many-errors
            run: { duration: 1h }
            sites: [ { id: dc } ]
            links:
              - { id: l1, between: [dc] }
              - { id: l1, between: [dc, dcc], mbps: 10 }
            gateways:
              - { site: dc }
              - { id: gw, site: dc, channels: 10 }
            recorders:
              - { id: rec, site: dc }
              - { id: rec, site: nowhere }
              - { id: "bad id", site: dc }
            cubes:
              - { id: cube, site: dc, maxSessions: 10, forkTo: [rec, rec-x] }
            mtpPools:
              - { id: mtp, site: dc }
            trunks:
              - { id: t1, to: rec }
              - { id: t1, to: nothing }
              - { id: t-gw, to: gw, recordingInfo: gateway }
            routeLists:
              - { id: rl, distribution: random, trunks: [t1, t9] }
            recordingProfiles:
              - { id: rp, trunk: t-gw }
              - { id: rp, routeList: rl }
            agentGroups:
              - { id: agents, site: dc }
              - { id: agents, site: dc, agents: 5 }
            traffic:
              - { id: calls, group: agents }
              - { id: calls, group: agents, rate: 10/h, gateways: [gw, gw2] }
            """;

    @Test
    void everyElementOfEveryListIsCheckedAndEachProblemReportedOnce()
    {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load(SCENARIO));
        assertEquals(List.of(
                "test.yaml:5:24: error: link needs 'between: [siteA, siteB]', two sites",
                "test.yaml:6:11: error: duplicate link id 'l1' (first defined at test.yaml:5:11)",
                "test.yaml:6:29: error: no site with id 'dcc' (did you mean 'dc'?)",
                "test.yaml:8:5: error: gateway needs an 'id'",
                "test.yaml:8:5: error: gateway needs 'channels', the calls it carries at once",
                "test.yaml:12:11: error: duplicate recorder id 'rec' (first defined at test.yaml:11:11)",
                "test.yaml:12:22: error: no site with id 'nowhere'",
                "test.yaml:13:11: error: recorder id 'bad id' may use only letters, digits, '_' and '-'",
                "test.yaml:15:58: error: no recorder with id 'rec-x' (did you mean 'rec'?)",
                "test.yaml:17:5: error: an MTP pool needs a 'size' of 0 or more",
                "test.yaml:20:11: error: duplicate trunk id 't1' (first defined at test.yaml:19:11)",
                "test.yaml:20:19: error: no recorder, CUBE or gateway with id 'nothing'",
                "test.yaml:23:29: error: distribution must be top-down or circular, not 'random'",
                "test.yaml:23:50: error: R20: no recording trunk with id 't9' (did you mean 't1'?)",
                "test.yaml:25:22: error: R17, R20: recording profile reaches no recorder: trunk 't-gw' goes to a"
                        + " gateway",
                "test.yaml:26:11: error: duplicate recording profile id 'rp' (first defined at test.yaml:25:11)",
                "test.yaml:28:5: error: agent group needs 'agents', how many",
                "test.yaml:29:11: error: duplicate agent group id 'agents' (first defined at test.yaml:28:11)",
                "test.yaml:31:5: error: traffic needs 'rate' (e.g. 2400/h) or 'callsPerAgentPerHour'",
                "test.yaml:32:11: error: duplicate traffic id 'calls' (first defined at test.yaml:31:11)",
                "test.yaml:32:60: error: no gateway with id 'gw2' (did you mean 'gw'?)"),
                e.errors().stream().map(Object::toString).toList());
    }
}
