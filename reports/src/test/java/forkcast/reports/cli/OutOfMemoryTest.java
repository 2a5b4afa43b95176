package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reproducer: a run larger than the memory it is given ended in "Exception in thread main OutOfMemoryError" and a
 * stack trace, and left its staging folder. Now it is exit 1 with one line, and nothing is left under or beside
 * {@code --out} but the (empty) lock file. The run is a separate JVM with a 16 MB heap, a day of the contact centre
 * and {@code --allow-large} (so the resource estimate cannot refuse it first, whatever share of the heap it takes).
 */
class OutOfMemoryTest
{
    @TempDir
    Path tmp;

    @Test
    void runningOutOfMemoryIsExitOneWithOneLineAndNoStagingFolder() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Path log = this.tmp.resolve("log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx16m", "-cp", System.getProperty("java.class.path"),
                "forkcast.reports.cli.ForkcastCommand", "run", RunCommandTest.EXAMPLES.resolve("contact-centre.yaml")
                        .toString(), "--out", out.toString(), "--quiet", "--set", "run.duration=1d", "--allow-large")).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        String output = Files.readString(log);
        assertEquals(1, p.exitValue(), output);
        assertEquals(List.of("forkcast: out of memory. Run fewer replications or a shorter run, or give Java more memory"
                + " (e.g. JAVA_OPTS=-Xmx8g)"), output.strip().lines().toList());
        assertFalse(output.contains("Exception") || output.contains("\tat "), output);
        try (Stream<Path> entries = Files.list(this.tmp))
        {
            assertEquals(List.of(".out.forkcast-lock", "log"), entries.map(e -> e.getFileName().toString()).sorted()
                    .toList(), "no outputs and no staging folder");
        }
    }
}
