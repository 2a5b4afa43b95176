package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.models.metrics.ElementMetrics;
import forkcast.reports.Verdict;
import forkcast.sim.metrics.Metric;
import forkcast.sim.stats.MetricSummary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Figures as the terminal prints them: zero is 0 in any unit, a difference has the decimals of the means it is between,
 * and the bill of materials gives the quantities the report gives, in one column.
 */
class ConsoleFiguresTest
{
    @TempDir
    Path tmp;

    @Test
    void zeroIsZeroAndOtherFiguresKeepTheirRounding()
    {
        assertEquals("0", Figures.of(0.0));
        assertEquals("0", Figures.of(-0.0));
        assertEquals("2.00", Figures.of(2.0));
        assertEquals("0.5000", Figures.of(0.5));
        assertEquals("119", Figures.of(119.4));
        assertEquals("0.000120", Figures.of(0.00012), "a small nonzero value is not hidden");
    }

    @Test
    void aDifferenceHasTheDecimalsOfTheMeansItIsBetween()
    {
        assertEquals("+0.00", Figures.difference(0.000119, 8.86), "beside 8.86, not +0.0001190");
        assertEquals("-8.86", Figures.difference(-8.859, 8.859));
        assertEquals("+0", Figures.difference(0, 10036), "beside 10036, not +0.000");
        assertEquals("-1039", Figures.difference(-1039.2, 10036));
        assertEquals("+0.000120", Figures.difference(0.00012, 0.0005), "between small means, significant digits");
    }

    /**
     * A FULL verdict beside a mean peak below the limit says that the limit was reached, with the largest peak; one
     * whose mean peak is the limit needs no more.
     */
    @Test
    void aFullVerdictShowsTheLargestPeakWhereTheMeanIsBelowTheLimit()
    {
        Metric streams = ElementMetrics.RECORDER_STREAMS.peak().of("rec-1");
        assertEquals("  FULL  recorder rec-1 streams: peak 6.40 of 10 (reached in a replication: max 10.00)",
                RunCommand.verdictLine(new Verdict("recorder rec-1 streams", streams, 10,
                        new MetricSummary(10, 6.4, 1.5, 5.3, 7.5, 4.0, 10.0, false), "FULL")));
        assertEquals("  FULL  recorder rec-1 streams: peak 400 of 400",
                RunCommand.verdictLine(new Verdict("recorder rec-1 streams", streams, 400,
                        new MetricSummary(10, 400.0, 0.0, 400.0, 400.0, 400.0, 400.0, false), "FULL")));
        assertEquals("  OK    recorder rec-1 streams: peak 6.40 of 10",
                RunCommand.verdictLine(new Verdict("recorder rec-1 streams", streams, 10,
                        new MetricSummary(10, 6.4, 1.5, 5.3, 7.5, 4.0, 7.0, false), "OK")));
    }

    @Test
    void theBillOfMaterialsPrintsTheReportsQuantitiesInOneColumn() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--out", out.toString(), "--replications", "2");
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode bill = JsonMapper.shared().readTree(out.resolve("summary.json").toFile()).get("billOfMaterials");
        assertTrue(bill.size() > 1, bill.toString());
        List<String> lines = List.of(cli.out.split("\\R"));
        int first = lines.indexOf("bill of materials at the targets:") + 1;
        assertTrue(first > 0, cli.out);
        int column = -1;
        for (int i = 0; i < bill.size(); i++)
        {
            JsonNode item = bill.get(i);
            String line = lines.get(first + i);
            String quantity = Figures.exact(item.get("quantity").asDouble()) + " " + item.get("unit").asString();
            assertTrue(line.startsWith("  " + item.get("element").asString() + " ") && line.endsWith("  " + quantity),
                    "the report's quantity: " + line);
            int at = line.length() - quantity.length();
            assertTrue(column < 0 || column == at, "the quantities in one column: " + lines.subList(first, first + i + 1));
            column = at;
        }
    }
}
