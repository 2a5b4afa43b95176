package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.sim.stats.MetricSummary;
import forkcast.sim.stats.PhysicalRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two twin recorders each receive a copy of every session, under a flat load (storage-twins.yaml, 10 replications,
 * fixed seed); rec-down is down 20 of the 60 measured minutes. A planner buys the storage of a day without the
 * failure, so rec-down's storage line must be its twin's (docs/answer.md).
 */
class StorageTwinsTest
{
    /**
     * How far the down recorder's line may be from its twin's: the estimate reads its rate in half the window, and
     * the sessions still missing 3 mean holding times after it came back (5% of the load at the first clear interval's
     * start, for exponential holding times) leave it a little low.
     */
    private static final double TOLERANCE = 0.02;

    @TempDir
    Path tmp;

    @Test
    void theDownRecordersStorageLineIsItsTwinsWhereTheUpShareIsNot() throws IOException, URISyntaxException
    {
        Path scenario = Path.of(StorageTwinsTest.class.getResource("/storage-twins.yaml").toURI());
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode summary = json.readTree(out.resolve("summary.json").toFile());
        JsonNode replications = json.readTree(out.resolve("replications.json").toFile());

        JsonNode down = line(summary, "recorder rec-down storage (90 days retained)");
        JsonNode twin = line(summary, "recorder rec-up storage (90 days retained)");
        double downTb = down.get("quantity").asDouble();
        double twinTb = twin.get("quantity").asDouble();
        // the line as it was computed before: the run's figure ÷ the up share (40 of 60 minutes)
        double[] upShare = Arrays.stream(values(replications, "recorder.rec-down.storageTbRetained"))
                .map(v -> v / (40.0 / 60)).toArray();
        double before = roundUp(MetricSummary.of(upShare, PhysicalRange.NON_NEGATIVE).ci95high());
        String figures = "rec-down " + downTb + " TB (by the up share " + before + " TB) against its twin's " + twinTb
                + " TB";
        assertTrue(Math.abs(downTb - twinTb) <= TOLERANCE * twinTb, figures + ": " + down.get("basis").asString());
        assertTrue(Math.abs(before - twinTb) > TOLERANCE * twinTb, figures);
        assertTrue(down.get("basis").asString().contains(" at its steady rate (down 33.3% of the measured window"),
                down.toString());

        // the twin, never down, is bought its own figure as it is
        double[] own = values(replications, "recorder.rec-up.storageTbRetained");
        assertEquals(roundUp(MetricSummary.of(own, PhysicalRange.NON_NEGATIVE).ci95high()), twinTb, 0, twin.toString());
        assertTrue(twin.get("basis").asString().startsWith("recorder.rec-up.storageTbRetained: "), twin.toString());
    }

    private static JsonNode line(final JsonNode summary, final String element)
    {
        for (JsonNode line : summary.get("billOfMaterials"))
        {
            if (line.get("element").asString().equals(element))
            {
                return line;
            }
        }
        throw new AssertionError("no line " + element + " in " + summary.get("billOfMaterials"));
    }

    private static double[] values(final JsonNode replications, final String metric)
    {
        JsonNode values = replications.get("scalars").get(metric).get("values");
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++)
        {
            v[i] = values.get(i).asDouble();
        }
        return v;
    }

    /** @return {@code value} rounded up to 0.1 TB, the line's step */
    private static double roundUp(final double value)
    {
        return new BigDecimal(value).divide(new BigDecimal("0.1"), 0, RoundingMode.CEILING)
                .multiply(new BigDecimal("0.1")).doubleValue();
    }
}
