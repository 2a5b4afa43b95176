package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.models.metrics.ElementMetrics;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.ScenarioRunner;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.ErlangB;
import forkcast.sim.stats.MetricSummary;

/**
 * R10: a recorder behind CUBE that refused copies while their sessions stood on its mirror is billed for them too, and
 * so is the CUBE for their unused dialogs (docs/answer.md): a refused copy is no session lost, so only the element's
 * own share of copies (dialogs) refused grosses it up.
 */
class CopyRefusalBillTest
{
    /**
     * Two mirror recorders behind one CUBE, 25 E of Poisson calls (500/h, exponential 180 s): "full" has room for all,
     * "small" only 40 streams, so it refuses about a third of its copies while every session stands on "full". Its
     * carried streams grossed up by its own share of copies refused estimate the 25 E offered to both (over the whole
     * window, per replication: the interval holds 25 E); the bill therefore buys it at least Erlang-B's figure at the
     * true 25 E, where its carried streams alone, as before, buy less.
     */
    @Test
    void r10_aRecorderBehindCubeIsBilledForTheCopiesItRefused() throws Exception
    {
        RunResult run = mirror();
        List<ReplicationOutput> reps = run.results().replications();
        double[] grossedUp = new double[reps.size()];
        double[] busiestCarried = new double[reps.size()];
        for (int i = 0; i < reps.size(); i++)
        {
            ReplicationOutput r = reps.get(i);
            double[] streams = series(r, ElementMetrics.RECORDER_STREAMS.perInterval().of("small").name());
            double[] forked = series(r, ElementMetrics.RECORDER_COPIES_FORKED.perInterval().of("small").name());
            double[] refused = series(r, ElementMetrics.RECORDER_COPIES_REFUSED.perInterval().of("small").name());
            double carried = 0;
            double forkedSum = 0;
            double refusedSum = 0;
            for (int k = 0; k < streams.length; k++)
            {
                carried += streams[k] / 2 / streams.length;
                forkedSum += forked[k];
                refusedSum += refused[k];
                busiestCarried[i] = Math.max(busiestCarried[i], streams[k] / 2);
            }
            assertTrue(refusedSum > 0.2 * forkedSum, refusedSum + " of " + forkedSum + " copies refused");
            grossedUp[i] = carried / (1 - refusedSum / forkedSum);
        }
        MetricSummary a = MetricSummary.of(grossedUp);
        assertTrue(a.ci95low() <= 25 && 25 <= a.ci95high(), "25 E within [" + a.ci95low() + ", " + a.ci95high() + "]");
        int atTrueLoad = 2 * ErlangB.minServers(25, 0.01);
        int byCarriedAlone = 2 * ErlangB.minServers(MetricSummary.of(busiestCarried).ci95high(), 0.01);
        assertTrue(byCarriedAlone < atTrueLoad, byCarriedAlone + " streams by its carried streams alone");
        BillOfMaterials.Line small = Answer.of(run).bill().stream()
                .filter(l -> l.element().equals("recorder small streams")).findFirst().orElseThrow();
        assertTrue(small.quantity() >= atTrueLoad, small.quantity() + " streams: " + small.basis());
        assertTrue(small.basis().contains("of the copies CUBE forked to it that it refused while their session stood"),
                small.basis());
    }

    /**
     * R10: in the same run, each refused copy leaves its two outbound dialogs on the CUBE unused: the CUBE's carried
     * dialogs ÷ 6 per session (2 inbound, 2 per recorder) fall short of the 25 E of sessions, and grossed up by the
     * share of its dialogs asked that were refused they hold it; its line says so.
     */
    @Test
    void r10_aCubeIsBilledForTheDialogsOfCopiesItsRecordersRefused() throws Exception
    {
        RunResult run = mirror();
        List<ReplicationOutput> reps = run.results().replications();
        double[] carried = new double[reps.size()];
        double[] grossedUp = new double[reps.size()];
        for (int i = 0; i < reps.size(); i++)
        {
            ReplicationOutput r = reps.get(i);
            double[] dialogs = series(r, ElementMetrics.CUBE_SESSIONS.perInterval().of("cube").name());
            double[] asked = series(r, ElementMetrics.CUBE_DIALOGS_ASKED.perInterval().of("cube").name());
            double[] refused = series(r, ElementMetrics.CUBE_DIALOGS_REFUSED.perInterval().of("cube").name());
            double askedSum = 0;
            double refusedSum = 0;
            for (int k = 0; k < dialogs.length; k++)
            {
                carried[i] += dialogs[k] / 6 / dialogs.length;
                askedSum += asked[k];
                refusedSum += refused[k];
            }
            grossedUp[i] = carried[i] / (1 - refusedSum / askedSum);
        }
        MetricSummary a = MetricSummary.of(grossedUp);
        assertTrue(a.ci95low() <= 25 && 25 <= a.ci95high(), "25 E within [" + a.ci95low() + ", " + a.ci95high() + "]");
        assertTrue(MetricSummary.of(carried).ci95high() < 25, "its carried dialogs alone fall short");
        BillOfMaterials.Line cube = Answer.of(run).bill().stream()
                .filter(l -> l.element().equals("CUBE cube sessions")).findFirst().orElseThrow();
        assertTrue(cube.basis().contains("of the dialogs of copies its recorders refused while their session stood"),
                cube.basis());
    }

    /** Two mirror recorders behind one CUBE at 25 E, one of them limited to 40 streams. */
    private static RunResult mirror() throws Exception
    {
        String yaml = """
                name: mirror
                seed: 9
                run: { warmup: 30m, duration: 10h, replications: 10, interval: 1h }
                cluster: { builtInBridge: on, recordingSetupDelay: 0s }
                sites: [ { id: dc } ]
                gateways: [ { id: gw, site: dc, channels: 100000 } ]
                recorders:
                  - { id: full, site: dc, maxStreams: 100000, maxSetupsPerSecond: 1000000 }
                  - { id: small, site: dc, maxStreams: 40, maxSetupsPerSecond: 1000000 }
                cubes: [ { id: cube, site: dc, maxSessions: 100000, forkTo: [full, small] } ]
                trunks: [ { id: t, to: cube, earlyOffer: best-effort } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups: [ { id: a, site: dc, agents: 100000, line: { recording: automatic, profile: rp } } ]
                traffic: [ { id: c, group: a, rate: 500/h, gateways: [gw], holdingTime: { dist: exponential, mean: 180s } } ]
                """;
        return ScenarioRunner.run(new ScenarioLoader(Catalog.builtIn()).load("mirror.yaml",
                yaml.getBytes(StandardCharsets.UTF_8), List.of()), 1, null);
    }

    private static double[] series(final ReplicationOutput r, final String name)
    {
        return r.series().get(name).values();
    }
}
