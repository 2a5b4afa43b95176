package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import forkcast.models.metrics.CallMetrics;
import forkcast.models.metrics.ElementMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.ScenarioRunner;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.ErlangB;
import forkcast.sim.stats.MetricSummary;

/**
 * The bill's gateway channels, and the recording path sized for the calls that gateways and locations CAC refused
 * (docs/answer.md): against exact Erlang-B, and by the run that confirms the bill.
 */
class GatewayBillTest
{
    private static final Path EXAMPLES = Path.of("..", "scenarios", "examples");

    private static Scenario load(final String name, final byte[] yaml, final List<String> overrides) throws Exception
    {
        return new ScenarioLoader(Catalog.builtIn()).load(name, yaml, overrides);
    }

    private static Answer answer(final Scenario scenario)
    {
        return Answer.of(ScenarioRunner.run(scenario, 1, null));
    }

    private static BillOfMaterials.Line line(final Answer answer, final String element)
    {
        return answer.bill().stream().filter(l -> l.element().equals(element)).findFirst().orElseThrow();
    }

    private static String status(final Answer answer, final String label)
    {
        return answer.goals().stream().filter(g -> g.goal().label().equals(label)).findFirst().orElseThrow()
                .status();
    }

    /** Exact Erlang-B by its recursion B(0)=1, B(k)=A·B(k−1)/(k+A·B(k−1)), independent of the code under test. */
    private static double erlangB(final int servers, final double erlangs)
    {
        double b = 1;
        for (int k = 1; k <= servers; k++)
        {
            b = erlangs * b / (k + erlangs * b);
        }
        return b;
    }

    /**
     * Poisson calls of 27 E (540/h, exponential 180 s) on a gateway of 30 channels and nothing else limited: an
     * M/M/c/c loss system that refuses about 8%. With one interval the size of the window (1 h, 30 replications),
     * each replication's offered load (the line's A: mean channels in use ÷ (1 − refused ÷ offered)) estimates λ·h,
     * so its confidence interval over replications must hold 27 E, and the line buys the smallest n with B(n, A) ≤ 1%
     * at A's 95% upper bound.
     */
    @Test
    void gatewayChannelsAreErlangBOnTheOfferedCalls() throws Exception
    {
        String yaml = """
                name: gateway-loss-system
                seed: 5
                run: { warmup: 1h, duration: 1h, replications: 30, interval: 1h }
                sites: [ { id: dc } ]
                gateways: [ { id: gw, site: dc, channels: 30 } ]
                agentGroups: [ { id: a, site: dc, agents: 100000 } ]
                traffic: [ { id: c, group: a, rate: 540/h, gateways: [gw], holdingTime: { dist: exponential, mean: 180s } } ]
                """;
        RunResult run = ScenarioRunner.run(load("gw.yaml", yaml.getBytes(StandardCharsets.UTF_8), List.of()), 1, null);
        Answer answer = Answer.of(run);
        List<ReplicationOutput> reps = run.results().replications();
        double[] offered = new double[reps.size()];
        for (int i = 0; i < reps.size(); i++)
        {
            ReplicationOutput r = reps.get(i);
            double carried = r.series().get(ElementMetrics.GATEWAY_CHANNELS.perInterval().of("gw").name()).values()[0];
            double asked = r.series().get(ElementMetrics.GATEWAY_OFFERED.perInterval().of("gw").name()).values()[0];
            double refused = r.series().get(ElementMetrics.GATEWAY_BLOCKED.perInterval().of("gw").name()).values()[0];
            assertTrue(refused > 0, "30 channels refuse some of 27 E");
            offered[i] = carried / (1 - refused / asked);
        }
        MetricSummary a = MetricSummary.of(offered);
        assertTrue(a.ci95low() <= 27 && 27 <= a.ci95high(), "27 E within [" + a.ci95low() + ", " + a.ci95high() + "]");
        int n = 1;
        while (erlangB(n, a.ci95high()) > 0.01)
        {
            n++;
        }
        BillOfMaterials.Line gw = line(answer, "gateway gw channels");
        assertEquals(n, gw.quantity(), gw.basis());
        assertEquals(n, ErlangB.minServers(a.ci95high(), 0.01));
        assertEquals("channels", gw.unit());
        assertTrue(gw.basis().contains("1 per call, grossed up by that interval's") && gw.basis().contains(
                "of calls lost") && gw.basis().contains(" is " + n + " calls;"), gw.basis());
        assertEquals("gateways.gw.channels=" + n, gw.set(), "a refusing gateway's line confirms by its setting");
        assertEquals("OVER", status(answer, "gateway gw blocking"), "8% refused is over the 1% target");
    }

    /**
     * F7: Poisson calls of 50 E (1000/h, exponential 180 s) from a data-centre gateway of 200 channels (it never
     * blocks) to branch agents over a WAN whose locations-CAC budget admits 40 G.711 calls: CAC refuses about a
     * quarter of them, each after it took a channel, which it gives back at once. The gateway's line grosses its
     * carried channels up by that share among the calls that took a channel, so its offered load's interval over
     * replications holds the true 50 E; grossed up by the gateway's own refusals alone, as before, it falls far short.
     */
    @Test
    void f7_aGatewayBehindATightCacBudgetIsBilledForTheCallsCacRefused() throws Exception
    {
        String yaml = """
                name: gateway-behind-cac
                seed: 17
                run: { warmup: 1h, duration: 1h, replications: 30, interval: 1h }
                sites: [ { id: dc }, { id: branch } ]
                links: [ { id: wan, between: [branch, dc], mbps: 1000, cacKbps: 3200 } ]
                gateways: [ { id: gw, site: dc, channels: 200 } ]
                agentGroups: [ { id: a, site: branch, agents: 100000 } ]
                traffic: [ { id: c, group: a, rate: 1000/h, direction: inbound, gateways: [gw], codecs: { G711: 1 },
                             holdingTime: { dist: exponential, mean: 180s } } ]
                """;
        RunResult run = ScenarioRunner.run(load("gw-cac.yaml", yaml.getBytes(StandardCharsets.UTF_8), List.of()), 1,
                null);
        Answer answer = Answer.of(run);
        List<ReplicationOutput> reps = run.results().replications();
        double[] offered = new double[reps.size()];
        double[] byGatewayAlone = new double[reps.size()];
        for (int i = 0; i < reps.size(); i++)
        {
            ReplicationOutput r = reps.get(i);
            double carried = first(r, ElementMetrics.GATEWAY_CHANNELS.perInterval().of("gw").name());
            double asked = first(r, ElementMetrics.GATEWAY_OFFERED.perInterval().of("gw").name());
            double blocked = first(r, ElementMetrics.GATEWAY_BLOCKED.perInterval().of("gw").name());
            double seized = first(r, ElementMetrics.GATEWAY_SEIZED.perInterval().of("gw").name());
            double byCac = first(r, ElementMetrics.GATEWAY_REFUSED_BY_CAC.perInterval().of("gw").name());
            assertEquals(asked - blocked, seized, "a call that was not blocked took a channel");
            assertTrue(byCac > 0.1 * seized, byCac + " of " + seized + " refused by CAC");
            byGatewayAlone[i] = carried / (1 - blocked / asked);
            offered[i] = byGatewayAlone[i] / (1 - byCac / seized);
        }
        MetricSummary a = MetricSummary.of(offered);
        assertTrue(a.ci95low() <= 50 && 50 <= a.ci95high(), "50 E within [" + a.ci95low() + ", " + a.ci95high() + "]");
        assertTrue(MetricSummary.of(byGatewayAlone).ci95high() < 45, "the gateway's own refusals alone leave it short");
        BillOfMaterials.Line gw = line(answer, "gateway gw channels");
        assertEquals(ErlangB.minServers(a.ci95high(), 0.01), gw.quantity(), gw.basis());
        assertTrue(gw.basis().contains("of calls that took a channel and that locations CAC then refused"), gw.basis());
    }

    private static double first(final ReplicationOutput r, final String series)
    {
        return r.series().get(series).values()[0];
    }

    /**
     * A gateway refuses about 10% of 50 E and the recorder behind it is near full. The recorder's line grosses its
     * load up by the calls the gateway refused too: once the gateway's channels are bought, those calls connect and
     * are recorded. Buying the bill's printed settings and running again with the same seed meets both the gateway's
     * and the recording blocking target.
     */
    @Test
    void buyingTheBillMeetsTheTargetsWhereAGatewayRefusedCalls() throws Exception
    {
        byte[] yaml = """
                name: gateway-and-recorder
                seed: 3
                run: { warmup: 30m, duration: 4h, replications: 10, interval: 15m }
                cluster: { builtInBridge: on, recordingSetupDelay: 0s }
                sites: [ { id: dc } ]
                gateways: [ { id: gw, site: dc, channels: 50 } ]
                recorders: [ { id: rec, site: dc, maxStreams: 100, maxSetupsPerSecond: 1000000 } ]
                trunks: [ { id: t, to: rec } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups: [ { id: a, site: dc, agents: 100000, line: { recording: automatic, profile: rp } } ]
                traffic: [ { id: c, group: a, rate: 1000/h, gateways: [gw], holdingTime: { dist: exponential, mean: 180s } } ]
                """.getBytes(StandardCharsets.UTF_8);
        RunResult run = ScenarioRunner.run(load("first.yaml", yaml, List.of()), 1, null);
        Answer first = Answer.of(run);
        assertEquals("OVER", status(first, "gateway gw blocking"));
        BillOfMaterials.Line recorder = line(first, "recorder rec streams");
        assertTrue(recorder.basis().contains("of calls refused at gateways and by locations CAC"), recorder.basis());
        // the refused calls are part of what the recorder's line buys: grossed up by the sessions lost alone, it
        // would be smaller
        int byLostSessionsAlone = ErlangB.minServers(MetricSummary.of(grossedUpByLostSessionsAlone(run)).ci95high(),
                0.01);
        assertTrue(2 * byLostSessionsAlone < recorder.quantity(), byLostSessionsAlone + " sessions; " + recorder);
        List<String> bought = confirm(first, Set.of("gateways.gw.channels", "recorders.rec.maxStreams"));
        Answer confirmed = answer(load("confirmed.yaml", yaml, bought));
        assertNotEquals("OVER", status(confirmed, "gateway gw blocking"), bought.toString());
        assertNotEquals("OVER", status(confirmed, "recording blocking"), bought.toString());
    }

    /**
     * The mifid-multifork example: locations CAC refuses a few calls (2.7 on average) and no gateway does. With the
     * recorders brought down to 170 streams, near their peak of 165 (so they lose nothing yet and CAC keeps refusing
     * the same calls), the recorders' lines are grossed up by the calls CAC refused; buying the bill's printed
     * settings and running again with the same seed meets the gateway and recording blocking targets.
     */
    @Test
    void buyingTheBillMeetsTheTargetsWhereLocationsCacRefusedCalls() throws Exception
    {
        Path file = EXAMPLES.resolve("mifid-multifork.yaml");
        byte[] yaml = Files.readAllBytes(file);
        List<String> tight = List.of("recorders.*.maxStreams=170");
        RunResult run = ScenarioRunner.run(load(file.toString(), yaml, tight), 1, null);
        Answer first = Answer.of(run);
        assertTrue(first.headline().contains("calls refused by locations CAC"), first.headline());
        String recorder = line(first, "recorder rec-ldn-1 streams").basis();
        assertTrue(recorder.contains("of calls refused at gateways and by locations CAC"), recorder);
        assertEquals(0, run.results().summary(CallMetrics.BLOCKED_AT_GATEWAY.total().of().name()).mean());
        assertTrue(run.results().summary(CallMetrics.BLOCKED_BY_CAC.total().of().name()).mean() > 0);
        List<String> overrides = new ArrayList<>(tight);
        overrides.addAll(confirm(first, Set.of("recorders.rec-ldn-1.maxStreams", "recorders.rec-ldn-2.maxStreams",
                "recorders.rec-slo-1.maxStreams", "recorders.rec-slo-2.maxStreams")));
        Answer confirmed = answer(load(file.toString(), yaml, overrides));
        assertNotEquals("OVER", status(confirmed, "gateway gw-london blocking"), overrides.toString());
        assertNotEquals("OVER", status(confirmed, "recording blocking"), overrides.toString());
    }

    /**
     * @return the bill's printed {@code --set} arguments (without "--set "), which must set at least {@code keys}
     */
    private static List<String> confirm(final Answer answer, final Set<String> keys)
    {
        List<String> settings = answer.confirmation().settings().stream().map(s -> s.substring("--set ".length()))
                .toList();
        for (String key : keys)
        {
            assertTrue(settings.stream().anyMatch(s -> s.startsWith(key + "=")), key + " in " + settings);
        }
        return settings;
    }

    /**
     * @return per replication, the recorder's busiest interval in sessions grossed up by its share of sessions lost
     *         alone (the bill before calls refused counted)
     */
    private static double[] grossedUpByLostSessionsAlone(final RunResult run)
    {
        List<ReplicationOutput> reps = run.results().replications();
        double[] offered = new double[reps.size()];
        for (int i = 0; i < reps.size(); i++)
        {
            ReplicationOutput r = reps.get(i);
            double[] streams = r.series().get(ElementMetrics.RECORDER_STREAMS.perInterval().of("rec").name()).values();
            double[] requested = r.series().get(RecordingMetrics.REQUESTED.perInterval().of().name()).values();
            double[] failed = r.series().get(RecordingMetrics.FAILED.perInterval().of().name()).values();
            for (int k = 0; k < streams.length; k++)
            {
                double lost = requested[k] > 0 ? failed[k] / requested[k] : 0;
                offered[i] = Math.max(offered[i], streams[k] / 2 / (1 - lost));
            }
        }
        return offered;
    }
}
