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

class SweepAndSizeCommandTest
{
    @TempDir
    Path tmp;

    @Test
    void sweepWritesOneRowPerPointAndMetricWithTheRunAttributes() throws Exception
    {
        Path out = this.tmp.resolve("sweep");
        Cli cli = Cli.run("sweep", RunCommandTest.QUICKSTART.toString(), "--vary", "recorders.rec-a.maxStreams=80,160",
                "--vary", "cluster.recordingSetupDelay=300ms,2s", "--replications", "3", "--out", out.toString());
        assertEquals(0, cli.exitCode, cli.err);
        List<String> lines = Files.readAllLines(out.resolve("sweep.csv"));
        assertTrue(lines.get(0).startsWith("recorders.rec-a.maxStreams,cluster.recordingSetupDelay,metric,unit,mean,"
                + "ci95low,ci95high,n,scenarioSha256,seed,replications,warmupSeconds,durationSeconds,version"), lines.get(0));
        long blockingRows = lines.stream().filter(l -> l.contains(",recording.blockingProbability,")).count();
        assertEquals(4, blockingRows, "one row per point");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("160,2s,recording.coverage,ratio,")));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<svg"), "curves are inline");
        assertFalse(html.contains("NaN"));
        assertEachColumnHasOneRounding(html);
        assertTheTerminalTableGivesTheCsvFigures(cli.out, lines);
        // a share's axis ends at 100%: no tick above it (it ran to 110%)
        List<String> ticks = CompareCommandTest.svgLabels(Files.readString(out.resolve(
                "charts/sweep-recording-coverage.svg")), false);
        assertTrue(ticks.contains("100") && !ticks.contains("110") && !ticks.contains("105"), ticks.toString());
    }

    /**
     * The terminal shows a table in 80 columns, then the paths: a row per point with its varied values, the figures
     * named below it as mean ± half-width of their 95% CI (as sweep.csv has them), the point's verdict as report.html
     * gives it (the worst of its ratings and targets).
     */
    private static void assertTheTerminalTableGivesTheCsvFigures(final String out, final List<String> csv)
    {
        List<String> lines = List.of(out.split("\\R"));
        lines.forEach(l -> assertTrue(l.length() <= SweepTable.WIDTH, l.length() + " columns: " + l));
        assertTrue(lines.get(0).matches("maxStreams +recordingSetupDelay +\\[1\\].*verdict"), lines.get(0));
        List<String> rows = lines.subList(1, 5);
        List<String> points = List.of("80,300ms", "80,2s", "160,300ms", "160,2s");
        java.util.Map<String, String> legend = new java.util.LinkedHashMap<>();
        for (String line : lines)
        {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)\\] (\\S+)").matcher(line);
            if (m.matches())
            {
                legend.put(m.group(1), m.group(2));
            }
        }
        assertTrue(legend.containsValue("recording.blockingProbability"), lines.toString());
        List<String> headers = List.of(lines.get(0).split("  +"));
        for (int i = 0; i < points.size(); i++)
        {
            String point = points.get(i);
            String[] values = point.split(",");
            assertTrue(rows.get(i).matches(values[0] + " +" + values[1] + " .*(OK|NEAR|OVER|–) +(OK|NEAR|FULL|OVER)"),
                    rows.get(i));
            List<String> cells = List.of(rows.get(i).split("  +"));
            for (java.util.Map.Entry<String, String> column : legend.entrySet())
            {
                String metric = column.getValue();
                int c = 1 + Integer.parseInt(column.getKey()); // after the two varied values
                String[] f = csv.stream().filter(l -> l.startsWith(point + "," + metric + ",")).findFirst()
                        .orElseThrow().split(",");
                boolean ratio = f[3].equals("ratio");
                // the unit in the header, the figures in it: a share in percent
                assertEquals("[" + column.getKey() + "] " + (ratio ? "%" : f[3]), headers.get(c).strip());
                double scale = ratio ? 100 : 1;
                double mean = Double.parseDouble(f[4]) * scale;
                double half = Math.max(Double.parseDouble(f[6]) * scale - mean, mean - Double.parseDouble(f[5]) * scale);
                assertRoundedToItsHalfWidth(cells.get(c).strip(), mean, half, metric);
            }
        }
        assertTrue(out.contains("figures: mean ± half-width of the 95% confidence interval, to its precision"
                + System.lineSeparator() + "dependent: the worst of the targets on what the varied values move ("),
                out);
        assertTrue(out.contains("verdict: the worst element rating or target of the point, as in report.html"), out);
        assertTrue(lines.get(lines.size() - 2).startsWith("sweep: ") && lines.get(lines.size() - 1).startsWith("report: "),
                "then the paths: " + lines);
    }

    /**
     * A terminal cell "mean ± half": both to the decimals of the half-width's first significant digit (its first two
     * where that is a 1), each within half a unit of that place of the figure it rounds; "± 0" where every replication
     * gave the same.
     */
    private static void assertRoundedToItsHalfWidth(final String cell, final double mean, final double half,
            final String metric)
    {
        String[] parts = cell.split(" ± ");
        assertEquals(2, parts.length, metric + ": " + cell);
        if (half == 0)
        {
            assertEquals("0", parts[1], cell);
            assertEquals(mean, Double.parseDouble(parts[0]), 0.005, cell);
            return;
        }
        java.math.BigDecimal m = new java.math.BigDecimal(parts[0]);
        java.math.BigDecimal h = new java.math.BigDecimal(parts[1]);
        assertEquals(m.scale(), h.scale(), "mean and half-width to one place: " + cell);
        double unit = Math.pow(10, -h.scale());
        assertEquals(mean, m.doubleValue(), unit / 2 + 1e-9, metric + ": " + cell);
        assertEquals(half, h.doubleValue(), unit / 2 + 1e-9, metric + ": " + cell);
        String digits = h.unscaledValue().toString();
        assertTrue(digits.length() == 1 || digits.length() == 2 && digits.startsWith("1"),
                "one significant digit, two where the first is a 1: " + cell);
    }

    /** Every figure of one column of the points table has the same decimals, as the unit's in the run report. */
    private static void assertEachColumnHasOneRounding(final String html)
    {
        java.util.Map<Integer, java.util.Set<Integer>> decimals = new java.util.HashMap<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr class=\"[a-z]+\">(.*?)</tr>").matcher(html);
        while (row.find())
        {
            java.util.regex.Matcher cell = java.util.regex.Pattern.compile("<td class=\"num\">([^<]*)</td>")
                    .matcher(row.group(1));
            for (int column = 0; cell.find(); column++)
            {
                java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\d[\\d,]*(\\.(\\d+))?")
                        .matcher(cell.group(1));
                while (number.find())
                {
                    decimals.computeIfAbsent(column, c -> new java.util.TreeSet<>())
                            .add(number.group(2) == null ? 0 : number.group(2).length());
                }
            }
        }
        assertFalse(decimals.isEmpty(), "the points table has figures");
        decimals.forEach((column, d) -> assertEquals(1, d.size(), "column " + column + " decimals " + d + " in " + html));
    }

    @Test
    void sizeWritesTheAnswerWithItsEvidence() throws Exception
    {
        Path out = this.tmp.resolve("size");
        Cli cli = Cli.run("size", RunCommandTest.QUICKSTART.toString(), "--vary", "recorders.rec-a.maxStreams=60..200:20",
                "--target", "recording.failed.recorder-full<=1", "--replications", "4", "--out", out.toString());
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode size = JsonMapper.shared().readTree(out.resolve("size.json").toFile());
        assertEquals("recorders.rec-a.maxStreams", size.get("path").asString());
        String value = size.get("value").asString();
        // the sentence wrapped at words within 80 columns, as all terminal text
        assertTrue(cli.out.replaceAll("\\R +", " ").startsWith("recorders.rec-a.maxStreams = " + value + " keeps"
                + " recording.failed.recorder-full at or below 1.00 with 95% confidence;"), cli.out);
        assertTrue(cli.out.lines().allMatch(l -> l.length() <= TerminalText.WIDTH), cli.out);
        assertTrue(size.get("evidence").size() >= 3);
        assertTrue(Files.readString(out.resolve("report.html")).contains("keeps recording.failed.recorder-full at or below"
                + " 1.00 with 95% confidence"), "the sentence is in the report");
    }

    /** A share's evidence reads as the answer's limit does, in percent (it showed 0.1076 / 0.1160 beside "1.0%"). */
    @Test
    void sizeShowsAShareTargetsEvidenceInPercent() throws Exception
    {
        Path out = this.tmp.resolve("size-share");
        Cli cli = Cli.run("size", RunCommandTest.QUICKSTART.toString(), "--vary", "recorders.rec-a.maxStreams=60..200:20",
                "--target", "recording.blockingProbability<=1%", "--replications", "3", "--out", out.toString(), "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("at or below 1.0% with 95% confidence"), "the answer's limit in percent");
        assertTrue(html.matches("(?s).*Targets: <code>recording\\.blockingProbability[^<]*</code>\\. A value.*"),
                "the targets listed without a space before the full stop");
        assertTrue(html.contains("in the order the bisection tried it"), "the evidence's order is said");
        java.util.regex.Matcher cells = java.util.regex.Pattern.compile("<td class=\"num\">([^<]*) / ([^<]*)</td>")
                .matcher(html);
        int n = 0;
        while (cells.find())
        {
            n++;
            assertTrue(cells.group(1).matches("\\d+\\.\\d%") && cells.group(2).matches("\\d+\\.\\d%"),
                    "mean and bound in percent: " + cells.group());
        }
        assertEquals(JsonMapper.shared().readTree(out.resolve("size.json").toFile()).get("evidence").size(), n,
                "one cell per value tried");
        // what each value ran, from size.json's evidence: not the replications asked for where a value ran more
        java.util.Set<Integer> counts = new java.util.TreeSet<>();
        JsonMapper.shared().readTree(out.resolve("size.json").toFile()).get("evidence")
                .forEach(e -> counts.add(e.get("replications").asInt()));
        java.util.regex.Matcher reps = java.util.regex.Pattern.compile("<th>Replications</th><td>([^<]*)</td>")
                .matcher(html);
        assertTrue(reps.find(), html);
        assertEquals(counts.size() == 1, reps.group(1).equals(counts.iterator().next() + " per value tried"),
                reps.group(1));
        counts.forEach(c -> assertTrue(reps.group(1).startsWith(c + " ") || reps.group(1).contains("; " + c + " for "),
                c + " in " + reps.group(1)));
    }

    /**
     * The table shows what the varied paths move: a group's media source and a link's size move the recording outcome
     * and the link's forked bandwidth and utilisation, not the calls blocked at agents or abandoned (0 ± 0 in every
     * row), which only the group's agents move; those a target judges come first.
     */
    @Test
    void sweepsTableShowsTheFiguresTheVariedPathsMove() throws Exception
    {
        Path out = this.tmp.resolve("media");
        Cli cli = Cli.run("sweep", RunCommandTest.EXAMPLES.resolve("network-vs-phone.yaml").toString(), "--vary",
                "agentGroups.*.line.mediaSource=phone,gateway", "--vary", "links.wan-branch.mbps=20,45",
                "--replications", "2", "--out", out.toString());
        assertEquals(0, cli.exitCode, cli.err);
        List<String> legend = cli.out.lines().filter(l -> l.matches("\\[\\d+\\] .*")).toList();
        // the figures the targets judge first (blocking, coverage, the link's utilisation), then the others
        assertEquals(List.of("[1] recording.blockingProbability", "[2] recording.coverage",
                "[3] bandwidth.link.wan-branch.utilization"), legend.subList(0, Math.min(3, legend.size())), cli.out);
        assertFalse(cli.out.contains("calls.blocked.agents") || cli.out.contains("calls.abandoned"), cli.out);
        // a group's agents still move the calls blocked at agents and abandoned
        Cli agents = Cli.run("sweep", RunCommandTest.EXAMPLES.resolve("network-vs-phone.yaml").toString(), "--vary",
                "agentGroups.service.agents=100,150", "--replications", "2", "--out",
                this.tmp.resolve("agents").toString());
        assertEquals(0, agents.exitCode, agents.err);
        assertTrue(agents.out.contains("[1] calls.blocked.agents") && agents.out.contains("[2] calls.abandoned"),
                agents.out);
        // no target is on what the agents move: the dependent verdict says so rather than OK
        assertTrue(agents.out.contains("dependent: –, no target is on what the varied values move"), agents.out);
        assertTrue(agents.out.lines().skip(1).limit(2).allMatch(l -> l.matches(".*  –  +(OK|NEAR|FULL|OVER)")),
                agents.out);
    }

    /**
     * A gateway's channels move its blocking, which the gatewayBlocking target judges (the sweep said no target was on
     * them); a link's locations-CAC budget moves the deductions admitted, the refusals, the recording outcome and the
     * link's media, as what it admits crosses the link (F7); a recorder's streams move the WAN's forked streams and the
     * other recorders' set-ups.
     */
    @Test
    void sweepsOfGatewayChannelsAndCacBudgetsShowWhatTheyMove() throws Exception
    {
        Cli gateway = Cli.run("sweep", RunCommandTest.EXAMPLES.resolve("quickstart.yaml").toString(), "--vary",
                "gateways.gw-dc.channels=50,80", "--replications", "2", "--out", this.tmp.resolve("gw").toString());
        assertEquals(0, gateway.exitCode, gateway.err);
        assertTrue(gateway.out.contains("] gateway.gw-dc.blockingProbability"), gateway.out);
        String flat = gateway.out.replaceAll("\\s+", " ");
        assertTrue(flat.contains("dependent: the worst of the targets on what the varied values move (")
                && flat.contains("gateway gw-dc blocking ≤ 1.0%") && flat.contains("recording blocking ≤ 1.0%")
                && flat.contains("link wan-branch utilisation (peak, busier direction) ≤ 80.0%"), gateway.out);
        Cli cac = Cli.run("sweep", RunCommandTest.EXAMPLES.resolve("contact-centre.yaml").toString(), "--vary",
                "links.wan-branch.cacKbps=20000,40000", "--replications", "2", "--out", this.tmp.resolve("cac")
                        .toString());
        assertEquals(0, cac.exitCode, cac.err);
        List<String> legend = cac.out.lines().filter(l -> l.matches("\\[\\d+\\] .*")).toList();
        assertTrue(legend.contains("[1] recording.blockingProbability") && legend.contains("[2] recording.coverage")
                && legend.contains("[3] bandwidth.link.wan-branch.utilization")
                && legend.contains("[4] cac.link.wan-branch.kbps.peak"), cac.out);
        assertTrue(cac.out.contains("3 more dependent metrics in sweep.csv"), "the refusals among them: " + cac.out);
        // what the budget admits crosses the link: its utilisation target is one the sweep answers
        assertTrue(cac.out.replaceAll("\\s+", " ").contains("link wan-branch utilisation (peak, busier direction)"
                + " ≤ 80.0%"), cac.out);
        // a recorder's streams move the forked streams on the WAN, so the link's target is one the sweep answers
        Cli recorder = Cli.run("sweep", RunCommandTest.EXAMPLES.resolve("quickstart.yaml").toString(), "--vary",
                "recorders.rec-a.maxStreams=60,160", "--replications", "2", "--out", this.tmp.resolve("rec")
                        .toString());
        assertEquals(0, recorder.exitCode, recorder.err);
        assertTrue(recorder.out.contains("] bandwidth.link.wan-branch.utilization"), recorder.out);
        assertTrue(recorder.out.replaceAll("\\s+", " ").contains("link wan-branch utilisation (peak, busier direction)"
                + " ≤ 80.0%"), recorder.out);
        // a recorder's streams move the set-ups its route list or CUBE sends to the others
        Cli farm = Cli.run("sweep", RunCommandTest.EXAMPLES.resolve("branch-phone-vs-network.yaml").toString(),
                "--vary", "recorders.rec-1.maxStreams=20,400", "--replications", "2", "--out",
                this.tmp.resolve("farm").toString());
        assertEquals(0, farm.exitCode, farm.err);
        String farmText = farm.out.replaceAll("\\s+", " ");
        assertTrue(farmText.contains("recorder rec-2 set-up rate utilisation ≤ 80.0%"), farm.out);
    }

    /**
     * A range with no value that meets the targets is an answer, not a failure: exit 3 (as a gate not passed), the
     * outputs written, and the one-line answer printed even with --quiet (it exited 1 and printed nothing).
     */
    @Test
    void aRangeWithoutAnAnswerExits3AndSaysSoEvenQuietly() throws Exception
    {
        Path out = this.tmp.resolve("size-none");
        Cli cli = Cli.run("size", RunCommandTest.QUICKSTART.toString(), "--vary", "recorders.rec-a.maxStreams=40..80:20",
                "--target", "recording.blockingProbability<=1%", "--replications", "2", "--out", out.toString(),
                "--quiet");
        assertEquals(ExitCodes.TARGET_NOT_MET, cli.exitCode, cli.err);
        assertEquals("No value of recorders.rec-a.maxStreams up to 80 keeps recording.blockingProbability at or below"
                + " 1.0% with 95% confidence.", cli.out.strip().replaceAll("\\R +", " "));
        assertTrue(cli.out.lines().allMatch(l -> l.length() <= TerminalText.WIDTH), cli.out);
        assertEquals("", cli.err, "nothing else: no progress, no error");
        assertTrue(JsonMapper.shared().readTree(out.resolve("size.json").toFile()).get("value").isNull());
    }

    /** size's --help says what its exit 3 means (it has targets, not gates). */
    @Test
    void sizesHelpListsItsOwnExit3()
    {
        String help = Cli.run("size", "--help").out.replaceAll("\\s+", " ");
        assertTrue(help.contains("3 the sizing succeeded and its outputs are written, but no value in the range meets"
                + " every target"), help);
        assertFalse(help.contains("--fail-on verdict"), help);
        String all = Cli.run("--help").out.replaceAll("\\s+", " ");
        assertTrue(all.contains("did not pass (each is named); or no value of size's range meets every target"), all);
    }

    @Test
    void badSizeArgumentsAreUsageErrors()
    {
        assertEquals(2, Cli.run("size", RunCommandTest.QUICKSTART.toString(), "--vary", "x=1..3", "--target", "oops")
                .exitCode);
        Cli unknown = Cli.run("size", RunCommandTest.QUICKSTART.toString(), "--vary", "recorders.rec-a.maxStreams=60..80:20",
                "--target", "recording.nonsense<=1", "--replications", "2", "--out", this.tmp.resolve("x").toString());
        assertEquals(2, unknown.exitCode);
        assertTrue(unknown.err.contains("no metric 'recording.nonsense'"), unknown.err);
        assertEquals(2, Cli.run("sweep", RunCommandTest.QUICKSTART.toString(), "--vary", "x=3..1").exitCode);
    }
}
