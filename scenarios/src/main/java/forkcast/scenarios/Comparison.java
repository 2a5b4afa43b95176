package forkcast.scenarios;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the alternatives of a comparison on the same traffic: the same seed, replications and run window, so that every
 * random stream (arrivals, holding times, feature draws) gives each alternative the same values (common random
 * numbers) and the differences between them are paired replication by replication.
 */
public final class Comparison
{
    private Comparison()
    {
    }

    /**
     * @param alternatives two or more scenarios; the first is the baseline
     * @param seed the seed all of them run with
     * @param replications the replications all of them run
     * @return one result per alternative, in order
     * @throws IllegalArgumentException when the alternatives' run windows differ (then nothing can be paired)
     */
    public static List<RunResult> run(final List<Scenario> alternatives, final long seed, final int replications,
            final int threads)
    {
        return run(alternatives, seed, replications, threads, null);
    }

    /** @param progress told each finished replication of each alternative; may be null */
    public static List<RunResult> run(final List<Scenario> alternatives, final long seed, final int replications,
            final int threads, final java.util.function.IntConsumer progress)
    {
        return run(alternatives, null, null, seed, replications, threads, progress);
    }

    /**
     * @param sources what each alternative was loaded from, in the same order, for the engine to rebuild it; null
     *            without an engine
     * @param engine where the replications run: null for this process's pool of {@code threads}; else every
     *            alternative's replications go to the engine as one submission
     */
    public static List<RunResult> run(final List<Scenario> alternatives, final List<ScenarioSource> sources,
            final ReplicationEngine engine, final long seed, final int replications, final int threads,
            final java.util.function.IntConsumer progress)
    {
        if (alternatives.size() < 2)
        {
            throw new IllegalArgumentException("a comparison needs at least two alternatives");
        }
        for (Scenario alternative : alternatives)
        {
            if (!alternative.window().equals(alternatives.get(0).window()))
            {
                throw new IllegalArgumentException("alternative " + alternative.name() + " has another run window ("
                        + alternative.window() + ") than " + alternatives.get(0).name() + "; paired differences need the same");
            }
        }
        if (engine != null)
        {
            EngineRuns runs = new EngineRuns();
            for (int a = 0; a < alternatives.size(); a++)
            {
                runs.add(alternatives.get(a).withSeed(seed).withReplications(replications), sources.get(a), a);
            }
            return runs.run(engine, threads, null, progress);
        }
        List<RunResult> results = new ArrayList<>();
        for (Scenario alternative : alternatives)
        {
            results.add(ScenarioRunner.run(alternative.withSeed(seed).withReplications(replications), threads, progress));
        }
        return results;
    }
}
