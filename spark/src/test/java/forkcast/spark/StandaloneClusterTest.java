package forkcast.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import forkcast.reports.cli.ForkcastCommand;

/**
 * A real Spark standalone cluster on loopback: a master and one worker, each its own JVM (their main classes are in
 * spark-core), and the worker's executors more. Like a Spark distribution, they have Spark's libraries only
 * (target/submit-classpath.txt); the driver ships forkcast.jar and this module's classes to the executors, as
 * {@code ./forkcast} does. {@code forkcast run} and {@code forkcast sweep} with {@code --master spark://...} on it
 * write the bytes of the thread pool. The processes are stopped afterwards, whatever happened.
 */
class StandaloneClusterTest
{
    private static final Path SCENARIO = Path.of("../scenarios/examples/quickstart.yaml");

    @TempDir
    Path tmp;

    private final List<Process> processes = new ArrayList<>();

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void aRunAndASweepOnAStandaloneClusterGiveTheBytesOfTheThreadPool() throws Exception
    {
        Path forkcastJar = Path.of(System.getProperty("forkcast.jar"));
        assertTrue(Files.isRegularFile(forkcastJar), forkcastJar + " is missing: package the reports module first");
        String sparkOnly = Files.readString(Path.of(System.getProperty("forkcast.spark.classpath"))).trim();
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        start("master", sparkOnly, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                String.valueOf(port), "--webui-port", String.valueOf(freePort()));
        start("worker", sparkOnly, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "2",
                "--memory", "1g", "--webui-port", String.valueOf(freePort()), "--work-dir",
                this.tmp.resolve("work").toString(), master);

        Path threads = this.tmp.resolve("threads");
        Path cluster = this.tmp.resolve("cluster");
        run("run", SCENARIO.toString(), "--replications", "3", "--threads", "2", "--out", threads.toString(), "--quiet");
        // what the executors load Forkcast from: the runnable jar, and this module's classes (a jar when installed)
        System.setProperty("spark.jars", forkcastJar + "," + jarOf(Path.of("target", "classes")));
        try
        {
            run("run", SCENARIO.toString(), "--replications", "3", "--engine", "spark", "--master", master, "--out",
                    cluster.toString(), "--quiet");
            for (String file : new String[] {"summary.json", "timeseries.csv"})
            {
                assertArrayEquals(Files.readAllBytes(threads.resolve(file)), Files.readAllBytes(cluster.resolve(file)),
                        file + " differs on the cluster");
            }

            // a sweep, every point's replications as one job on the same cluster
            String[] sweep = {"sweep", SCENARIO.toString(), "--vary", "recorders.rec-a.maxStreams=60,160",
                "--replications", "2", "--set", "run.duration=15m", "--quiet"};
            Path sweepThreads = this.tmp.resolve("sweep-threads");
            Path sweepCluster = this.tmp.resolve("sweep-cluster");
            run(BatchesOnSparkTest.with(sweep, "--threads", "2", "--out", sweepThreads.toString()));
            run(BatchesOnSparkTest.with(sweep, "--engine", "spark", "--master", master, "--out",
                    sweepCluster.toString()));
            assertArrayEquals(Files.readAllBytes(sweepThreads.resolve("sweep.csv")),
                    Files.readAllBytes(sweepCluster.resolve("sweep.csv")), "sweep.csv differs on the cluster");
        }
        finally
        {
            System.clearProperty("spark.jars");
        }
        // the replications ran in executors the worker launched (it keeps a folder per application)
        try (var apps = Files.list(this.tmp.resolve("work")))
        {
            assertEquals(2, apps.filter(p -> p.getFileName().toString().startsWith("app-")).count(),
                    "the run and the sweep each ran in an executor");
        }
    }

    @AfterEach
    void stop() throws InterruptedException
    {
        for (Process process : this.processes)
        {
            List<ProcessHandle> children = process.descendants().toList(); // the worker's executor
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS))
            {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** A Spark daemon in its own JVM on Spark's class path; the worker's executors get the same class path. */
    private void start(final String name, final String classPath, final String mainClass, final String... args)
            throws IOException
    {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        // the --add-opens Spark needs on Java 17, as this JVM was given them
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Dio.netty") || a.startsWith("-Djdk.reflect")
                        || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions"))
                .forEach(command::add);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(this.tmp.resolve(name + ".log").toFile());
        Path home = Files.createDirectories(this.tmp.resolve("spark-home"));
        builder.environment().put("SPARK_HOME", home.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_DIST_CLASSPATH", classPath); // no Spark distribution: its libraries
        builder.environment().put("SPARK_TESTING", "1"); // so the executor's launch does not look for SPARK_HOME/jars
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        this.processes.add(0, builder.start()); // stopped in reverse order: worker first
    }

    /** @return a jar of the class files under {@code classes} */
    private Path jarOf(final Path classes) throws IOException
    {
        Path jar = this.tmp.resolve("spark-classes.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes))
        {
            for (Path file : files.filter(Files::isRegularFile).toList())
            {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static int freePort() throws IOException
    {
        try (ServerSocket socket = new ServerSocket(0))
        {
            return socket.getLocalPort();
        }
    }

    private static void run(final String... args)
    {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ForkcastCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, out + "\n" + err);
    }
}
