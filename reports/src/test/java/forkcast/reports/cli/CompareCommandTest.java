package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CompareCommandTest
{
    @TempDir
    Path tmp;

    @Test
    void comparesTheExampleSideBySideWithPairedIntervals() throws Exception
    {
        Path out = this.tmp.resolve("cmp");
        Cli cli = Cli.run("compare", RunCommandTest.EXAMPLES.resolve("branch-phone-vs-network.yaml").toString(), "--out",
                out.toString(), "--replications", "3");
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode json = JsonMapper.shared().readTree(out.resolve("comparison.json").toFile());
        assertEquals(3, json.get("alternatives").size());
        JsonNode fork = json.get("metrics").get("bandwidth.link.wan-north.forkMbps.mean");
        assertTrue(fork.get("pairedDifferenceToBaseline").get("gateway-recording").get("ci95high").asDouble() < 0);
        assertEquals(1.0, json.get("metrics").get("recording.redundantShare").get("alternatives").get("multi-fork")
                .get("mean").asDouble(), 0.0);
        // links over their targets: the baseline's bill asks more than it has, and the terminal says a run must confirm
        assertFalse(json.get("answers").get("branch-phone-vs-network").get("billConfirmation").get("confirming")
                .asBoolean());
        assertTrue(cli.out.replaceAll("\\s+", " ").contains("a run with its quantities must confirm the bill of"
                + " branch-phone-vs-network"), cli.out);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("gateway-recording − branch-phone-vs-network"));
        assertTrue(html.contains("<h1>Comparison: branch-phone-vs-network · gateway-recording · multi-fork</h1>"),
                "the title names the alternatives with a separator between them, none after the last");
        assertTrue(html.contains("capacity: 20 Mbit/s each way."), "the capacity as the scenario states it");
        assertTargetsAreNamedAsTheRunReportNamesThem(json, html);
        assertOneRoundingPerUnit(html);
        assertTrue(html.matches("(?s).*<tr><td><code>recording\\.coverage</code></td><td></td>.*?<td class=\"num[^\"]*\">"
                + "[+-]\\d+\\.\\d pp<span class=\"ci\">[+-]\\d+\\.\\d pp – [+-]\\d+\\.\\d pp</span></td>.*"),
                "a share's difference in percentage points");
        assertTrue(Files.exists(out.resolve("charts/link-wan-north-to-dc.svg")));
        assertTrue(Files.exists(out.resolve("comparison.csv")));
        assertTrue(cli.out.contains("bandwidth.link.wan-north.forkMbps.mean"), cli.out);
        assertTheTerminalFitsAHundredColumnsWithEveryFigure(cli.out, Files.readAllLines(out.resolve("comparison.csv")));
        // the link panels' time axis is the run report's: ticks on the 5-minute interval boundaries, not every 2 minutes
        List<String> labels = svgLabels(Files.readString(out.resolve("charts/link-wan-north-to-dc.svg")), true);
        assertTrue(labels.containsAll(List.of("15", "20", "25", "70", "75")), labels.toString());
        assertFalse(labels.contains("16") || labels.contains("22") || labels.contains("74"), labels.toString());
    }

    /**
     * An architect gets each alternative's hardware list from the comparison: comparison.json has each alternative's
     * headline, verdicts and bill of materials exactly as that alternative's own run gives them (same seed and
     * replications), and the terminal and report.html show the bills side by side.
     */
    @Test
    void eachAlternativesBillIsTheOneItsOwnRunGives() throws Exception
    {
        Path out = this.tmp.resolve("bills");
        List<String> files = List.of("quickstart.yaml", "network-vs-phone.yaml");
        Cli cli = Cli.run("compare", RunCommandTest.EXAMPLES.resolve(files.get(0)).toString(),
                RunCommandTest.EXAMPLES.resolve(files.get(1)).toString(), "--out", out.toString(), "--replications", "3");
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode json = JsonMapper.shared().readTree(out.resolve("comparison.json").toFile());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2>Bill of materials per alternative</h2>"), "the report's bill section");
        StringBuilder heading = new StringBuilder();
        for (int i = 0; i < files.size(); i++)
        {
            String name = json.get("alternatives").get(i).asString();
            heading.append(i == 0 ? "" : " / ").append(name);
            Path own = this.tmp.resolve("own-" + i);
            Cli run = Cli.run("run", RunCommandTest.EXAMPLES.resolve(files.get(i)).toString(), "--out", own.toString(),
                    "--seed", json.get("seed").asString(), "--replications", "3", "--quiet");
            assertEquals(0, run.exitCode, run.err);
            JsonNode summary = JsonMapper.shared().readTree(own.resolve("summary.json").toFile());
            JsonNode answer = json.get("answers").get(name);
            for (String field : List.of("headline", "verdicts", "targets", "billOfMaterials", "billConfirmation"))
            {
                assertEquals(summary.get(field), answer.get(field), name + ": " + field);
            }
            assertTrue(answer.get("billOfMaterials").size() > 0, name + " has a bill");
            for (JsonNode line : answer.get("billOfMaterials"))
            {
                assertTrue(html.contains("<td>" + line.get("element").asString() + "</td>"), line.toString());
            }
        }
        String flat = cli.out.replaceAll("\\s+", " ");
        assertTrue(flat.contains("bill of materials at the targets, each alternative's own (" + heading
                + "; –: no such line):"), cli.out);
        // whether each alternative's run confirms its bill, as its own run says (summary.json's billConfirmation)
        for (int i = 0; i < files.size(); i++)
        {
            String name = json.get("alternatives").get(i).asString();
            boolean confirming = json.get("answers").get(name).get("billConfirmation").get("confirming").asBoolean();
            assertEquals(!confirming, flat.matches(".*a run with its quantities must confirm the bill of [^(]*\\b"
                    + java.util.regex.Pattern.quote(name) + "\\b.*"), name + ": " + cli.out);
        }
        assertTrue(html.contains("<td>This run confirms the bill</td>"), "the report's confirmation row");
        // a line both have, its quantities in the alternatives' order
        JsonNode first = json.get("answers").get(json.get("alternatives").get(0).asString()).get("billOfMaterials");
        JsonNode second = json.get("answers").get(json.get("alternatives").get(1).asString()).get("billOfMaterials");
        String gateway = "gateway gw-dc channels";
        assertTrue(flat.contains(gateway + " " + quantity(first, gateway) + " / " + quantity(second, gateway)
                + " channels"), cli.out);
    }

    /**
     * The verdict table's target rows are named by their goals' labels, as the run report's targets table names them
     * ("link wan-north utilisation (peak, busier direction) ≤ 80.0%"), never by the metric's name; comparison.json's
     * targets keep both the label and the metric's name.
     */
    private static void assertTargetsAreNamedAsTheRunReportNamesThem(final JsonNode json, final String html)
    {
        JsonNode targets = json.get("answers").get(json.get("alternatives").get(0).asString()).get("targets");
        assertTrue(targets.size() >= 4, targets.toString());
        for (JsonNode target : targets)
        {
            String label = target.get("label").asString();
            String metric = target.get("metric").asString();
            assertTrue(!label.equals(metric) && metric.contains("."), "the JSON keeps the name: " + target);
            assertTrue(html.contains("<td>" + label + (target.get("condition").asString().equals("<=") ? " ≤ " : " ≥ ")),
                    label + " heads its row: " + html);
            assertFalse(html.contains("<td>" + metric + " "), metric + " does not head a row");
        }
    }

    /** @return the line's quantity as the run report prints it */
    private static String quantity(final JsonNode bill, final String element)
    {
        for (JsonNode line : bill)
        {
            if (line.get("element").asString().equals(element))
            {
                return new java.math.BigDecimal(line.get("quantity").asString()).stripTrailingZeros().toPlainString();
            }
        }
        return "–";
    }

    /**
     * @param timeAxis the horizontal axis's labels (those on one line, the most), else the vertical axis's (the rest)
     * @return the numeric tick labels of an SVG chart along one axis
     */
    static List<String> svgLabels(final String svg, final boolean timeAxis)
    {
        List<String[]> labels = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text x='[^']*' y='([^']*)'[^>]*>([0-9][0-9:,.]*)</text>")
                .matcher(svg);
        while (m.find())
        {
            labels.add(new String[] {m.group(1), m.group(2)});
        }
        java.util.Map<String, Long> perLine = labels.stream().collect(java.util.stream.Collectors.groupingBy(l -> l[0],
                java.util.stream.Collectors.counting()));
        String line = perLine.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        return labels.stream().filter(l -> l[0].equals(line) == timeAxis).map(l -> l[1]).toList();
    }

    /**
     * Three alternatives side by side were 136 columns: the table turns into a block per metric, a line per
     * alternative, and keeps every figure (mean, paired difference, its interval) as comparison.csv has them; the
     * verdict lines, which list every change, are wrapped.
     */
    private static void assertTheTerminalFitsAHundredColumnsWithEveryFigure(final String out, final List<String> csv)
    {
        List<String> lines = List.of(out.split("\\R"));
        lines.forEach(l -> assertTrue(l.length() <= CompareTable.WIDTH, l.length() + " columns: " + l));
        for (String metric : List.of("recording.coverage", "bhcc.busyHour.total"))
        {
            int at = lines.indexOf(metric);
            assertTrue(at > 0, metric + " heads its block: " + lines);
            List<String> rows = csv.stream().filter(l -> l.startsWith(metric + ",")).toList();
            assertEquals(3, rows.size());
            for (int i = 0; i < rows.size(); i++)
            {
                String[] f = rows.get(i).split(",");
                boolean ratio = f[1].equals("ratio");
                String line = lines.get(at + 1 + i);
                String mean = ratio ? String.format(java.util.Locale.ROOT, "%.2f%%", Double.parseDouble(f[3]) * 100)
                        : Figures.of(Double.parseDouble(f[3]));
                assertTrue(line.matches("  " + f[2] + " +" + java.util.regex.Pattern.quote(mean)
                        + (i == 0 ? "" : " \\([+-].* \\[[+-].*, [+-].*\\]\\)")), line);
                if (ratio && i > 0)
                {
                    assertTrue(line.endsWith(String.format(java.util.Locale.ROOT, "(%+.2f pp [%+.2f pp, %+.2f pp])",
                            Double.parseDouble(f[6]) * 100, Double.parseDouble(f[7]) * 100,
                            Double.parseDouble(f[8]) * 100)), line);
                }
            }
        }
        assertTrue(out.contains("\n      link wan-east utilisation (peak, busier direction) ≤ 80.0%: OVER → OK\n"),
                "a long list of changes goes on, indented, one item after another: " + out);
    }

    /** The alternatives' means and intervals of one unit have the same decimals in every row (as in the run report). */
    private static void assertOneRoundingPerUnit(final String html)
    {
        java.util.Map<String, java.util.Set<Integer>> decimals = new java.util.TreeMap<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile(
                "<tr><td><code>[^<]*</code></td><td>([^<]*)</td>((?:<td class=\"num\">[^<]*<span class=\"ci\">[^<]*</span></td>){3})")
                .matcher(html);
        while (row.find())
        {
            String unit = row.group(1).isEmpty() ? "%" : row.group(1);
            java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\d[\\d,]*(\\.(\\d+))?").matcher(row.group(2));
            while (number.find())
            {
                decimals.computeIfAbsent(unit, u -> new java.util.TreeSet<>())
                        .add(number.group(2) == null ? 0 : number.group(2).length());
            }
        }
        assertTrue(decimals.containsKey("calls") && decimals.containsKey("Mbit/s"), decimals.toString());
        decimals.forEach((unit, d) -> assertEquals(1, d.size(), unit + ": decimals " + d));
    }

    @Test
    void aScenarioWithoutVariantsHasNothingToCompare()
    {
        Cli cli = Cli.run("compare", RunCommandTest.QUICKSTART.toString(), "--out", this.tmp.resolve("x").toString());
        assertEquals(2, cli.exitCode);
        assertTrue(cli.err.contains("no variants"), cli.err);
    }

    @Test
    void twoFilesAreTwoAlternatives()
    {
        Path out = this.tmp.resolve("two");
        Cli cli = Cli.run("compare", RunCommandTest.QUICKSTART.toString(), RunCommandTest.QUICKSTART.toString(), "--out",
                out.toString(), "--replications", "2", "--quiet");
        assertEquals(2, cli.exitCode, "the same name twice is refused");
        assertTrue(cli.err.contains("share a name"), cli.err);
    }

    /**
     * Two files with different elements: a headline metric of the first (its link's forked Mbit/s) that the other
     * does not have is "absent" in the terminal, as in the verdicts (it ended in an internal error after the files
     * were written). Their traffic differs too, which compare says.
     */
    @Test
    void anAlternativeWithOtherElementsAndTrafficIsComparedWithAWarning() throws Exception
    {
        Path out = this.tmp.resolve("files");
        Cli cli = Cli.run("compare", RunCommandTest.EXAMPLES.resolve("network-vs-phone.yaml").toString(),
                RunCommandTest.EXAMPLES.resolve("branch-phone-vs-network.yaml").toString(), "--out", out.toString(),
                "--replications", "2");
        assertEquals(0, cli.exitCode, cli.err);
        // side by side (the metric, the baseline's mean, then the alternative's cell) or as a block (the metric, then
        // a line per alternative), whichever fits the terminal table's width
        String metric = "bandwidth\\.link\\.wan-branch\\.forkMbps\\.mean";
        assertTrue(java.util.regex.Pattern.compile("^" + metric + " +[0-9.]+ +" + CompareTable.ABSENT + "$|^" + metric
                + "\n  network-vs-phone +[0-9.]+\n  branch-phone-vs-network +" + CompareTable.ABSENT + "$",
                java.util.regex.Pattern.MULTILINE).matcher(cli.out.replace(System.lineSeparator(), "\n")).find(),
                cli.out);
        assertTrue(cli.out.lines().allMatch(l -> l.length() <= CompareTable.WIDTH), cli.out);
        // the start line names both alternatives: wrapped too (it was 95 columns)
        assertTrue(cli.err.contains("forkcast: comparing network-vs-phone,"), cli.err);
        assertTrue(cli.err.lines().allMatch(l -> l.length() <= TerminalText.WIDTH), cli.err);
        // the two files (the help's old example) have other traffic: compare said "on the same traffic", gave paired
        // differences as if like for like, and listed each element only one file has as "OK → absent" (about 25
        // lines); it says the traffic differs, warns, and names those elements in a line per side
        String err = cli.err.replaceAll("\\s+", " ");
        assertTrue(err.contains("2 replications each (their traffic differs: see the warning below)"), cli.err);
        assertFalse(err.contains("same traffic"), cli.err);
        String text = cli.out.replaceAll("\\s+", " ");
        assertTrue(text.startsWith("warning: the alternatives do not see the same calls, so a paired difference is"
                + " not like for like (it mixes the traffic's difference with the configuration's):"
                + " branch-phone-vs-network has other traffic than network-vs-phone (streams only in network-vs-phone:"
                + " via-dc, via-branch; only in branch-phone-vs-network: to-north, to-south, to-east) verdicts"),
                cli.out);
        assertFalse(cli.out.contains("absent,") || cli.out.contains("→ absent"), "no change per absent element: "
                + cli.out);
        List<String> lines = cli.out.lines().toList();
        assertEquals(1, lines.stream().filter(l -> l.startsWith("      only in network-vs-phone (")).count(), cli.out);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("      only in branch-phone-vs-network (")).count(),
                cli.out);
        assertTrue(text.contains("only in network-vs-phone (") && text.contains("gateway gw-branch channels;"),
                cli.out);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<section id=\"traffic-warning\"><p class=\"warning\">⚠ the alternatives do not"
                + " see the same calls"), "the report warns too");
        assertTrue(html.contains("branch-phone-vs-network has other traffic than network-vs-phone"), "naming how");
        assertFalse(html.contains("the same traffic for every alternative") || html.contains("on the same traffic."),
                "and does not claim the same traffic");
    }
}
