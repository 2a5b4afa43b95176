package forkcast.scenarios.cdr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.scenarios.ScenarioException;

/** Abandonment and patience fitted from the legs that reached a queue, against generated CDRs of a known queue. */
class PatienceFitTest
{
    /** The agents' numbers, and the hunt pilot (outside them) whose queue the calls reach. */
    static final String MAP = """
            groups:   { agents-a: { numbers: ["20[0-9][0-9]"], queues: ["7999"] } }
            gateways: { gw-dc: { devices: ["GW-DC.*"] } }
            recordingTrunks: ["REC-.*"]
            """;

    @TempDir
    Path tmp;

    /**
     * A week of calls to 12 agents behind a queue, callers' patience exponential with mean 60 s. Seed 1: when this
     * was written, the 95% interval held the true mean for seeds 1 to 12 except 4 (59.2 s upper limit), and missed it
     * for 17 (the generator's default), as about one seed in twenty should.
     */
    static CdrGenerator.Parameters queue()
    {
        CdrGenerator.Parameters p = new CdrGenerator.Parameters();
        p.seed = 1;
        p.days = 7;
        p.agents = 12;
        p.meanPatience = 60;
        p.huntPilot = "7999";
        p.transferShare = 0;
        return p;
    }

    CdrFit.Result fit(final Path cdr, final String map) throws Exception
    {
        Path file = this.tmp.resolve("map.yaml");
        Files.writeString(file, map);
        CdrFit fit = new CdrFit(CdrMap.load(file), 3600);
        fit.read(cdr);
        return fit.result();
    }

    @Test
    void patienceIsRecoveredWithinItsConfidenceInterval() throws Exception
    {
        CdrGenerator.Parameters p = queue();
        Path cdr = this.tmp.resolve("cdr_StandAloneCluster_01_202403040000_1");
        CdrGenerator.Truth truth = CdrGenerator.write(p, cdr);
        CdrFit.Result r = fit(cdr, MAP);
        assertEquals(0, r.bad().total());
        assertEquals(0, r.unmapped());

        PatienceFit.Estimate e = r.patience().get("agents-a");
        assertTrue(truth.abandoned > 300, "a real sample of abandonments: " + truth.abandoned);
        assertEquals(truth.queued, e.queued());
        assertEquals(truth.abandoned, e.abandoned());
        assertEquals(truth.queued - truth.abandoned, e.answered());
        assertEquals(0, e.leftOtherwise());
        assertEquals(truth.queueWait, e.waited());
        assertEquals(truth.queued, e.waitFromField(), "every wait is CUCM's totalWaitTimeInQueue");
        assertTrue(e.low() <= p.meanPatience && p.meanPatience <= e.high(), "true mean patience 60 s in the 95% CI "
                + e);
        assertTrue(e.high() - e.low() < 20, "an informative interval: " + e);
        assertTrue(r.queue("agents-a"));

        // the abandoned calls are offered calls of the model; the ring-no-answer legs (never queued) stay out
        TrafficStream s = r.streams().get(0).stream();
        assertEquals(truth.abandoned, s.queuedUnanswered);
        assertEquals(truth.ringUnanswered, s.offered - s.answered - s.queuedUnanswered);
        assertTrue(truth.ringUnanswered > 0);
        double offeredPerDay = 0;
        for (double v : r.perInterval())
        {
            offeredPerDay += v;
        }
        assertEquals((double) (s.answered + s.queuedUnanswered) / p.days, offeredPerDay, 1e-9);
        assertEquals(truth.abandoned, (long) java.util.Arrays.stream(r.daily().abandonedCalls()).sum());

        FittedScenario.Output out = FittedScenario.write(r, "fitted", "fitted");
        assertTrue(out.yaml().contains("queue: { patience: { dist: exponential, mean: "
                + FittedScenario.number(e.meanPatience()) + "s } }"), out.yaml());
        assertTrue(out.yaml().contains(truth.abandoned + " abandoned (caller hung up)"), out.yaml());
        assertTrue(out.yaml().contains("agents: 12,"), "a queued group's placeholder staffing is its observed peak: "
                + out.yaml());
    }

    @Test
    void withoutTheMapsQueueTheAbandonedLegsAreUnmapped() throws Exception
    {
        Path cdr = this.tmp.resolve("cdr_StandAloneCluster_01_202403040000_1");
        CdrGenerator.Truth truth = CdrGenerator.write(queue(), cdr);
        CdrFit.Result r = fit(cdr, CdrFitTest.MAP);
        // the answered queued legs still say wasCallQueued 1 and are the group's by the agent's number; the abandoned
        // ones end at the hunt pilot, which only the map's queues names
        assertEquals(truth.abandoned, r.unmapped());
        PatienceFit.Estimate e = r.patience().get("agents-a");
        assertEquals(0, e.abandoned());
        assertEquals(truth.queued - truth.abandoned, e.answered());
        assertTrue(!r.queue("agents-a"));
        String yaml = FittedScenario.write(r, "fitted", "fitted").yaml();
        assertTrue(yaml.contains("no caller abandoned: mean patience at least"), yaml);
        assertTrue(!yaml.contains("queue:"), yaml);
    }

    @Test
    void withoutTheQueueFieldsTheMapsQueueNumberIsTheQueueingPoint() throws Exception
    {
        CdrGenerator.Parameters p = queue();
        // ring-no-answer legs also go to the hunt pilot: without CUCM's flag they would count as abandoned
        p.unansweredShare = 0;
        Path full = this.tmp.resolve("cdr_full");
        CdrGenerator.Truth truth = CdrGenerator.write(p, full);
        Path older = this.tmp.resolve("cdr_StandAloneCluster_01_202403040000_1");
        Files.write(older, withoutColumns(Files.readAllLines(full), "wasCallQueued", "totalWaitTimeInQueue"));
        CdrFit.Result r = fit(older, MAP);
        assertEquals(0, r.bad().total());
        PatienceFit.Estimate e = r.patience().get("agents-a");
        // every call went to the hunt pilot; the generator's queued calls connect without ringing, so the
        // timestamps give the same waits as totalWaitTimeInQueue
        assertEquals(truth.calls, e.queued());
        assertEquals(0, e.waitFromField());
        assertEquals(truth.abandoned, e.abandoned());
        assertEquals(truth.queueWait, e.waited());
        assertTrue(e.low() <= p.meanPatience && p.meanPatience <= e.high(), e.toString());
    }

    @Test
    void malformedQueueFieldsAreCountedWithFileAndLine() throws Exception
    {
        CdrGenerator.Parameters p = queue();
        p.days = 1;
        Path good = this.tmp.resolve("cdr_good");
        CdrGenerator.write(p, good);
        List<String> lines = new ArrayList<>(Files.readAllLines(good));
        List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
        int queued = header.indexOf("wasCallQueued");
        int wait = header.indexOf("totalWaitTimeInQueue");
        // line 4: wasCallQueued "yes"; line 6: wasCallQueued 2; line 9: totalWaitTimeInQueue "-5"
        lines.set(3, replace(lines.get(3), queued, "\"yes\""));
        lines.set(5, replace(lines.get(5), queued, "2"));
        lines.set(8, replace(lines.get(8), wait, "-5"));
        Path bad = this.tmp.resolve("cdr_bad");
        Files.write(bad, lines);
        CdrFit.Result r = fit(bad, MAP);
        Map<String, Long> counts = r.bad().counts();
        assertEquals(Map.of(CdrReader.BAD_QUEUE_FIELD, 3L), counts);
        assertEquals(bad + ":4", r.bad().firstSeen().get(CdrReader.BAD_QUEUE_FIELD));
        assertEquals(lines.size() - 2, r.rows());
        assertEquals(r.rows() - 3, r.legs(), "the three rows are set aside, every other row used");
    }

    @Test
    void aMalformedQueueInTheMapIsRefusedWithLineAndColumn() throws Exception
    {
        Path map = this.tmp.resolve("map.yaml");
        Files.writeString(map, "groups:\n  agents-a: { numbers: [\"20..\"], queues: \"7999\" }\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> CdrMap.load(map));
        assertEquals(map + ":2:42: error: 'groups.agents-a.queues' must be a list of regular expressions, e.g."
                + " [\"2999\"]", e.errors().get(0).toString());
        Files.writeString(map, "groups:\n  agents-a: { numbers: [\"20..\"], queue: [\"7999\"] }\n");
        e = assertThrows(ScenarioException.class, () -> CdrMap.load(map));
        assertEquals(map + ":2:34: error: groups.agents-a: unknown key 'queue'; a group has 'numbers', 'devices' and"
                + " 'queues'", e.errors().get(0).toString());
    }

    static String replace(final String row, final int field, final String value)
    {
        String[] v = row.split(",", -1);
        v[field] = value;
        return String.join(",", v);
    }

    /** @return the CSV lines without the named columns (an export of a CUCM release without them) */
    static List<String> withoutColumns(final List<String> lines, final String... names)
    {
        List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
        List<Integer> drop = new ArrayList<>();
        for (String n : names)
        {
            drop.add(header.indexOf(n));
        }
        List<String> out = new ArrayList<>();
        for (String line : lines)
        {
            String[] v = line.split(",", -1);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < v.length; i++)
            {
                if (!drop.contains(i))
                {
                    kept.add(v[i]);
                }
            }
            out.add(String.join(",", kept));
        }
        return out;
    }
}
