package forkcast.spark;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import forkcast.scenarios.Checkpoint;
import forkcast.scenarios.ReplicationEngine;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioSource;
import forkcast.sim.ReplicationFailedException;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.MeasurementWindow;

/**
 * Runs replications as Apache Spark tasks, one task per replication ({@link OneReplication}). {@code collect()} returns
 * the tasks' results in partition order, which is replication order, so the outputs equal the thread pool's. A task
 * that fails is retried by Spark ({@code spark.task.maxFailures}); a retry computes the same bytes, since a
 * replication depends only on its scenario, seed and number.
 */
final class SparkEngine implements ReplicationEngine
{
    private final JavaSparkContext context;

    /** @param master a Spark master URL, or null for spark.master as spark-submit sets it (else local[*]) */
    SparkEngine(final String master)
    {
        SparkConf conf = new SparkConf().setAppName("forkcast").set("spark.ui.enabled", "false");
        if (master != null)
        {
            conf.setMaster(master);
        }
        else if (!conf.contains("spark.master"))
        {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local") && !conf.contains("spark.driver.host"))
        {
            // all in this JVM: stay on loopback rather than the address the host name resolves to
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        }
        else if (!conf.contains("spark.jars"))
        {
            // executors in other JVMs need Forkcast's classes: ship the jars this driver loaded them from
            conf.setJars(ownJars().toArray(String[]::new));
        }
        this.context = new JavaSparkContext(conf);
        this.context.setLogLevel("WARN");
    }

    @Override
    public List<ReplicationOutput> run(final ScenarioSource source, final long seed, final List<Integer> replications)
    {
        if (replications.isEmpty())
        {
            return List.of();
        }
        Scenario scenario;
        try
        {
            scenario = source.load();
        }
        catch (ScenarioException e)
        {
            throw new IllegalArgumentException("the scenario did not load again: " + e.getMessage(), e);
        }
        MeasurementWindow window = new MeasurementWindow(scenario.window().warmup(), scenario.window().end(),
                scenario.window().interval());
        List<byte[]> encoded;
        try
        {
            encoded = this.context.parallelize(new ArrayList<>(replications), replications.size())
                    .map(new OneReplication(source, seed)).collect();
        }
        catch (Exception e) // Spark throws its checked SparkException without declaring it
        {
            throw new ReplicationFailedException("a replication failed as a Spark task: " + e.getMessage(), e);
        }
        List<ReplicationOutput> outputs = new ArrayList<>(encoded.size());
        for (int i = 0; i < encoded.size(); i++)
        {
            outputs.add(Checkpoint.decode(encoded.get(i), replications.get(i), window));
        }
        return outputs;
    }

    @Override
    public String describe()
    {
        return "Spark " + this.context.master();
    }

    @Override
    public void close()
    {
        this.context.stop();
    }

    /** The jars (not class folders) Forkcast's classes and this engine were loaded from. */
    private static List<String> ownJars()
    {
        Set<String> jars = new LinkedHashSet<>();
        for (Class<?> type : List.of(Scenario.class, ReplicationOutput.class, SparkEngine.class))
        {
            try
            {
                Path path = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isRegularFile(path))
                {
                    jars.add(path.toString());
                }
            }
            catch (URISyntaxException | SecurityException | NullPointerException e)
            {
                // a class without a code source (e.g. from a custom loader) ships with the application itself
            }
        }
        return new ArrayList<>(jars);
    }
}
