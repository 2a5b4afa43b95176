package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.reports.ChildProcess;
import tools.jackson.databind.json.JsonMapper;

/**
 * SIGTERM during a run exits 143 and leaves either the previous complete outputs or none: never a partial file, never
 * a staging folder. The run is a separate JVM so that it can be signalled.
 */
class InterruptTest
{
    @TempDir
    Path tmp;

    private Process start(final Path out, final String... extra) throws IOException
    {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "forkcast.reports.cli.ForkcastCommand", "run", RunCommandTest.EXAMPLES.resolve("contact-centre.yaml")
                        .toString(), "--out", out.toString(), "--quiet"));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(this.tmp.resolve("log").toFile())
                .start();
    }

    @Test
    void sigtermLeavesThePreviousOutputsOrNoneAndExits143() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Process first = start(out, "--replications", "2");
        assertEquals(0, ChildProcess.await(first, Duration.ofMinutes(3), "the first run"),
                Files.readString(this.tmp.resolve("log")));
        byte[] previous = Files.readAllBytes(out.resolve("summary.json"));
        for (long delay : new long[] {300, 900, 1500})
        {
            Process run = start(out, "--set", "run.duration=48h", "--replications", "4");
            Thread.sleep(delay);
            run.destroy(); // SIGTERM
            int code = ChildProcess.await(run, Duration.ofSeconds(60), "the signalled run");
            assertTrue(code == 143 || code == 0, "exit code " + code);
            if (code == 143)
            {
                assertTrue(java.util.Arrays.equals(previous, Files.readAllBytes(out.resolve("summary.json"))),
                        "the previous complete outputs are untouched");
            }
            JsonMapper.shared().readTree(out.resolve("summary.json").toFile()); // complete and readable
            try (Stream<Path> entries = Files.list(this.tmp))
            {
                List<String> names = entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals("log"))
                        .filter(n -> !n.equals(".out.forkcast-lock")).toList(); // the lock file stays beside it
                assertEquals(List.of("out"), names, "no staging folder is left: " + names);
            }
        }
        assertTrue(new File(out.toFile(), "report.html").length() > 0);
    }
}
