package forkcast.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import forkcast.reports.OutputFolder;
import forkcast.reports.OutputRefusedException;
import forkcast.reports.OutputRequest;
import forkcast.reports.Printable;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.Checkpoint;
import forkcast.scenarios.ResourceLimits;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioLoader;
import picocli.CommandLine;

/**
 * The shape of every command that simulates ({@code run}, {@code compare}, {@code sweep}, {@code size}): the shared
 * options are checked as they are parsed ({@link RunOptions}), and where the replications run before any file is read
 * ({@link EngineOptions}); then the command loads its scenarios and plans its work
 * ({@link #plan}); the resource estimate may refuse it ({@link ResourceGuard}); {@code --out} is claimed
 * ({@link OutputFolder#claim}); the work runs with progress, keeping a batch's replications in a checkpoint; the
 * outputs are written atomically; a summary is printed. Every failure is an exception that {@link Failures} maps to
 * an exit code and one message, so no command prints or maps errors itself. A failed batch removes the checkpoint
 * folder it created (an interrupted one keeps it, for {@code --resume}, and says so: {@link Interruption}).
 *
 * @param <R> what the work gives
 */
@CommandLine.Command(modelTransformer = QuietHelp.class)
abstract class SimulatingCommand<R> implements Callable<Integer>
{
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    RunOptions options;

    @CommandLine.Mixin
    EngineOptions engine;

    /**
     * Load the scenarios and check what only this command knows; nothing is run or written yet.
     * @throws ScenarioException when a scenario or a value given for one is invalid (exit 2)
     * @throws CommandException for other bad input (exit 2)
     */
    abstract Plan plan(ScenarioLoader loader, PrintWriter err) throws ScenarioException, IOException;

    /**
     * Run the planned work.
     * @param checkpoint keeps finished replications (a batch), or null
     * @param progress told each unit of work done
     */
    abstract R simulate(Checkpoint checkpoint, Progress progress) throws ScenarioException;

    /** @return the command's {@code --vary} values, which an option of the same value conflicts with */
    List<String> varied()
    {
        return List.of();
    }

    /** @return the help of {@code --quiet}: what the command prints with it (QuietHelp) */
    abstract String quietHelp();

    /** @return whether the plan's total is the work there is (a sizing's is an estimate), for an interruption */
    boolean knowsItsTotal()
    {
        return true;
    }

    /** Checks of this command's own options, before any file is read (bad usage: exit 2). */
    void checkOptions()
    {
    }

    /** Checks of the planned work against this command's options, before it runs (bad usage: exit 2). */
    void checkPlan(final Plan plan)
    {
    }

    /** Checks on the result that must pass before anything is written (bad usage found only now: exit 2). */
    void checkBeforeWriting(final R result)
    {
    }

    /** Write every output into the claimed folder (published as a whole). */
    abstract void write(R result, OutputFolder output, Plan plan, List<String> commandLine, Instant started)
            throws IOException;

    /**
     * Print the summary of a finished command.
     * @return the exit code
     */
    abstract int summarise(R result, PrintWriter out, PrintWriter err, Path target);

    @Override
    public final Integer call() throws ScenarioException, OutputRefusedException
    {
        Instant started = Instant.now();
        PrintWriter err = this.spec.commandLine().getErr();
        this.options.settle(varied());
        this.engine.check();
        checkOptions();
        Plan plan;
        try
        {
            plan = plan(new ScenarioLoader(Catalog.builtIn()), err);
        }
        catch (IOException e)
        {
            throw CommandException.usage("cannot read " + Printable.of(e.getMessage()));
        }
        checkPlan(plan);
        ResourceGuard.check(this.options.commandName(), plan.estimate(), ResourceLimits.standard(), this.options, err);
        Path target = this.options.target(plan.folderName());
        R result;
        try
        {
            result = runAndWrite(plan, target, started, err);
        }
        catch (IOException | UncheckedIOException e)
        {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw CommandException.failed("cannot write the outputs to " + Printable.of(target) + ": "
                    + Printable.of(cause.getMessage()), e);
        }
        return summarise(result, this.spec.commandLine().getOut(), err, target);
    }

    private R runAndWrite(final Plan plan, final Path target, final Instant started, final PrintWriter err)
            throws IOException, ScenarioException, OutputRefusedException
    {
        List<String> commandLine = this.options.commandLine();
        Interruption interruption = Interruption.watch(plan.batch() != null, knowsItsTotal(), err);
        try (OutputFolder output = OutputFolder.claim(target, new OutputRequest(this.options.commandName(),
                plan.batch(), this.options.force, plan.inputs(), commandLine)))
        {
            if (!this.options.quiet)
            {
                TerminalText.wrap("forkcast: " + Printable.of(plan.announcement()), "  ").forEach(err::println);
            }
            boolean created = plan.batch() != null && !Files.exists(Checkpoint.folderFor(output.target()));
            boolean finished = false;
            try
            {
                Checkpoint checkpoint = plan.batch() == null ? null : open(plan, output.target(), err);
                R result;
                try (Progress progress = new Progress(err, plan.unit(), plan.total(), this.options.quiet))
                {
                    interruption.started(progress);
                    result = simulate(checkpoint, progress);
                    progress.finish();
                }
                checkBeforeWriting(result);
                write(result, output, plan, commandLine, started);
                interruption.written();
                if (checkpoint != null)
                {
                    checkpoint.discard();
                }
                finished = true;
                return result;
            }
            finally
            {
                // an interrupted batch keeps its checkpoint, as the interruption says, even if this thread gets here
                // while the JVM shuts down
                if (!finished && created && !Interruption.shuttingDown())
                {
                    Checkpoint.removeQuietly(output.target());
                }
            }
        }
        finally
        {
            interruption.finished();
        }
    }

    private static Checkpoint open(final Plan plan, final Path target, final PrintWriter err) throws IOException
    {
        try
        {
            return Checkpoint.open(target, plan.batch(), plan.resume(),
                    damaged -> err.println("forkcast: " + Printable.of(damaged)));
        }
        catch (IllegalStateException anotherBatch)
        {
            throw CommandException.usage(anotherBatch.getMessage());
        }
    }
}
