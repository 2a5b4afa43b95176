package forkcast.scenarios.cdr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import forkcast.scenarios.Catalog;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioLoader;

/** Fitting generated CDRs gives back the parameters they were generated with. */
class CdrFitTest
{
    static final String MAP = """
            groups:   { agents-a: { numbers: ["20[0-9][0-9]"] } }
            gateways: { gw-dc: { devices: ["GW-DC.*"] } }
            recordingTrunks: ["REC-.*"]
            """;

    @TempDir
    Path tmp;

    CdrMap map() throws IOException, ScenarioException
    {
        Path file = this.tmp.resolve("map.yaml");
        Files.writeString(file, MAP);
        return CdrMap.load(file);
    }

    @Test
    void knownParametersAreRecovered() throws Exception
    {
        CdrGenerator.Parameters p = new CdrGenerator.Parameters();
        p.days = 14;
        Path file = this.tmp.resolve("cdr_StandAloneCluster_01_202403040000_1.gz");
        CdrGenerator.Truth truth = CdrGenerator.write(p, file);
        CdrFit fit = new CdrFit(map(), 3600);
        fit.read(file);
        CdrFit.Result r = fit.result();
        assertEquals(0, r.bad().total());
        assertEquals(truth.legs, r.legs());
        assertEquals(14, r.days().size());

        // rate per interval: the truth inside the 95% CI in all but a few of the 24 intervals
        int inside = 0;
        for (int h = 0; h < 24; h++)
        {
            double expected = p.callsPerHour * p.profile[h] * (1 - p.unansweredShare);
            inside += r.ciLow()[h] <= expected && expected <= r.ciHigh()[h] ? 1 : 0;
        }
        assertTrue(inside >= 21, inside + " of 24 intervals hold the true rate in their 95% CI");
        assertEquals(10, r.busyInterval(), "the busy hour is the profile's peak, 10:00");

        assertEquals(1, r.streams().size());
        CdrFit.StreamFit s = r.streams().get(0);
        assertEquals("agents-a-inbound-gw-dc", s.stream().id());
        assertEquals(truth.calls, s.stream().offered);
        assertEquals(truth.answered, s.stream().answered);

        // lognormal mu and sigma within their 95% CIs (maximum likelihood: mu +- 1.96 sigma/sqrt(n),
        // sigma +- 1.96 sigma/sqrt(2n))
        HoldingTimeFit.Candidate best = s.holding().best();
        assertEquals(HoldingTimeFit.Family.LOGNORMAL, best.family(), s.holding().toString());
        assertTrue(s.holding().fits(), s.holding().toString());
        double n = s.holding().n();
        assertEquals(5.0, best.p1(), 1.96 * best.p2() / Math.sqrt(n), "mu");
        assertEquals(0.6, best.p2(), 1.96 * best.p2() / Math.sqrt(2 * n), "sigma");

        // codec and secure shares exactly as generated
        assertEquals(truth.secure, s.stream().secure);
        assertEquals(Map.of("G711", truth.codecs.get(4), "G729", truth.codecs.get(11), "G722", truth.codecs.get(6)),
                s.stream().codecs);
        assertEquals(truth.transferred, s.stream().transferred.size());
        assertEquals(truth.recordingLegs, r.recordingLegs());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theRightFamilyIsChosenFor5000Calls(final long seed)
    {
        SplittableRandom r = new SplittableRandom(seed);
        GammaDistribution gamma = new GammaDistribution(new Well19937c(seed), 4, 45);
        double[] exponential = new double[5000];
        double[] lognormal = new double[5000];
        double[] gammas = new double[5000];
        for (int i = 0; i < 5000; i++)
        {
            // whole seconds, as CUCM writes them
            exponential[i] = Math.round(-180 * Math.log(1 - r.nextDouble()));
            lognormal[i] = Math.round(Math.exp(5 + 0.6 * CdrGenerator.gaussian(r)));
            gammas[i] = Math.round(gamma.sample());
        }
        assertEquals(HoldingTimeFit.Family.EXPONENTIAL, HoldingTimeFit.fit(exponential).best().family(),
                HoldingTimeFit.fit(exponential).toString());
        assertEquals(HoldingTimeFit.Family.LOGNORMAL, HoldingTimeFit.fit(lognormal).best().family(),
                HoldingTimeFit.fit(lognormal).toString());
        assertEquals(HoldingTimeFit.Family.GAMMA, HoldingTimeFit.fit(gammas).best().family(),
                HoldingTimeFit.fit(gammas).toString());
    }

    @Test
    void theFittedScenarioLoadsAsWritten() throws Exception
    {
        Path file = this.tmp.resolve("cdr_StandAloneCluster_01_202403040000_1");
        CdrGenerator.write(new CdrGenerator.Parameters(), file);
        CdrFit fit = new CdrFit(map(), 3600);
        fit.read(file);
        FittedScenario.Output out = FittedScenario.write(fit.result(), "fitted", "fitted");
        Path yaml = this.tmp.resolve("fitted.yaml");
        Files.writeString(yaml, out.yaml());
        for (Map.Entry<String, String> e : out.dataFiles().entrySet())
        {
            Files.writeString(this.tmp.resolve(e.getKey()), e.getValue());
        }
        Scenario s = new ScenarioLoader(Catalog.builtIn()).load(yaml, List.of());
        assertEquals(1, s.deployment().traffic().size());
        assertTrue(out.yaml().contains("lognormal"), out.yaml());
        assertTrue(out.yaml().contains("D="), "the KS statistics are written: " + out.yaml());
        assertNotNull(s.deployment().traffic().get(0).codecs());
    }

    @Test
    void codecSharesAddUpToOneAsWritten()
    {
        // three thirds, each rounded to 0.333333, add up to 0.999999: 1e-6 short, which the loader refuses
        Map<String, String> thirds = FittedScenario.codecShares(new java.util.TreeMap<>(Map.of("G711", 1L, "G722", 1L,
                "G729", 1L)));
        assertEquals(List.of("G711", "G722", "G729"), List.copyOf(thirds.keySet()), "in the counts' order");
        assertEquals(1.0, thirds.values().stream().mapToDouble(Double::parseDouble).sum(), 1e-9, thirds.toString());
        for (String share : thirds.values())
        {
            assertEquals(1.0 / 3, Double.parseDouble(share), 1e-6, thirds.toString());
        }
        Map<String, String> mix = FittedScenario.codecShares(new java.util.TreeMap<>(Map.of("G711", 700_001L,
                "G722", 100_003L, "G729", 199_996L)));
        assertEquals(Map.of("G711", "0.700001", "G722", "0.100003", "G729", "0.199996"), mix);
    }

    @Test
    void malformedRowsAreCountedWithFileAndLine() throws Exception
    {
        Path good = this.tmp.resolve("cdr_good");
        CdrGenerator.Parameters p = new CdrGenerator.Parameters();
        p.days = 1;
        CdrGenerator.write(p, good);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(good));
        String header = lines.get(0);
        String row = lines.get(5);
        // line 4: a truncated line; line 6: a second header; line 8: a non-numeric time; last: cut mid-field
        lines.set(3, row.substring(0, row.length() / 2));
        lines.set(5, header);
        int origination = List.of(header.replace("\"", "").split(",")).indexOf("dateTimeOrigination");
        String[] fields = row.split(",", -1);
        fields[origination] = "\"yesterday\"";
        lines.set(7, String.join(",", fields));
        lines.add(row.substring(0, row.indexOf("\"SEP") + 4));
        Path bad = this.tmp.resolve("cdr_bad");
        Files.write(bad, lines);
        CdrFit fit = new CdrFit(map(), 3600);
        fit.read(bad);
        CdrFit.Result r = fit.result();
        Map<String, Long> counts = r.bad().counts();
        assertEquals(1L, counts.get("truncated line (fewer fields than the header)"), counts.toString());
        assertEquals(bad + ":4", r.bad().firstSeen().get("truncated line (fewer fields than the header)"));
        assertEquals(1L, counts.get("header line repeated inside the file"), counts.toString());
        assertEquals(bad + ":6", r.bad().firstSeen().get("header line repeated inside the file"));
        assertEquals(1L, counts.get("time not a whole number of epoch seconds"), counts.toString());
        assertEquals(bad + ":8", r.bad().firstSeen().get("time not a whole number of epoch seconds"));
        assertEquals(1L, counts.get("truncated line"), counts.toString());
        assertEquals(4, r.bad().total());
        assertEquals(lines.size() - 2, r.rows());
    }

    /** No row can be read without the header: a file cut inside it is refused, in the words of docs/cdr-fit.md. */
    @Test
    void aFileCutInsideTheHeaderIsRefusedAsATruncatedLineAtItsPlace() throws Exception
    {
        Path file = this.tmp.resolve("trunc");
        Files.writeString(file, "\"cdrRecordType\",\"globalCallID_callManagerId\",\"dateTimeOrig");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new CdrFit(map(), 3600).read(file));
        assertEquals(file + ":1:1: error: truncated line: the file ends inside a quoted field of the header line, so"
                + " no row can be read", e.errors().get(0).toString());
        Path quoted = this.tmp.resolve("quoted");
        Files.writeString(quoted, "\"cdrRecordType\"x,\"globalCallID_callId\"\n1,2\n");
        ScenarioException q = assertThrows(ScenarioException.class, () -> new CdrFit(map(), 3600).read(quoted));
        assertEquals(quoted + ":1:1: error: not CSV as a CDR export writes it: a quoted field of the header line is"
                + " followed by other characters, so no row can be read", q.errors().get(0).toString());
    }

    @Test
    void aFileThatIsNotACdrExportIsRefusedNamingTheMissingFields() throws Exception
    {
        Path file = this.tmp.resolve("cdr_other");
        Files.writeString(file, "\"cdrRecordType\",\"globalCallID_callId\",\"dateTimeOrigination\"\nINTEGER,INTEGER,INTEGER\n1,2,3\n");
        CdrFit fit = new CdrFit(map(), 3600);
        ScenarioException e = assertThrows(ScenarioException.class, () -> fit.read(file));
        assertEquals(file + ":1:1: error: not a CUCM CDR export: the header lacks dateTimeConnect, dateTimeDisconnect,"
                + " duration, callingPartyNumber, originalCalledPartyNumber, finalCalledPartyNumber, origDeviceName,"
                + " destDeviceName, origMediaCap_payloadCapability, destMediaCap_payloadCapability, callSecuredStatus",
                e.errors().get(0).toString());
    }

    @Test
    void cmrFilesAreSkipped() throws Exception
    {
        Path cmr = this.tmp.resolve("cmr_StandAloneCluster_01_202403040000_1");
        Files.writeString(cmr, "\"cdrRecordType\",\"globalCallID_callManagerId\",\"numberPacketsSent\"\nINTEGER,INTEGER,INTEGER\n2,1,100\n");
        CdrFit fit = new CdrFit(map(), 3600);
        fit.read(cmr);
        assertEquals(List.of(cmr.toString()), fit.result().skippedFiles());
        assertEquals(0, fit.result().rows());
    }
}
