package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import forkcast.sim.Rating;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.MetricSummary;

/**
 * Cluster nodes (issue 13 part 2) and CTI sized by devices and lines (part 3): BHCC counted on the node of the phone
 * whose line makes the call (R6: two recording calls per session on the recorded line's node), registrations moving
 * to the backup node in a failure window, CTI-controlled devices and lines per CTI Manager and per cluster (F4).
 */
class ClusterNodesTest
{
    /** Two groups of plentiful agents, one per node, each offered {@code perHour} internal calls, all recorded. */
    private static String twoNodes(final double perHour, final String runLine, final String nodeExtra)
    {
        return """
                name: two-nodes
                seed: 11
                run: %s
                cluster:
                  builtInBridge: on
                  recordingSetupDelay: 0s
                  nodes:
                    - { id: sub-a, role: both%s }
                    - { id: sub-b, role: both }
                sites: [ { id: dc } ]
                recorders: [ { id: rec, site: dc, maxStreams: 1000000, maxSetupsPerSecond: 1000000 } ]
                trunks: [ { id: t, to: rec } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups:
                  - { id: ga, site: dc, agents: 100000, node: sub-a, backupNode: sub-b,
                      line: { recording: automatic, profile: rp, ctiMonitored: true } }
                  - { id: gb, site: dc, agents: 100000, node: sub-b,
                      line: { recording: automatic, profile: rp } }
                traffic:
                  - { id: ta, group: ga, rate: %s/h, direction: internal, holdingTime: { dist: exponential, mean: 60s } }
                  - { id: tb, group: gb, rate: %s/h, direction: internal, holdingTime: { dist: exponential, mean: 60s } }
                """.formatted(runLine, nodeExtra, perHour, perHour);
    }

    @Test
    @DisplayName("R6: two nodes, groups split 50/50: each node's BHCC is half the cluster's within the CI, sums exact")
    void r6TwoNodesSplitEvenlyCarryHalfTheBusyHourEach() throws ScenarioException
    {
        double perHour = 1800;
        Scenario scenario = ScenarioText.load(twoNodes(perHour,
                "{ warmup: 15m, duration: 1h, replications: 20, interval: 5m }", ""));
        RunResult run = ScenarioRunner.run(scenario, 2, null);
        // a one-hour run: the busy hour is the whole measured hour, so each node expects its group's calls, each
        // connected call counting once and its recording session twice (R6): 3 x 1800 per hour
        double expectedPerNode = 3 * perHour;
        MetricSummary total = run.results().summary("bhcc.busyHour.total");
        for (String node : List.of("sub-a", "sub-b"))
        {
            MetricSummary n = run.results().summary("node." + node + ".bhcc.busyHour.total");
            System.out.printf("R6 two nodes: %s mean %.1f CI [%.1f, %.1f], half the cluster's mean %.1f, expected %.0f%n",
                    node, n.mean(), n.ci95low(), n.ci95high(), total.mean() / 2, expectedPerNode);
            assertTrue(n.contains(expectedPerNode), node + ": " + expectedPerNode + " outside [" + n.ci95low() + ", "
                    + n.ci95high() + "]");
            assertTrue(n.contains(total.mean() / 2), node + ": half the cluster's " + total.mean() / 2 + " outside ["
                    + n.ci95low() + ", " + n.ci95high() + "]");
            assertTrue(n.ci95high() - n.ci95low() < 0.05 * expectedPerNode, "the interval is tight enough to mean "
                    + "something");
        }
        for (ReplicationOutput r : run.results().replications())
        {
            double a = scalar(r, "node.sub-a.bhcc.busyHour.total");
            double b = scalar(r, "node.sub-b.bhcc.busyHour.total");
            assertEquals(scalar(r, "bhcc.busyHour.total"), a + b, 0.0, "every call counts on exactly one node");
            assertTrue(a > 0 && b > 0);
        }
    }

    @Test
    @DisplayName("R6: a node failure window moves its phones' calls to the backup node for the window, exactly")
    void r6FailureWindowMovesRegistrationsToTheBackup() throws ScenarioException
    {
        Scenario scenario = ScenarioText.load(twoNodes(1800, "{ warmup: 0s, duration: 1h, replications: 3, interval: 5m }",
                ", down: [ { at: 20m, for: 20m } ]"));
        RunResult run = ScenarioRunner.run(scenario, 2, null);
        for (ReplicationOutput r : run.results().replications())
        {
            double[] a = r.series().get("node.sub-a.bhcc").values();
            double[] b = r.series().get("node.sub-b.bhcc").values();
            double[] cluster = r.series().get("bhcc.total").values();
            double[] gbOnly = new double[a.length];
            for (int i = 0; i < a.length; i++)
            {
                boolean down = i >= 4 && i < 8; // intervals [20m, 25m) to [35m, 40m)
                assertEquals(cluster[i], a[i] + b[i], 0.0, "interval " + i);
                if (down)
                {
                    assertEquals(0.0, a[i], 0.0, "sub-a is down in interval " + i);
                }
                else
                {
                    assertTrue(a[i] > 0, "sub-a carries ga outside the window, interval " + i);
                }
                gbOnly[i] = down ? b[i] - cluster[i] : 0;
                assertEquals(0.0, gbOnly[i], 0.0, "in the window sub-b carries every call, interval " + i);
            }
        }
        MetricSummary own = run.results().summary("node.sub-b.bhcc.ownBusyHour.total");
        MetricSummary inClusterHour = run.results().summary("node.sub-b.bhcc.busyHour.total");
        assertTrue(own.mean() > 1.2 * 3 * 1800, "the backup's busiest hour shows the hit: " + own.mean());
        assertTrue(inClusterHour.mean() > 1.2 * 3 * 1800, "one-hour run: the cluster's busy hour is the whole hour");
        // CTI: ga's monitored phones move to sub-b's CTI Manager with the node; the peak shows it
        assertEquals(100000, run.results().summary("node.sub-b.cti.devices").mean(), 0.0);
        assertEquals(100000, run.results().summary("node.sub-a.cti.devices").mean(), 0.0);
        assertEquals(100000, run.results().summary("cti.devices").mean(), 0.0);
    }

    @Test
    @DisplayName("F4: CTI-controlled devices and lines per CTI Manager and per cluster, exact, with catalog limits")
    void f4CtiDevicesAndLinesAreCountedPerCtiManager() throws ScenarioException
    {
        Scenario scenario = ScenarioText.load("""
                name: cti-count
                run: { warmup: 0s, duration: 1h, replications: 2, interval: 5m }
                cluster:
                  nodes:
                    - { id: cp-1, role: call-processing }
                    - { id: cti-1, role: cti-manager, ctiPorts: 3, ctiRoutePoints: 2, platform: MCS-7845 }
                    - { id: both-1, role: both, ctiDevices: 6 }
                sites: [ { id: dc } ]
                recorders: [ { id: rec, site: dc } ]
                trunks: [ { id: t, to: rec } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups:
                  - { id: monitored, site: dc, agents: 12, node: cp-1, line: { ctiMonitored: true } }
                  - { id: plain, site: dc, agents: 5, node: cp-1 }
                  - { id: supervised, site: dc, agents: 7, node: both-1, monitoring: { share: 0.1 } }
                  - { id: by-recorder, site: dc, agents: 4, node: cp-1,
                      line: { recording: selective, profile: rp }, selective: { by: recorder } }
                  - { id: by-key, site: dc, agents: 9, node: both-1,
                      line: { recording: selective, profile: rp }, selective: { by: agent },
                      phone: { recordKey: softkey } }
                traffic:
                  - { id: calls, group: plain, rate: 60/h, direction: internal }
                """);
        RunResult run = ScenarioRunner.run(scenario, 1, null);
        // cp-1 runs no CTI Manager: its groups' applications use the first CTI Manager, cti-1 (12 + 4), plus cti-1's
        // 3 ports and 2 route points; both-1 carries its own supervised group (7); plain and by-key use no CTI
        assertEquals(21, run.results().summary("node.cti-1.cti.devices").mean(), 0.0);
        assertEquals(21, run.results().summary("node.cti-1.cti.lines").mean(), 0.0);
        assertEquals(7, run.results().summary("node.both-1.cti.devices").mean(), 0.0);
        assertEquals(7, run.results().summary("node.both-1.cti.lines").mean(), 0.0);
        assertEquals(28, run.results().summary("cti.devices").mean(), 0.0);
        assertEquals(28, run.results().summary("cti.lines").mean(), 0.0);
        assertFalse(run.results().summaries().containsKey("node.cp-1.cti.devices"), "cp-1 runs no CTI Manager");
        assertFalse(run.results().summaries().containsKey("node.cti-1.bhcc.busyHour.total"), "cti-1 takes no calls");
        List<Rating> ratings = run.ratings();
        assertEquals(2500, limit(ratings, "node.cti-1.cti.devices"), 0.0, "MCS-7845 from the catalog");
        assertEquals(6, limit(ratings, "node.both-1.cti.devices"), 0.0, "the scenario's own limit");
        assertEquals(50000, limit(ratings, "node.both-1.cti.lines"), 0.0, "OVA-10K lines from the catalog");
        assertEquals(10000, limit(ratings, "cti.devices"), 0.0, "the smallest cluster maximum of the platforms");
        assertEquals(50000, limit(ratings, "node.cp-1.bhcc.ownBusyHour.total"), 0.0,
                "the cluster's 100000 shared by its two call-processing nodes");
        assertTrue(ratings.stream().noneMatch(r -> r.metric().name().startsWith("cti.messagesPerSecond")),
                "CTI's verdict is by devices and lines, not by a message rate");
        assertEquals(7, run.results().summary("node.both-1.cti.devices").mean(), 0.0);
    }

    @Test
    @DisplayName("Without nodes the cluster is one box: no node metrics, no CTI verdict by message rate")
    void withoutNodesNothingPerNodeIsPublished() throws ScenarioException
    {
        Scenario scenario = ScenarioText.load(ScenarioText.lossSystem(5, 2.0, 60, 2));
        RunResult run = ScenarioRunner.run(scenario, 1, null);
        assertTrue(run.results().summaries().keySet().stream().noneMatch(k -> k.startsWith("node.")
                || k.equals("cti.devices") || k.equals("cti.lines")));
        assertTrue(run.ratings().stream().noneMatch(r -> r.metric().name().startsWith("cti.")));
        assertTrue(run.results().summaries().containsKey("cti.utilization"), "the message rate stays as an indicator");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "agentGroups: [ { id: g, site: dc, agents: 1, node: sub-9 } ]|6:52: error: no node with id 'sub-9' in cluster.nodes (did you mean 'sub-1'?)",
            "agentGroups: [ { id: g, site: dc, agents: 1, node: cti-1 } ]|6:52: error: node 'cti-1' runs only CTI Manager; phones register to call-processing or both",
            "agentGroups: [ { id: g, site: dc, agents: 1, node: sub-1, backupNode: sub-1 } ]|6:71: error: backupNode 'sub-1' is the group's own node",
            "agentGroups: [ { id: g, site: dc, agents: 1, backupNode: nowhere } ]|6:58: error: no node with id 'nowhere' in cluster.nodes"})
    void badNodeReferencesAreRefusedWithTheirPlace(final String groups, final String expected)
    {
        String yaml = """
                name: bad-nodes
                cluster:
                  nodes: [ { id: sub-1, role: call-processing }, { id: cti-1, role: cti-manager } ]
                sites: [ { id: dc } ]
                # groups
                %s
                """.formatted(groups);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load(yaml));
        assertEquals("test.yaml:" + expected, e.errors().get(0).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{ id: sub-1, ctiDevices: 1.5 }|3:37: error: ctiDevices must be a whole number from 0 to 10000000, not 1.5",
            "{ id: sub-1, bhccRating: 0 }|3:37: error: bhccRating must be from 1 to 1000000000, not 0",
            "{ id: sub-1, ctiPorts: -1 }|3:35: error: ctiPorts must be a whole number from 0 to 1000000, not -1",
            "{ id: sub-1, role: subscriber }|3:31: error: role must be one of call-processing, cti-manager, both, not 'subscriber'",
            "{ id: sub-1, platform: MCS-9999 }|3:35: error: unknown CUCM platform 'MCS-9999'; the catalog has MCS-7825, MCS-7845, OVA-10K",
            "{ id: sub-1, role: call-processing, ctiPorts: 2 }, { id: c, role: cti-manager }|3:48: error: CTI ports and route points are opened through a CTI Manager: role must be cti-manager or both"})
    void nodeValuesOutOfRangeAreRefused(final String node, final String expected)
    {
        String yaml = """
                name: bad-node
                cluster:
                  nodes: [ %s ]
                sites: [ { id: dc } ]
                """.formatted(node);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load(yaml));
        assertEquals("test.yaml:" + expected, e.errors().get(0).toString());
    }

    private static double scalar(final ReplicationOutput r, final String name)
    {
        return r.scalars().get(name).value();
    }

    private static double limit(final List<Rating> ratings, final String metric)
    {
        return ratings.stream().filter(r -> r.metric().name().equals(metric)).findFirst().orElseThrow().limit();
    }
}
