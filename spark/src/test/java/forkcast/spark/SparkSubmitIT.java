package forkcast.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jars a planner submits to a Spark cluster work under {@code spark-submit}: spark-submit's main class
 * ({@code org.apache.spark.deploy.SparkSubmit}) in a JVM of its own, with Spark's libraries on the class path and
 * forkcast.jar as the application, the spark module's jar given with {@code --jars}, runs a sweep whose
 * {@code --master} comes from spark-submit, and writes the thread pool's sweep.csv. The default jar carries no Spark.
 */
class SparkSubmitIT
{
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void aSweepSubmittedWithSparkSubmitWritesTheBytesOfTheThreadPool() throws Exception
    {
        Path forkcastJar = Path.of(System.getProperty("forkcast.jar"));
        String[] sweep = {"sweep", BatchesOnSparkTest.QUICKSTART.toAbsolutePath().toString(), "--vary",
            "recorders.rec-a.maxStreams=60,160", "--replications", "2", "--set", "run.duration=15m", "--quiet"};
        Path threads = this.tmp.resolve("threads");
        BatchesOnSparkTest.run(BatchesOnSparkTest.with(sweep, "--threads", "2", "--out", threads.toString()));

        Path submitted = this.tmp.resolve("submitted");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(Arrays.asList(System.getProperty("forkcast.spark.jvmOptions").trim().split("\\s+")));
        command.addAll(List.of("-cp", Files.readString(Path.of(System.getProperty("forkcast.spark.classpath"))).trim(),
                "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]",
                // as README says: Forkcast's own SLF4J and logback first (DSOL's logging needs logback, not Spark's
                // log4j binding)
                "--conf", "spark.driver.userClassPathFirst=true", "--conf", "spark.executor.userClassPathFirst=true",
                "--class",
                "forkcast.reports.cli.ForkcastCommand", "--jars", System.getProperty("forkcast.spark.jar"),
                forkcastJar.toString()));
        command.addAll(List.of(BatchesOnSparkTest.with(sweep, "--engine", "spark", "--out", submitted.toString())));
        Path log = this.tmp.resolve("spark-submit.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(200, TimeUnit.SECONDS), "spark-submit did not finish");
        assertEquals(0, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        assertArrayEquals(Files.readAllBytes(threads.resolve("sweep.csv")),
                Files.readAllBytes(submitted.resolve("sweep.csv")), "sweep.csv differs under spark-submit");

        try (JarFile jar = new JarFile(forkcastJar.toFile()))
        {
            assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("org/apache/spark/")
                    || e.getName().startsWith("scala/")), "forkcast.jar carries Spark or Scala");
        }
    }
}
