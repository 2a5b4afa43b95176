package forkcast.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import forkcast.models.RecordingModel;
import forkcast.models.calls.Call;
import forkcast.models.calls.CallLegs;
import forkcast.sim.ExperimentResults;
import forkcast.sim.ExperimentRunner;
import forkcast.sim.Fingerprint;
import forkcast.sim.ModelFactory;
import forkcast.sim.ReplicationOutput;

/** Runs a scenario's replications on a pool of threads and gathers the results. */
public final class ScenarioRunner
{
    private ScenarioRunner()
    {
    }

    /**
     * @param scenario the scenario (its seed and replications are used as they are)
     * @param threads worker threads
     * @param progress told each finished replication's number; may be null
     * @return the results, identical for any thread count
     * @throws forkcast.sim.ReplicationFailedException when a replication fails
     */
    public static RunResult run(final Scenario scenario, final int threads, final IntConsumer progress)
    {
        return run(scenario, threads, progress, 0);
    }

    /**
     * Run a scenario whose finished replications may already be in a checkpoint (a resumed batch): only the missing
     * ones run, each saved as soon as it finishes.
     *
     * @param point the batch point this run is (its key in the checkpoint)
     */
    public static RunResult runResuming(final Scenario scenario, final int threads, final Checkpoint checkpoint,
            final int point)
    {
        return runResuming(scenario, threads, checkpoint, point, null);
    }

    /**
     * @param progress told each replication's number once it is available: at once for one found in the checkpoint,
     *            when it finishes for one that runs; may be null
     */
    public static RunResult runResuming(final Scenario scenario, final int threads, final Checkpoint checkpoint,
            final int point, final IntConsumer progress)
    {
        long start = System.nanoTime();
        forkcast.sim.stats.MeasurementWindow window = scenario.window().measurement();
        ReplicationOutput[] outputs = new ReplicationOutput[scenario.replications()];
        List<Integer> missing = new ArrayList<>();
        for (int r = 1; r <= outputs.length; r++)
        {
            outputs[r - 1] = checkpoint.load(point, r, window);
            if (outputs[r - 1] == null)
            {
                missing.add(r);
            }
            else if (progress != null)
            {
                progress.accept(r);
            }
        }
        for (ReplicationOutput output : ExperimentRunner.runSome(scenario.window(), scenario.seed(), missing, threads,
                RecordingModel.factory(scenario.deployment()), o ->
                {
                    checkpoint.save(point, o);
                    if (progress != null)
                    {
                        progress.accept(o.replication());
                    }
                }))
        {
            outputs[output.replication() - 1] = output;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new RunResult(scenario, new ExperimentResults(List.of(outputs)), scenario.deployment().ratings(), wall,
                threads, List.of());
    }

    /**
     * @return each replication's trajectory fingerprint (every call's lifecycle events: time bits, call, event,
     *         element), in replication order; run on {@code threads} workers
     */
    public static List<String> fingerprints(final Scenario scenario, final int threads)
    {
        Fingerprint[] prints = new Fingerprint[scenario.replications()];
        ModelFactory factory = context ->
        {
            Fingerprint print = new Fingerprint();
            prints[context.replication() - 1] = print;
            return new RecordingModel(scenario.deployment(), context,
                    (time, call, event, detail) -> print.add(time, call, event.name(), detail));
        };
        ExperimentRunner.run(scenario.window(), scenario.seed(), scenario.replications(), threads, factory, null);
        List<String> hashes = new ArrayList<>();
        for (Fingerprint print : prints)
        {
            hashes.add(print.hex());
        }
        return hashes;
    }

    /**
     * Run a scenario's replications on another engine (e.g. Spark tasks); the results are those of
     * {@link #run(Scenario, int, IntConsumer)}, whatever the engine.
     *
     * @param source what {@code scenario} was loaded from, for the engine to rebuild it where the replications run
     * @param workers recorded in the result as the thread count (the engine's parallelism)
     * @param progress told each replication's number as it arrives; may be null
     */
    public static RunResult run(final Scenario scenario, final ScenarioSource source, final ReplicationEngine engine,
            final int workers, final IntConsumer progress)
    {
        return new EngineRuns().add(scenario, source, 0).run(engine, workers, null, progress).get(0);
    }

    /**
     * @param traceCalls trace the lifecycle of the first this many calls of replication 1 (0 for none)
     */
    public static RunResult run(final Scenario scenario, final int threads, final IntConsumer progress,
            final int traceCalls)
    {
        long start = System.nanoTime();
        List<TraceRow> trace = new ArrayList<>();
        ModelFactory factory = context -> new RecordingModel(scenario.deployment(), context,
                context.replication() == 1 && traceCalls > 0 ? (time, call, event, detail) ->
                {
                    // a call's legs on other lines are spaced from its id (CallLegs.id); consult legs are negative
                    if (Math.abs(call) % CallLegs.SPACING <= traceCalls)
                    {
                        trace.add(new TraceRow(time, call, event.name(), detail));
                    }
                } : null);
        List<ReplicationOutput> outputs = ExperimentRunner.run(scenario.window(), scenario.seed(),
                scenario.replications(), threads, factory, progress);
        double wall = (System.nanoTime() - start) / 1e9;
        return new RunResult(scenario, new ExperimentResults(outputs), scenario.deployment().ratings(), wall, threads,
                List.copyOf(trace));
    }
}
