package forkcast.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.reports.cli.ForkcastCommand;

/**
 * {@code forkcast run --engine spark --master local[2]} writes the same bytes as the thread pool with two threads. The
 * Spark run loads Forkcast's Jackson 3 ({@code tools.jackson}) beside Spark's Jackson 2 ({@code com.fasterxml}) in one
 * JVM: equal bytes prove they do not clash.
 */
class SparkEngineTest
{
    private static final Path SCENARIO = Path.of("../scenarios/examples/quickstart.yaml");

    @TempDir
    Path tmp;

    @Test
    void sparkLocalGivesTheBytesOfTheThreadPool() throws Exception
    {
        Path threads = this.tmp.resolve("threads");
        Path spark = this.tmp.resolve("spark");
        run("run", SCENARIO.toString(), "--replications", "4", "--threads", "2", "--out", threads.toString(), "--quiet");
        run("run", SCENARIO.toString(), "--replications", "4", "--threads", "2", "--engine", "spark", "--master",
                "local[2]", "--out", spark.toString(), "--quiet");
        for (String file : new String[] {"summary.json", "timeseries.csv"})
        {
            byte[] expected = Files.readAllBytes(threads.resolve(file));
            assertTrue(expected.length > 100, file + " is written");
            assertArrayEquals(expected, Files.readAllBytes(spark.resolve(file)), file + " differs under Spark");
        }
        // Spark's own Jackson 2 was loaded and used in this JVM (it serialises Spark's internal events)
        assertEquals("com.fasterxml.jackson.databind.ObjectMapper",
                Class.forName("com.fasterxml.jackson.databind.ObjectMapper").getName());
    }

    @Test
    void anOverrideReachesTheTasks() throws Exception
    {
        Path threads = this.tmp.resolve("threads");
        Path spark = this.tmp.resolve("spark");
        String[] common = {SCENARIO.toString(), "--replications", "2", "--seed", "7", "--set",
            "recorders.*.maxStreams=3", "--quiet"};
        run(concat(new String[] {"run"}, common, "--threads", "2", "--out", threads.toString()));
        run(concat(new String[] {"run"}, common, "--engine", "spark", "--master", "local[2]", "--out",
                spark.toString()));
        assertArrayEquals(Files.readAllBytes(threads.resolve("summary.json")),
                Files.readAllBytes(spark.resolve("summary.json")));
    }

    @Test
    void aTraceIsRefusedWithExitTwo()
    {
        StringWriter err = new StringWriter();
        int code = ForkcastCommand.execute(new String[] {"run", SCENARIO.toString(), "--engine", "spark", "--trace",
            "5", "--out", this.tmp.resolve("t").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("--trace needs --engine threads"), err.toString());
        assertTrue(Files.notExists(this.tmp.resolve("t")), "nothing is written");
    }

    private static String[] concat(final String[] head, final String[] middle, final String... tail)
    {
        String[] all = new String[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }

    private static void run(final String... args)
    {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ForkcastCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, out + "\n" + err);
    }
}
