package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** A FULL verdict beside a mean peak below the limit says that the limit was reached, and where it shows. */
    @Test
    void aFullVerdictShowsTheLargestPeak() throws Exception
    {
        Path out = this.tmp.resolve("full");
        Cli cli = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--out", out.toString(), "--replications", "2",
                "--set", "recorders.rec-a.maxStreams=80");
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode peak = JsonMapper.shared().readTree(out.resolve("summary.json").toFile()).get("metrics")
                .get("recorder.rec-a.streams.peak");
        String line = List.of(cli.out.split("\\R")).stream().filter(l -> l.startsWith("  FULL  recorder rec-a streams"))
                .findFirst().orElseThrow(() -> new AssertionError(cli.out));
        assertTrue(line.endsWith(" of 80 (reached in a replication: max " + Figures.of(peak.get("max").asDouble()) + ")"),
                line);
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
