package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.reports.ChildProcess;

/**
 * A billion-laughs file and a 100 MB file, validated by a JVM limited to 256 MB of heap: both are refused with a clear
 * error and exit code 2, without StackOverflowError or OutOfMemoryError. (The time they take is printed by the test
 * log, not asserted: the machines are shared.)
 */
class HostileInputTest
{
    @TempDir
    Path tmp;

    private String validate(final Path file) throws IOException, InterruptedException
    {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = this.tmp.resolve("log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "forkcast.reports.cli.ForkcastCommand", "validate", file.toString())).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        int code = ChildProcess.await(p, Duration.ofSeconds(120), "validate " + file.getFileName());
        System.out.printf("%s refused in %.2f s%n", file.getFileName(), (System.nanoTime() - start) / 1e9);
        assertEquals(2, code);
        return Files.readString(log);
    }

    @Test
    void billionLaughsIsRefused() throws Exception
    {
        StringBuilder y = new StringBuilder("name: lol\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String previous = "a";
        for (char c = 'b'; c <= 'j'; c++)
        {
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++)
            {
                y.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            y.append("]\n");
            previous = String.valueOf(c);
        }
        Path file = Files.writeString(this.tmp.resolve("laughs.yaml"), y);
        String out = validate(file);
        assertTrue(out.startsWith(file + ":2:"), out);
        assertTrue(out.contains("YAML anchors (&name) are not supported, nor the aliases"), out);
        assertFalse(out.contains("Error") || out.contains("Exception"), out);
    }

    @Test
    void hundredMegabytesIsRefused() throws Exception
    {
        Path file = this.tmp.resolve("huge.yaml");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8))
        {
            w.write("name: huge\ndescription: \"");
            char[] block = new char[1 << 20];
            java.util.Arrays.fill(block, 'y');
            for (int i = 0; i < 100; i++)
            {
                w.write(block);
            }
            w.write("\"\n");
        }
        String out = validate(file);
        assertTrue(out.contains("the limit is 4194304 bytes"), out);
        assertFalse(out.contains("Error") || out.contains("Exception"), out);
    }
}
