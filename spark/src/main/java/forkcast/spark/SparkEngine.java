package forkcast.spark;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ObjIntConsumer;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import forkcast.scenarios.Checkpoint;
import forkcast.scenarios.ReplicationEngine;
import forkcast.scenarios.ReplicationTask;
import forkcast.scenarios.Scenario;
import forkcast.sim.ReplicationFailedException;
import forkcast.sim.ReplicationOutput;
import scala.Tuple2;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs replications as Apache Spark tasks, one task per replication ({@link OneReplication}), a whole submission (all
 * the points of a sweep) as one Spark job. Each result carries its index in the submission and is put back there, so
 * the outputs are in the order asked for and equal the thread pool's. A task that fails is retried by Spark
 * ({@code spark.task.maxFailures}); a retry computes the same bytes, since a replication depends only on its scenario,
 * seed and number.
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
        if (conf.get("spark.master").startsWith("local"))
        {
            if (!conf.contains("spark.driver.host"))
            {
                // all in this JVM: stay on loopback rather than the address the host name resolves to
                conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
            }
        }
        else
        {
            if (!conf.contains("spark.jars"))
            {
                // executors in other JVMs need Forkcast's classes: ship the jars this driver loaded them from
                conf.setJars(ownJars().toArray(String[]::new));
            }
            // and must load them, with Forkcast's SLF4J and logback, before the cluster's libraries: DSOL's logging
            // casts SLF4J's factory to logback's, which fails where a Spark distribution binds SLF4J to log4j
            conf.setIfMissing("spark.executor.userClassPathFirst", "true");
        }
        this.context = new JavaSparkContext(conf);
        this.context.setLogLevel("WARN");
    }

    @Override
    public List<ReplicationOutput> run(final List<ReplicationTask> tasks,
            final ObjIntConsumer<ReplicationOutput> finished)
    {
        if (tasks.isEmpty())
        {
            return List.of();
        }
        List<Integer> indices = new ArrayList<>(tasks.size());
        for (int t = 0; t < tasks.size(); t++)
        {
            indices.add(t);
        }
        ReplicationOutput[] outputs = new ReplicationOutput[tasks.size()];
        RuntimeException[] inHandler = new RuntimeException[1];
        // one partition per replication; the handler gets each result as its task finishes (on Spark's scheduler
        // thread, one at a time), so that a batch's checkpoint and the progress line follow the work
        AbstractFunction2<Object, Tuple2<Integer, byte[]>, BoxedUnit> handler = new AbstractFunction2<>()
        {
            @Override
            public BoxedUnit apply(final Object partition, final Tuple2<Integer, byte[]> result)
            {
                try
                {
                    int index = result._1();
                    ReplicationTask task = tasks.get(index);
                    ReplicationOutput output = Checkpoint.decode(result._2(), task.replication(),
                            task.scenario().window().measurement());
                    outputs[index] = output;
                    if (finished != null)
                    {
                        finished.accept(output, index);
                    }
                    return BoxedUnit.UNIT;
                }
                catch (RuntimeException e)
                {
                    inHandler[0] = e;
                    throw e;
                }
            }
        };
        try
        {
            this.context.sc().runJob(this.context.parallelize(indices, indices.size()).rdd(),
                    new OneReplication(tasks), handler, ClassTag$.MODULE$.apply(Tuple2.class));
        }
        catch (Exception e) // Spark throws its checked SparkException without declaring it
        {
            if (inHandler[0] != null)
            {
                throw inHandler[0]; // not a replication's failure: ours, on receiving one (e.g. the checkpoint's disk)
            }
            throw new ReplicationFailedException("a replication failed as a Spark task: " + e.getMessage(), e);
        }
        return List.of(outputs);
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
