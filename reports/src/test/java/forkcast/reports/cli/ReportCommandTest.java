package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forkcast report OUT_DIR}: the run's own report back, byte for byte, from its saved files alone. */
class ReportCommandTest
{
    @TempDir
    Path tmp;

    @Test
    void theRebuiltReportAndChartsAreByteIdenticalToTheRunsOwn() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Cli run = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--out", out.toString(), "--replications", "3",
                "--seed", "7", "--set", "recorders.rec-a.maxStreams=150", "--quiet");
        assertEquals(0, run.exitCode, run.err);
        byte[] report = Files.readAllBytes(out.resolve("report.html"));
        List<Path> charts;
        try (Stream<Path> files = Files.list(out.resolve("charts")))
        {
            charts = files.sorted().toList();
        }
        List<byte[]> chartBytes = charts.stream().map(ReportCommandTest::bytes).toList();
        byte[] summary = Files.readAllBytes(out.resolve("summary.json"));
        Files.writeString(out.resolve("report.html"), "damaged");
        Files.delete(charts.get(0));

        Cli again = Cli.run("report", out.toString());
        assertEquals(0, again.exitCode, again.err);
        assertArrayEquals(report, Files.readAllBytes(out.resolve("report.html")), "report.html as the run wrote it");
        for (int i = 0; i < charts.size(); i++)
        {
            assertArrayEquals(chartBytes.get(i), bytes(charts.get(i)), charts.get(i).toString());
        }
        assertArrayEquals(summary, Files.readAllBytes(out.resolve("summary.json")), "other files are kept");
        assertTrue(new String(report, java.nio.charset.StandardCharsets.UTF_8).contains("150"),
                "the run's --set is in the scenario the report was rebuilt from");
    }

    @Test
    void aFolderThatIsNotARunsIsRefusedAndLeftAlone() throws Exception
    {
        Path mine = Files.createDirectories(this.tmp.resolve("mine"));
        Files.writeString(mine.resolve("report.html"), "my own file");
        Cli refused = Cli.run("report", mine.toString());
        assertEquals(2, refused.exitCode);
        assertTrue(refused.err.contains("is not the output folder of a forkcast run"), refused.err);
        assertFalse(refused.err.contains("Exception"), refused.err);
        assertEquals("my own file", Files.readString(mine.resolve("report.html")));

        Path sweep = Files.createDirectories(this.tmp.resolve("sweep"));
        Files.writeString(sweep.resolve("run.json"), "{\"forkcastVersion\": \"0.1.0\", \"kind\": \"sweep\"}");
        Cli notARun = Cli.run("report", sweep.toString());
        assertEquals(2, notARun.exitCode);
        assertTrue(notARun.err.contains("not of a run"), notARun.err);
        assertFalse(Files.exists(sweep.resolve("report.html")));

        Cli missing = Cli.run("report", this.tmp.resolve("nothing").toString());
        assertEquals(2, missing.exitCode);
        assertFalse(Files.exists(this.tmp.resolve("nothing")), "nothing is created");
    }

    private static byte[] bytes(final Path p)
    {
        try
        {
            return Files.readAllBytes(p);
        }
        catch (java.io.IOException e)
        {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
