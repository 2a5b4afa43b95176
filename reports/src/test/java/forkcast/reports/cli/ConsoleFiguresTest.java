package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.models.metrics.ElementMetrics;
import forkcast.reports.BillOfMaterials;
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

    /** A value just past its target is not shown as the target itself (OVER 80.0% beside "target <= 80.0%"). */
    @Test
    void aValueJustPastItsTargetShowsTheDecimalsThatTellThemApart()
    {
        assertEquals("80.03%", Figures.against(0.80031, 0.8, true));
        assertEquals("79.999%", Figures.against(0.79999, 0.8, true));
        assertEquals("74.6%", Figures.against(0.746, 0.8, true), "far from the target: as before");
        assertEquals("80.0%", Figures.against(0.8, 0.8, true), "on the target: as it is");
        assertEquals("2.001", Figures.against(2.0012, 2.0, false));
        assertEquals("n/a", Figures.against(Double.NaN, 0.8, true));
        assertEquals("0.50%", Figures.against(0.005, 0.0004, true), "to the target's decimals");
        assertEquals("0.04%", Figures.target(0.0004), "a small target is not 0.0%");
        assertEquals("1.0%", Figures.target(0.01));
    }

    /**
     * One rule for a figure beside its 95% interval: the decimals the half-width supports (its first significant
     * digit, two where that is a 1); a figure the same in every replication is shown as it is.
     */
    @Test
    void aFigureHasTheDecimalsItsIntervalSupports()
    {
        assertEquals(1, Figures.supported(0.6));
        assertEquals(1, Figures.supported(1.3), "a leading 1 keeps one more digit");
        assertEquals(0, Figures.supported(7));
        assertEquals(1, Figures.supported(0.96), "0.96 is 1 to one digit, then 1.0");
        assertEquals(-1, Figures.supported(40), "to the tens");
        assertEquals(null, Figures.supported(0), "no width");
        assertEquals(0, Figures.half(52.320000000000007, 52.32, 52.320000000000014), "equal values' rounding");
        assertEquals("52.32", Figures.supported(52.320000000000007, Figures.supported(Figures.half(52.320000000000007,
                52.32, 52.320000000000014))), "as it is");
        assertEquals("100", Figures.supported(101.7, Figures.supported(21.5)), "± 21.5 supports the tens");
        assertEquals("80", Figures.supported(79.96, Figures.supported(21.5)), "the bound to the mean's decimals");
        assertEquals("101.7", Figures.supported(101.72, Figures.supported(0.6)));
        assertEquals("20", Figures.rounded(20.0, -1));
        assertEquals("0.00", Figures.rounded(-0.004, 2), "never -0.00");
        assertEquals("139.5", Figures.exactly(1.395 * 100), "as it is, not 140 nor 139.49999999999997");
        assertEquals("87.2", Figures.exactly(87.2));
        assertEquals("60", Figures.exactly(60.0));
        assertEquals("0", Figures.exactly(-0.0));
    }

    /**
     * A FULL verdict beside a mean peak below the limit says that the limit was reached, with the largest peak; one
     * whose mean peak is the limit needs no more.
     */
    @Test
    void aFullVerdictShowsTheLargestPeakWhereTheMeanIsBelowTheLimit()
    {
        Metric streams = ElementMetrics.RECORDER_STREAMS.peak().of("rec-1");
        assertEquals("  FULL  recorder rec-1 streams: peak 6.4 of 10 (reached in a replication: max 10)",
                RunCommand.verdictLine(new Verdict("recorder rec-1 streams", streams, 10,
                        new MetricSummary(10, 6.4, 1.5, 5.3, 7.5, 4.0, 10.0, false), "FULL", false)));
        assertEquals("  FULL  recorder rec-1 streams: peak 400 of 400",
                RunCommand.verdictLine(new Verdict("recorder rec-1 streams", streams, 400,
                        new MetricSummary(10, 400.0, 0.0, 400.0, 400.0, 400.0, 400.0, false), "FULL", false)));
        assertEquals("  OK    recorder rec-1 streams: peak 6.4 of 10",
                RunCommand.verdictLine(new Verdict("recorder rec-1 streams", streams, 10,
                        new MetricSummary(10, 6.4, 1.5, 5.3, 7.5, 4.0, 7.0, false), "OK", false)));
        // F7: a budget that refused a deduction short of it is FULL, and the line does not say it was reached
        Metric budget = forkcast.models.metrics.LinkMetrics.CAC_KBPS.peak().of("wan-1");
        assertEquals("  FULL  link wan-1 locations-CAC budget (kbit/s): peak 20 of 40 (refused work short of it:"
                + " max 24)", RunCommand.verdictLine(new Verdict("link wan-1 locations-CAC budget (kbit/s)", budget,
                        40, new MetricSummary(2, 20.0, 5.0, 0.0, 60.0, 16.0, 24.0, false), "FULL", true)));
    }

    @Test
    void theBillOfMaterialsPrintsTheReportsQuantitiesInOneColumn() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--out", out.toString(), "--replications", "2");
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode bill = JsonMapper.shared().readTree(out.resolve("summary.json").toFile()).get("billOfMaterials");
        assertTrue(bill.size() > 1, bill.toString());
        String html = Files.readString(out.resolve("report.html"));
        java.util.Map<String, Integer> decimals = new java.util.HashMap<>();
        List<String> lines = List.of(cli.out.split("\\R"));
        int first = lines.indexOf("bill of materials at the targets:") + 1;
        assertTrue(first > 0, cli.out);
        int column = -1;
        for (int i = 0; i < bill.size(); i++)
        {
            JsonNode item = bill.get(i);
            String line = lines.get(first + i);
            java.util.regex.Matcher cell = java.util.regex.Pattern.compile("<td>" + java.util.regex.Pattern.quote(
                    item.get("element").asString()) + "</td><td class=\"num\">([0-9.]+)</td>").matcher(html);
            assertTrue(cell.find(), "the report's line " + item);
            String shown = cell.group(1);
            assertEquals(item.get("quantity").asDouble(), Double.parseDouble(shown), 0.0, "the quantity bought");
            // a unit's quantities read alike (6.0 beside 17.9 Mbit/s, not 6)
            int places = shown.contains(".") ? shown.length() - shown.indexOf('.') - 1 : 0;
            assertEquals(places, (int) decimals.computeIfAbsent(item.get("unit").asString(), u -> places), item
                    + " beside the other lines of its unit");
            String quantity = shown + " " + item.get("unit").asString();
            assertTrue(item.get("quantity").asDouble() > 0, "the quickstart uses every element: " + item);
            assertTrue(line.startsWith("  " + item.get("element").asString() + " ") && line.endsWith("  " + quantity),
                    "the report's quantity: " + line);
            int at = line.length() - quantity.length();
            assertTrue(column < 0 || column == at, "the quantities in one column: " + lines.subList(first, first + i + 1));
            column = at;
        }
    }

    /**
     * A line with nothing to buy (a standby node at 0 calls/h, a link's idle direction at 0 Mbit/s) is kept, so every
     * element the scenario declared is accounted for, and says "not used" in the terminal and the report instead of a
     * quantity; summary.json keeps its 0.
     */
    @Test
    void aBillLineWithNothingToBuySaysNotUsedInTheTerminalAndTheReport() throws Exception
    {
        assertEquals("  link l toward b  not used (0 Mbit/s)",
                RunCommand.billLine(new BillOfMaterials.Line("link l toward b", 0, "Mbit/s", "peak"), 15,
                        java.util.Map.of("Mbit/s", 1)));
        assertEquals("  link l toward a  18.6 Mbit/s",
                RunCommand.billLine(new BillOfMaterials.Line("link l toward a", 18.6, "Mbit/s", "peak"), 15,
                        java.util.Map.of("Mbit/s", 1)));
        assertEquals("  link l toward a  6.0 Mbit/s", RunCommand.billLine(new BillOfMaterials.Line("link l toward a",
                6, "Mbit/s", "peak"), 15, java.util.Map.of("Mbit/s", 1)), "to the decimals of its unit's lines");

        Path out = this.tmp.resolve("mifid");
        Cli cli = Cli.run("run", RunCommandTest.EXAMPLES.resolve("mifid-multifork.yaml").toString(), "--out",
                out.toString(), "--replications", "2");
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode bill = JsonMapper.shared().readTree(out.resolve("summary.json").toFile()).get("billOfMaterials");
        String html = Files.readString(out.resolve("report.html"));
        List<String> lines = List.of(cli.out.split("\\R"));
        int first = lines.indexOf("bill of materials at the targets:") + 1;
        int unused = 0;
        for (int i = 0; i < bill.size(); i++)
        {
            JsonNode item = bill.get(i);
            String element = item.get("element").asString();
            boolean zero = item.get("quantity").asDouble() == 0;
            unused += zero ? 1 : 0;
            String line = lines.get(first + i);
            assertTrue(line.startsWith("  " + element + " "), "every declared line is printed, in order: " + line);
            assertEquals(zero, line.endsWith("  not used (0 " + item.get("unit").asString() + ")"), line);
            String row = html.substring(html.indexOf("<td>" + element + "</td>"));
            row = row.substring(0, row.indexOf("</tr>"));
            assertEquals(zero, row.startsWith("<td>" + element + "</td><td class=\"num\">not used</td>"), row);
        }
        assertTrue(unused >= 2, "the standby node and the idle link direction: " + bill);
        assertTrue(html.contains("class=\"unused\""), "the unused rows are set apart");
    }
}
