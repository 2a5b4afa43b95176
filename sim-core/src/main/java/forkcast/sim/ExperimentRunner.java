package forkcast.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs replications 1..N of one model on a pool of worker threads, each replication with its own simulator, model
 * and random streams, and returns the outputs in replication order. The thread count changes only the wall time: every
 * replication's streams depend on (seed, replication, stream name), never on which thread ran it.
 */
public final class ExperimentRunner
{
    private ExperimentRunner()
    {
    }

    /**
     * @param window run length
     * @param seed scenario seed
     * @param replications number of replications (at least 1)
     * @param threads worker threads (at least 1)
     * @param factory builds one replication's model
     * @param progress told the replication number each time one finishes (any thread); may be null
     * @return outputs, index 0 = replication 1
     * @throws ReplicationFailedException from the first replication (in replication order) that failed
     */
    public static List<ReplicationOutput> run(final RunWindow window, final long seed, final int replications,
            final int threads, final ModelFactory factory, final IntConsumer progress)
    {
        if (replications < 1 || threads < 1)
        {
            throw new IllegalArgumentException("replications and threads must be at least 1");
        }
        List<Integer> all = IntStream.rangeClosed(1, replications).boxed().toList();
        return runSome(window, seed, all, threads, factory,
                progress == null ? null : output -> progress.accept(output.replication()));
    }

    /**
     * Run only the given replications (all of them, or those a resumed batch is missing) on one pool.
     *
     * @param replications the replication numbers, each at least 1
     * @param threads worker threads (at least 1)
     * @param finished told each replication's output as soon as it finishes (any thread); may be null
     * @return their outputs, in the order given
     * @throws ReplicationFailedException from the first replication (in the order given) that failed
     */
    public static List<ReplicationOutput> runSome(final RunWindow window, final long seed, final List<Integer> replications,
            final int threads, final ModelFactory factory, final Consumer<ReplicationOutput> finished)
    {
        if (threads < 1)
        {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (replications.isEmpty())
        {
            return List.of();
        }
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, replications.size()), runnable ->
        {
            Thread thread = new Thread(runnable, "forkcast-replications-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try
        {
            List<Future<ReplicationOutput>> futures = new ArrayList<>(replications.size());
            for (int replication : replications)
            {
                futures.add(pool.submit(() ->
                {
                    ReplicationOutput output = ReplicationRunner.run(window, seed, replication, factory);
                    if (finished != null)
                    {
                        finished.accept(output);
                    }
                    return output;
                }));
            }
            List<ReplicationOutput> outputs = new ArrayList<>(replications.size());
            for (Future<ReplicationOutput> future : futures)
            {
                outputs.add(await(future));
            }
            return outputs;
        }
        finally
        {
            pool.shutdownNow();
        }
    }

    private static ReplicationOutput await(final Future<ReplicationOutput> future)
    {
        try
        {
            return future.get();
        }
        catch (InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new ReplicationFailedException("interrupted while waiting for replications", e);
        }
        catch (ExecutionException e)
        {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime)
            {
                throw runtime;
            }
            if (cause instanceof Error error)
            {
                throw error; // OutOfMemoryError, StackOverflowError: not a failed replication but a failed program
            }
            throw new ReplicationFailedException(String.valueOf(cause), cause);
        }
    }
}
