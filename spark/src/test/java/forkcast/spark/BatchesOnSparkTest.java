package forkcast.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.SparkContext;
import org.apache.spark.TaskKilled;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.reports.Answer;
import forkcast.reports.SummaryWriter;
import forkcast.reports.TimeSeriesWriter;
import forkcast.reports.cli.ForkcastCommand;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.Checkpoint;
import forkcast.scenarios.ReplicationEngine;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.Sweep;
import forkcast.scenarios.SweepAxis;
import forkcast.sim.ReplicationOutput;

/**
 * {@code sweep}, {@code size} and {@code compare} with {@code --engine spark --master local[2]} write the bytes of the
 * thread pool with two threads: every replication of every point (alternative, evaluated value) is a Spark task that
 * rebuilds its scenario from the YAML text, the overrides and the varied value, and the results come back in
 * replication order.
 */
class BatchesOnSparkTest
{
    static final Path QUICKSTART = Path.of("../scenarios/examples/quickstart.yaml");

    private static final String[] SWEEP = {"sweep", QUICKSTART.toString(), "--vary", "recorders.rec-a.maxStreams=60,160",
        "--vary", "cluster.recordingSetupDelay=300ms,2s", "--replications", "2", "--set", "run.duration=10m",
        "--quiet"};

    @TempDir
    Path tmp;

    @Test
    void aSweepOnSparkWritesTheSweepCsvOfTheThreadPool() throws Exception
    {
        Path threads = this.tmp.resolve("threads");
        Path spark = this.tmp.resolve("spark");
        run(with(SWEEP, "--threads", "2", "--out", threads.toString()));
        run(with(SWEEP, "--engine", "spark", "--master", "local[2]", "--out", spark.toString()));
        List<String> rows = Files.readAllLines(threads.resolve("sweep.csv"));
        assertEquals(4, rows.stream().filter(l -> l.contains(",recording.blockingProbability,")).count(), "4 points");
        assertArrayEquals(Files.readAllBytes(threads.resolve("sweep.csv")), Files.readAllBytes(spark.resolve("sweep.csv")),
                "sweep.csv differs under Spark");
    }

    /** sweep.csv has each point's means and intervals; each point's full summary and time series are equal too. */
    @Test
    void everyPointOfASweepOnSparkHasTheSummaryAndTimeSeriesOfTheThreadPool() throws Exception
    {
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        List<SweepAxis> axes = List.of(SweepAxis.parse("recorders.rec-a.maxStreams=60,160"),
                SweepAxis.parse("run.duration=10m,20m"));
        List<String> overrides = List.of("recorders.*.maxStreams=100");
        List<Sweep.Point> pool = Sweep.run(loader, QUICKSTART, overrides, axes, 11L, 3, 2, null, null, null, null);
        List<Sweep.Point> spark;
        try (ReplicationEngine engine = new SparkEngineProvider().open("local[2]"))
        {
            List<Integer> arrived = new ArrayList<>();
            spark = Sweep.run(loader, QUICKSTART, overrides, axes, 11L, 3, 2, engine, null, arrived::add, null);
            assertEquals(12, arrived.size(), "each replication of each point is reported once as it arrives");
        }
        assertEquals(4, spark.size());
        for (int p = 0; p < pool.size(); p++)
        {
            assertEquals(pool.get(p).values(), spark.get(p).values());
            Path a = Files.createDirectories(this.tmp.resolve("pool-" + p));
            Path b = Files.createDirectories(this.tmp.resolve("spark-" + p));
            for (Path folder : List.of(a, b))
            {
                Sweep.Point point = folder == a ? pool.get(p) : spark.get(p);
                SummaryWriter.write(point.result(), Answer.of(point.result()), folder.resolve("summary.json"));
                TimeSeriesWriter.write(point.result(), folder.resolve("timeseries.csv"));
            }
            for (String file : new String[] {"summary.json", "timeseries.csv"})
            {
                assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)),
                        "point " + pool.get(p).values() + ": " + file + " differs under Spark");
            }
        }
    }

    /** Spark runs a lost task again (here one killed as it starts); the replication gives the same bytes. */
    @Test
    void aTaskRunAgainGivesTheSameReplication() throws Exception
    {
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        List<SweepAxis> axes = List.of(SweepAxis.parse("recorders.rec-a.maxStreams=100"));
        List<String> overrides = List.of("run.duration=24h"); // long enough for the kill to arrive while it runs
        List<Sweep.Point> pool = Sweep.run(loader, QUICKSTART, overrides, axes, 3L, 2, 2, null, null, null, null);
        AtomicInteger killed = new AtomicInteger();
        List<Sweep.Point> spark;
        try (ReplicationEngine engine = new SparkEngineProvider().open("local[2]"))
        {
            SparkContext context = SparkContext.getOrCreate();
            context.addSparkListener(new SparkListener()
            {
                @Override
                public void onTaskStart(final SparkListenerTaskStart start)
                {
                    if (start.taskInfo().index() == 0 && start.taskInfo().attemptNumber() == 0)
                    {
                        context.killTaskAttempt(start.taskInfo().taskId(), true, "a lost task, for the test");
                    }
                }

                @Override
                public void onTaskEnd(final SparkListenerTaskEnd end)
                {
                    if (end.reason() instanceof TaskKilled)
                    {
                        killed.incrementAndGet();
                    }
                }
            });
            spark = Sweep.run(loader, QUICKSTART, overrides, axes, 3L, 2, 2, engine, null, null, null);
            for (int wait = 0; wait < 100 && killed.get() == 0; wait++)
            {
                Thread.sleep(100); // the listener is told after the scheduler
            }
        }
        assertEquals(1, killed.get(), "the first task was killed once, and run again");
        List<ReplicationOutput> expected = pool.get(0).result().results().replications();
        List<ReplicationOutput> actual = spark.get(0).result().results().replications();
        for (int r = 0; r < expected.size(); r++)
        {
            assertArrayEquals(Checkpoint.encode(expected.get(r)), Checkpoint.encode(actual.get(r)),
                    "replication " + (r + 1));
        }
    }

    @Test
    void aSizingOnSparkGivesTheAnswerOfTheThreadPool() throws Exception
    {
        String[] size = {"size", QUICKSTART.toString(), "--vary", "recorders.rec-a.maxStreams=60..200:20", "--target",
            "recording.failed.recorder-full<=1", "--replications", "3", "--set", "run.duration=15m", "--quiet"};
        Path threads = this.tmp.resolve("threads");
        Path spark = this.tmp.resolve("spark");
        run(with(size, "--threads", "2", "--out", threads.toString()));
        run(with(size, "--engine", "spark", "--master", "local[2]", "--out", spark.toString()));
        assertTrue(Files.readString(threads.resolve("size.json")).contains("\"evidence\""));
        assertArrayEquals(Files.readAllBytes(threads.resolve("size.json")), Files.readAllBytes(spark.resolve("size.json")),
                "size.json differs under Spark");
    }

    /**
     * The alternatives are a file's variants, each task rebuilding its variant from the file; or several files, each
     * its own source.
     */
    @Test
    void aComparisonOnSparkGivesTheAnswerOfTheThreadPool() throws Exception
    {
        String[][] comparisons = {
            {"compare", "../scenarios/examples/branch-phone-vs-network.yaml", "--replications", "2", "--set",
                "run.duration=10m", "--quiet"},
            {"compare", QUICKSTART.toString(), "../scenarios/examples/network-vs-phone.yaml", "--replications", "2",
                "--set", "run.duration=10m", "--quiet"}};
        String[] alternative = {"multi-fork", "network-vs-phone"};
        for (int c = 0; c < comparisons.length; c++)
        {
            Path threads = this.tmp.resolve("threads-" + c);
            Path spark = this.tmp.resolve("spark-" + c);
            run(with(comparisons[c], "--threads", "2", "--out", threads.toString()));
            run(with(comparisons[c], "--engine", "spark", "--master", "local[2]", "--out", spark.toString()));
            assertTrue(Files.readString(threads.resolve("comparison.json")).contains(alternative[c]));
            for (String file : new String[] {"comparison.json", "comparison.csv"})
            {
                assertArrayEquals(Files.readAllBytes(threads.resolve(file)), Files.readAllBytes(spark.resolve(file)),
                        comparisons[c][1] + ": " + file + " differs under Spark");
            }
        }
    }

    static String[] with(final String[] head, final String... tail)
    {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    static void run(final String... args)
    {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ForkcastCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, out + "\n" + err);
    }
}
