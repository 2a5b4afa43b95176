package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forkcast fit}: the example export fits to a scenario that runs; refusals write nothing. */
class FitCommandTest
{
    static final Path CDR = RunCommandTest.EXAMPLES.resolve("cdr");

    @TempDir
    Path tmp;

    private String[] exampleFiles() throws Exception
    {
        try (Stream<Path> files = Files.list(CDR))
        {
            return files.filter(f -> f.getFileName().toString().startsWith("cdr_")).sorted().map(Path::toString)
                    .toArray(String[]::new);
        }
    }

    @Test
    void theExampleExportFitsToAScenarioThatRuns() throws Exception
    {
        Path fitted = this.tmp.resolve("fitted.yaml");
        String[] files = exampleFiles();
        assertTrue(files.length >= 2, "the example has several files");
        List<String> args = new java.util.ArrayList<>(List.of("fit"));
        args.addAll(List.of(files));
        args.addAll(List.of("--map", CDR.resolve("map.yaml").toString(), "--out", fitted.toString()));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertEquals(0, cli.exitCode, cli.err);
        assertTrue(cli.out.contains("traffic stream"), cli.out);
        // the example records every answered call: two recording legs from the agent's phone each (R5)
        assertTrue(cli.out.contains("agents-a: recording automatic (378 recording legs for 189 answered calls)\n"),
                cli.out);
        String yaml = Files.readString(fitted);
        assertTrue(yaml.contains("holdingTime:") && yaml.contains("D="), yaml);
        Path out = this.tmp.resolve("out");
        Cli run = Cli.run("run", fitted.toString(), "--out", out.toString(), "--replications", "2", "--quiet");
        assertEquals(0, run.exitCode, run.err);
        assertTrue(Files.readString(out.resolve("report.html")).contains("Kolmogorov"), "the report shows the evidence");
        // the committed fitted example is what the command writes today
        assertEquals(Files.readString(CDR.resolve("fitted.yaml")).replace(CDR.toString() + "/", ""),
                yaml.replace(CDR.toString() + "/", ""));
    }

    @Test
    void legsMarkedQueuedGiveTheGroupAQueueWithTheFittedPatience() throws Exception
    {
        // the first example day with one unanswered leg marked as having waited 30 s in the queue (the caller hung
        // up: origCause_value 16) and one answered leg as having waited 10 s: A = 1 abandonment over W = 40 s, so the
        // interval is 2W / chi-squared(0.975; 4) = 7.2 s to 2W / chi-squared(0.025; 2) = 80 / (-2 ln 0.975) = 1579.9 s
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of(exampleFiles()[0])));
        List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
        int connect = header.indexOf("dateTimeConnect");
        int queued = header.indexOf("wasCallQueued");
        int wait = header.indexOf("totalWaitTimeInQueue");
        boolean[] done = new boolean[2];
        for (int i = 2; i < lines.size(); i++)
        {
            String[] v = lines.get(i).split(",", -1);
            int answered = v[connect].equals("0") ? 0 : 1;
            if (!done[answered] && lines.get(i).contains("GW-DC"))
            {
                v[queued] = "1";
                v[wait] = answered == 0 ? "30" : "10";
                lines.set(i, String.join(",", v));
                done[answered] = true;
            }
        }
        Path cdr = this.tmp.resolve("cdr_StandAloneCluster_01_202403040000_1.csv");
        Files.write(cdr, lines);
        Path fitted = this.tmp.resolve("fitted.yaml");
        Cli cli = Cli.run("fit", cdr.toString(), "--map", CDR.resolve("map.yaml").toString(), "--out",
                fitted.toString());
        assertEquals(0, cli.exitCode, cli.err);
        assertTrue(cli.out.contains("agents-a: 2 legs reached the queueing point, 1 abandoned; mean patience 40.0 s [7.2,"
                + " 1579.9] (95%)"), cli.out);
        String yaml = Files.readString(fitted);
        assertTrue(yaml.contains("queue: { patience: { dist: exponential, mean: 40s } }"), yaml);
        Cli run = Cli.run("run", fitted.toString(), "--out", this.tmp.resolve("out").toString(), "--replications", "2",
                "--quiet");
        assertEquals(0, run.exitCode, run.err);
    }

    @Test
    void anExistingOutIsRefusedWithoutForce() throws Exception
    {
        Path fitted = this.tmp.resolve("fitted.yaml");
        Files.writeString(fitted, "mine");
        Cli cli = Cli.run("fit", exampleFiles()[0], "--map", CDR.resolve("map.yaml").toString(), "--out",
                fitted.toString());
        assertEquals(2, cli.exitCode);
        assertEquals("forkcast fit: --out " + fitted + " exists; choose another --out or add --force to replace it",
                cli.err.strip(), "said as every command says bad usage");
        assertEquals("mine", Files.readString(fitted));
    }

    @Test
    void aFileCutInsideItsHeaderExitsTwoAtItsLineWithNoJavaNameAndWritesNothing() throws Exception
    {
        Path trunc = this.tmp.resolve("trunc");
        Files.writeString(trunc, "\"cdrRecordType\",\"globalCallID_callManagerId\",\"orig");
        Cli cli = Cli.run("fit", trunc.toString(), "--map", CDR.resolve("map.yaml").toString(), "--out",
                this.tmp.resolve("x.yaml").toString());
        assertEquals(2, cli.exitCode);
        assertEquals(trunc + ":1:1: error: truncated line: the file ends inside a quoted field of the header line, so"
                + " no row can be read", cli.err.strip());
        try (Stream<Path> left = Files.list(this.tmp))
        {
            assertEquals(List.of(trunc), left.toList(), "nothing written");
        }
    }

    @Test
    void aFileThatIsNotACdrExportExitsTwoAndWritesNothing() throws Exception
    {
        Path notCdr = this.tmp.resolve("cdr_notes.csv");
        Files.writeString(notCdr, "name,phone\nalice,2001\n");
        Path fitted = this.tmp.resolve("fitted.yaml");
        Cli cli = Cli.run("fit", exampleFiles()[0], notCdr.toString(), "--map", CDR.resolve("map.yaml").toString(),
                "--out", fitted.toString());
        assertEquals(2, cli.exitCode);
        assertTrue(cli.err.contains(notCdr + ":1:1: error: not a CUCM CDR export: the header lacks globalCallID_callId,"
                + " dateTimeOrigination"), cli.err);
        assertFalse(cli.err.contains("Exception"), cli.err);
        try (Stream<Path> left = Files.list(this.tmp))
        {
            assertEquals(List.of(notCdr), left.toList(), "nothing written");
        }
    }

    @Test
    void aBadMapExitsTwoNamingFileLineAndColumn() throws Exception
    {
        Path map = this.tmp.resolve("map.yaml");
        Files.writeString(map, "groups: { agents-a: { numbers: [\"20[\"] } }\n");
        Cli cli = Cli.run("fit", exampleFiles()[0], "--map", map.toString(), "--out",
                this.tmp.resolve("f.yaml").toString());
        assertEquals(2, cli.exitCode);
        assertTrue(cli.err.startsWith(map + ":1:33: error: groups.agents-a.numbers: '20[' is not a regular expression"),
                cli.err);
        assertFalse(Files.exists(this.tmp.resolve("f.yaml")));
    }

    @Test
    void checkSetsTheCdrsFiguresBesideTheSimulatedOnes() throws Exception
    {
        List<String> args = new java.util.ArrayList<>(List.of("fit"));
        args.addAll(List.of(exampleFiles()));
        args.addAll(List.of("--map", CDR.resolve("map.yaml").toString(), "--check", CDR.resolve("fitted.yaml").toString()));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertEquals(0, cli.exitCode, cli.err);
        for (String figure : List.of("busy-hour answered agent calls", "peak concurrent calls of agents-a",
                "busy-hour recording calls", "peak concurrent recording calls"))
        {
            assertTrue(cli.out.lines().anyMatch(l -> l.startsWith(figure) && (l.endsWith("agrees")
                    || l.endsWith("higher in the model") || l.endsWith("lower in the model"))), cli.out);
        }
        try (Stream<Path> left = Files.list(this.tmp))
        {
            assertEquals(0, left.count(), "--check writes nothing");
        }
        // 80 columns: the model's interval stands below its mean (beside it the table was 92 columns wide)
        List<String> lines = cli.out.lines().toList();
        lines.forEach(l -> assertTrue(l.length() <= TerminalText.WIDTH, l.length() + " columns: " + l));
        int row = lines.indexOf(lines.stream().filter(l -> l.startsWith("busy-hour answered agent calls")).findFirst()
                .orElseThrow());
        String interval = lines.get(row + 1);
        assertTrue(interval.matches(" +95% CI \\[\\d+\\.\\d, \\d+\\.\\d\\]"), interval);
        String[] header = lines.get(row - 1).split(" {2,}");
        assertEquals(List.of("figure", "CDRs", "model", "p", "verdict"), List.of(header), lines.get(row - 1));
        assertEquals(lines.get(row - 1).indexOf("model") + "model".length(), interval.length(),
                "the interval ends below the model's column");
    }

    @Test
    void outAndCheckTogetherOrNeitherIsBadUsage() throws Exception
    {
        Cli cli = Cli.run("fit", exampleFiles()[0], "--map", CDR.resolve("map.yaml").toString());
        assertEquals(2, cli.exitCode);
        assertTrue(cli.err.contains("give --out FITTED.yaml to fit, or --check SCENARIO.yaml"), cli.err);
    }
}
