package forkcast.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import forkcast.reports.Batch;
import forkcast.reports.OutputFolder;
import forkcast.reports.Printable;
import forkcast.reports.Reproduction;
import forkcast.reports.SizeWriter;
import forkcast.scenarios.Checkpoint;
import forkcast.scenarios.DeclaredMetrics;
import forkcast.scenarios.ReplicationEngine;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.Sizing;
import forkcast.scenarios.SizingTarget;
import forkcast.scenarios.SweepAxis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code forkcast size}: the smallest value of a parameter that meets every target with confidence. */
@Command(name = "size", description = {"Find the smallest value that meets every target.", """
        Targets are met when their one-sided confidence bound \
        is on the right side. The parameter must be monotone: a larger value never does worse. Writes size.json \
        and report.html."""},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.LIST_SIZED, ExitCodes.LIST_FAILED, ExitCodes.LIST_INVALID, ExitCodes.LIST_NOT_SIZED},
        resourceBundle = Examples.BUNDLE + "size")
final class SizeCommand extends SimulatingCommand<Sizing.Result>
{
    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    private Path file;

    @Option(names = "--vary", order = 6, required = true, paramLabel = "PATH=FROM..TO[:STEP]",
            description = "The parameter and its candidate values, smallest first. PATH may name a group"
                    + " (recorders.*.maxStreams, recorders.[a,b].maxStreams, or paths separated by commas):"
                    + " one value is applied to every member.")
    private String vary;

    @Option(names = "--target", order = 7, required = true, paramLabel = "METRIC<=X|METRIC>=X",
            description = "A target to meet; X may be a percentage (recording.blockingProbability<1%%)."
                    + " Repeatable.")
    private List<String> targets;

    @Option(names = "--confidence", order = 8, paramLabel = "C", defaultValue = "0.95",
            description = "Confidence that the answer meets the targets (default: ${DEFAULT-VALUE}); the up to three"
                    + " looks at a value (n, 2n, 4n replications) share it.")
    private double confidence;

    @CommandLine.Mixin
    private BatchOptions batchOptions;

    private final List<SizingTarget> parsed = new ArrayList<>();
    private SweepAxis axis;
    private ScenarioLoader loader;
    private Scenario base;
    private List<String> members;

    @Override
    void checkOptions()
    {
        for (String t : this.targets)
        {
            SizingTarget target;
            try
            {
                target = SizingTarget.parse(t);
            }
            catch (IllegalArgumentException e)
            {
                throw new ParameterException(this.spec.commandLine(), e.getMessage());
            }
            // a misspelt metric before the first evaluation; an element's id in it, after it (Sizing)
            DeclaredMetrics.problem("--target", target.metric()).ifPresent(problem ->
            {
                throw new ParameterException(this.spec.commandLine(), problem);
            });
            this.parsed.add(target);
        }
        if (!(this.confidence > 0.5 && this.confidence < 1))
        {
            throw new ParameterException(this.spec.commandLine(), "--confidence must be between 0.5 and 1, not "
                    + this.confidence);
        }
        this.axis = BatchOptions.axis(this.vary);
    }

    @Override
    String quietHelp()
    {
        return "Print only errors and the answer (no progress, warnings or report path).";
    }

    /** A sizing's total is an estimate: more replications run where an interval straddles a target. */
    @Override
    boolean knowsItsTotal()
    {
        return false;
    }

    @Override
    List<String> varied()
    {
        return List.of(this.vary);
    }

    @Override
    Plan plan(final ScenarioLoader scenarios, final PrintWriter err) throws ScenarioException, IOException
    {
        this.loader = scenarios;
        Scenario base = scenarios.load(this.file, this.options.overrides());
        this.base = base;
        this.members = scenarios.members(this.file, this.options.overrides(), this.axis.path());
        int reps = Math.max(2, this.options.replications != null ? this.options.replications : base.replications());
        String batch = Batch.identity("size", this.file, this.options.overrides(), Batch.withDataFiles(List.of(
                "vary: " + this.vary, "targets: " + String.join(" ", this.targets), "confidence: " + this.confidence,
                "seed: " + seed(), "replications: " + reps), base));
        return Plan.of("size-" + base.name(), List.of(this.file), Sizing.estimate(scenarios, this.file,
                this.options.overrides(), this.axis, this.options.replications, this.options.workers()), reps,
                "sizing " + base.name() + " over " + this.axis.values().size() + " values of " + this.axis.path(),
                "replications", ((int) Math.ceil(Math.log(this.axis.values().size()) / Math.log(2)) + 2)
                        * (long) Math.max(2, reps))
                .kept(batch, this.batchOptions.resume);
    }

    @Override
    Sizing.Result simulate(final Checkpoint checkpoint, final Progress progress) throws ScenarioException
    {
        try (ReplicationEngine engine = this.engine.open(this.options.quiet))
        {
            return Sizing.run(this.loader, this.file, this.options.overrides(), this.axis, this.parsed, this.confidence,
                    this.options.seed, this.options.replications, this.options.workers(), engine, checkpoint,
                    r -> progress.step(), null);
        }
        catch (Sizing.UnknownMetricException e)
        {
            throw CommandException.usage(e.getMessage());
        }
    }

    @Override
    void write(final Sizing.Result result, final OutputFolder output, final Plan plan, final List<String> commandLine,
            final Instant started) throws IOException
    {
        SizeWriter.write(result, this.members, new Reproduction(this.base.name(), this.file.toString(), seed(),
                plan.replications(), this.options.overrides(), List.of(this.vary), commandLine), output, plan.batch(),
                commandLine, started);
    }

    /** @return the seed every evaluation runs with: {@code --seed}, else the scenario's */
    private long seed()
    {
        return this.options.seed != null ? this.options.seed : this.base.seed();
    }

    /**
     * The answer is printed even with --quiet, which hides progress and the rest of the summary: a range with no
     * value that meets the targets is an answer too (exit 3), not a failure.
     * @return 0 when a value meets every target, 3 when none in the range does
     */
    @Override
    int summarise(final Sizing.Result result, final PrintWriter out, final PrintWriter err, final Path target)
    {
        // wrapped at words, as every line of the terminal (a terminal of 80 columns broke it inside a metric's name);
        // size.json has it as one string for a script
        TerminalText.fill(SizeWriter.sentence(result), "  ").forEach(out::println);
        if (!this.options.quiet)
        {
            result.warnings().forEach(w -> TerminalText.fill("warning: " + w, "  ").forEach(out::println));
            out.println("report: " + Printable.of(target.resolve("report.html")));
        }
        return result.value() == null ? ExitCodes.TARGET_NOT_MET : ExitCodes.OK;
    }
}
