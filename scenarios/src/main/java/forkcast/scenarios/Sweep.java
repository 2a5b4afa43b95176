package forkcast.scenarios;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * A sweep: the scenario run at every point of a grid of varied values, every point with the same seed and
 * replications (unless the seed or the replications are what is varied), so that the differences between points come
 * from the varied values, not from the traffic.
 */
public final class Sweep
{
    /**
     * One point of the grid and its result.
     *
     * @param values the value of each axis, in axis order
     * @param result the run
     */
    public record Point(List<String> values, RunResult result)
    {
    }

    private Sweep()
    {
    }

    /** @return every combination of the axes' values, the last axis varying fastest */
    public static List<List<String>> grid(final List<SweepAxis> axes)
    {
        List<List<String>> points = new ArrayList<>();
        points.add(List.of());
        for (SweepAxis axis : axes)
        {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : points)
            {
                for (String v : axis.values())
                {
                    List<String> point = new ArrayList<>(prefix);
                    point.add(v);
                    next.add(point);
                }
            }
            points = next;
        }
        return points;
    }

    /**
     * @param overrides {@code --set} values applied before the axes
     * @param seed the seed of every point (null: the scenario's)
     * @param replications replications of every point (null: the scenario's)
     * @param done told after each point (for progress); may be null
     * @throws ScenarioException when a point's values make an invalid scenario (the error names the --vary value)
     */
    public static List<Point> run(final ScenarioLoader loader, final Path file, final List<String> overrides,
            final List<SweepAxis> axes, final Long seed, final Integer replications, final int threads,
            final Consumer<Point> done) throws ScenarioException
    {
        return run(loader, file, overrides, axes, seed, replications, threads, null, done);
    }

    /** @param checkpoint keeps finished replications, so that an interrupted sweep resumes; null for none */
    public static List<Point> run(final ScenarioLoader loader, final Path file, final List<String> overrides,
            final List<SweepAxis> axes, final Long seed, final Integer replications, final int threads,
            final Checkpoint checkpoint, final Consumer<Point> done) throws ScenarioException
    {
        return run(loader, file, overrides, axes, seed, replications, threads, checkpoint, null, done);
    }

    /** @param replicationDone told each replication of any point as it finishes (for progress); may be null */
    public static List<Point> run(final ScenarioLoader loader, final Path file, final List<String> overrides,
            final List<SweepAxis> axes, final Long seed, final Integer replications, final int threads,
            final Checkpoint checkpoint, final IntConsumer replicationDone, final Consumer<Point> done)
            throws ScenarioException
    {
        return run(loader, file, overrides, axes, seed, replications, threads, null, checkpoint, replicationDone, done);
    }

    /**
     * @param engine where the replications run: null for this process's pool of {@code threads}; else every point's
     *            replications go to the engine as one submission (a cluster gets the whole grid at once), and
     *            {@code done} is told of each point when all are done
     */
    public static List<Point> run(final ScenarioLoader loader, final Path file, final List<String> overrides,
            final List<SweepAxis> axes, final Long seed, final Integer replications, final int threads,
            final ReplicationEngine engine, final Checkpoint checkpoint, final IntConsumer replicationDone,
            final Consumer<Point> done) throws ScenarioException
    {
        List<Point> points = new ArrayList<>();
        List<List<String>> grid = grid(axes);
        List<Scenario> scenarios = new ArrayList<>();
        for (List<String> values : grid)
        {
            // every point is checked before the first one runs; an engine gets them all at once, the pool one by one
            Scenario scenario = load(loader, file, overrides, axes, values);
            if (engine != null)
            {
                scenarios.add(withOptions(scenario, seed, replications));
            }
        }
        if (engine != null)
        {
            EngineRuns runs = new EngineRuns();
            for (int index = 0; index < grid.size(); index++)
            {
                Scenario scenario = scenarios.get(index);
                runs.add(scenario, new ScenarioSource(file.toAbsolutePath().toString(),
                        scenario.text().getBytes(StandardCharsets.UTF_8), overrides, varied(axes, grid.get(index)),
                        null), index);
            }
            List<RunResult> results = runs.run(engine, threads, checkpoint, replicationDone);
            for (int index = 0; index < grid.size(); index++)
            {
                points.add(new Point(grid.get(index), results.get(index)));
                if (done != null)
                {
                    done.accept(points.get(index));
                }
            }
            return points;
        }
        for (int index = 0; index < grid.size(); index++)
        {
            List<String> values = grid.get(index);
            Scenario scenario = withOptions(load(loader, file, overrides, axes, values), seed, replications);
            Point point = new Point(values, checkpoint == null ? ScenarioRunner.run(scenario, threads, replicationDone)
                    : ScenarioRunner.runResuming(scenario, threads, checkpoint, index, replicationDone));
            points.add(point);
            if (done != null)
            {
                done.accept(point);
            }
        }
        return points;
    }

    /** @return every point's scenario, with the replications every point will run (for the resource estimate) */
    public static List<Scenario> points(final ScenarioLoader loader, final Path file, final List<String> overrides,
            final List<SweepAxis> axes, final Integer replications) throws ScenarioException
    {
        List<Scenario> points = new ArrayList<>();
        for (List<String> values : grid(axes))
        {
            points.add(withOptions(load(loader, file, overrides, axes, values), null, replications));
        }
        return points;
    }

    /**
     * The options win over the scenario only where given: without them each point keeps its own seed and replications
     * (the file's, unless {@code --vary seed=...} or {@code run.replications} is what the sweep varies; an option and a
     * {@code --vary} of the same value are refused on the command line).
     */
    private static Scenario withOptions(final Scenario point, final Long seed, final Integer replications)
    {
        Scenario s = seed != null ? point.withSeed(seed) : point;
        return replications != null ? s.withReplications(replications) : s;
    }

    /** @return the scenario with the given value of each axis set; errors in a value name its {@code --vary} */
    static Scenario load(final ScenarioLoader loader, final Path file, final List<String> overrides,
            final List<SweepAxis> axes, final List<String> values) throws ScenarioException
    {
        return loader.load(file, overrides, varied(axes, values));
    }

    /** @return the {@code PATH=VALUE} assignments that set each axis to its value */
    static List<String> varied(final List<SweepAxis> axes, final List<String> values)
    {
        List<String> varied = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++)
        {
            varied.add(axes.get(a).path() + "=" + values.get(a));
        }
        return varied;
    }
}
