package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --help} names every file and folder a run writes into --out (it once left out two of them). */
class RunHelpOutputsTest
{
    @TempDir
    Path tmp;

    @Test
    void theHelpNamesEveryOutput() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Cli run = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--out", out.toString(), "--replications", "2",
                "--trace", "3", "--quiet");
        assertEquals(0, run.exitCode, run.err);
        List<String> written;
        try (Stream<Path> entries = Files.list(out))
        {
            written = entries.map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : "")).sorted().toList();
        }
        assertTrue(written.size() >= 8, "a run's outputs: " + written);
        String help = Cli.run("run", "--help").out.replaceAll("\\s+", " ");
        for (String name : written)
        {
            assertTrue(help.contains(" " + name + " ") || help.contains(" " + name + ","), name + " in: " + help);
        }
    }
}
