package forkcast.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import forkcast.reports.Batch;
import forkcast.reports.OutputFolder;
import forkcast.reports.OutputRefusedException;
import forkcast.reports.OutputRequest;
import forkcast.reports.Printable;
import forkcast.reports.SizeWriter;
import forkcast.scenarios.Checkpoint;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.ResourceLimits;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.Sizing;
import forkcast.scenarios.SizingTarget;
import forkcast.scenarios.SweepAxis;
import forkcast.sim.ReplicationFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code forkcast size}: the smallest value of a parameter that meets every target with confidence. */
@Command(usageHelpWidth = 100, name = "size", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Find the smallest value that meets every target.",
                "Targets are met when their one-sided confidence bound is on the right side.",
                "The parameter must be monotone: a larger value never does worse. Writes size.json and report.html."},
        footer = {"", "Example:", "  forkcast size scenarios/examples/quickstart.yaml \\",
                "      --vary recorders.rec-a.maxStreams=60..200:10 --target 'recording.blockingProbability<=0.01'"})
final class SizeCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private RunOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    private Path file;

    @Option(names = "--vary", required = true, paramLabel = "PATH=FROM..TO[:STEP]",
            description = "The parameter and its candidate values, smallest first.")
    private String vary;

    @Option(names = "--target", required = true, paramLabel = "METRIC<=X|METRIC>=X",
            description = "A target to meet. Repeatable.")
    private List<String> targets;

    @Option(names = "--confidence", paramLabel = "C", defaultValue = "0.95",
            description = "Confidence of the one-sided bounds (default: ${DEFAULT-VALUE}).")
    private double confidence;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder: new, empty, or forkcast"
            + " outputs, replaced as a whole (default: out/size-<scenario name>).")
    private Path out;

    @CommandLine.Mixin
    private BatchOptions batchOptions;

    @Override
    public Integer call()
    {
        Instant started = Instant.now();
        List<String> commandLine = this.options.commandLine();
        PrintWriter out = this.spec.commandLine().getOut();
        PrintWriter err = this.spec.commandLine().getErr();
        SweepAxis axis;
        List<SizingTarget> parsed = new ArrayList<>();
        try
        {
            axis = SweepAxis.parse(this.vary);
            for (String t : this.targets)
            {
                parsed.add(SizingTarget.parse(t));
            }
        }
        catch (IllegalArgumentException e)
        {
            err.println("forkcast size: " + Printable.of(e.getMessage()));
            return ExitCodes.INVALID;
        }
        if (!(this.confidence > 0.5 && this.confidence < 1))
        {
            err.println("forkcast size: --confidence must be between 0.5 and 1");
            return ExitCodes.INVALID;
        }
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        int workers = this.options.workers();
        try
        {
            String name = loader.load(this.file, this.options.overrides).name();
            if (!ResourceGuard.allows("size", Sizing.estimate(loader, this.file, this.options.overrides, axis,
                    this.options.replications, workers), ResourceLimits.standard(), this.options, err))
            {
                return ExitCodes.INVALID;
            }
            Path target = this.out != null ? this.out : Path.of("out", "size-" + name);
            String batch = Batch.identity("size", this.file, this.options.overrides, List.of("vary: " + this.vary,
                    "targets: " + String.join(" ", this.targets), "confidence: " + this.confidence, "seed: " + this.options.seed,
                    "replications: " + this.options.replications));
            Sizing.Result result;
            try (OutputFolder output = OutputFolder.claim(target, new OutputRequest("size", batch, this.options.force,
                    List.of(this.file), commandLine)))
            {
                Checkpoint checkpoint = this.batchOptions.open(output.target(), batch,
                        damaged -> err.println("forkcast: " + Printable.of(damaged)));
                try (Progress progress = new Progress(err, "values",
                        (int) Math.ceil(Math.log(axis.values().size()) / Math.log(2)) + 2, this.options.quiet))
                {
                    result = Sizing.run(loader, this.file, this.options.overrides, axis, parsed, this.confidence,
                            this.options.seed, this.options.replications, workers, checkpoint, e -> progress.step());
                }
                SizeWriter.write(result, output, batch, commandLine, started);
                checkpoint.discard();
            }
            if (!this.options.quiet)
            {
                out.println(SizeWriter.sentence(result));
                out.println("report: " + Printable.of(target.resolve("report.html")));
            }
            return result.value() == null ? ExitCodes.RUN_FAILED : ExitCodes.OK;
        }
        catch (OutputRefusedException e)
        {
            err.println("forkcast size: " + Printable.of(e.getMessage()));
            return ExitCodes.INVALID;
        }
        catch (ScenarioException e)
        {
            e.errors().forEach(err::println);
            return ExitCodes.INVALID;
        }
        catch (IllegalStateException e)
        {
            err.println("forkcast size: " + Printable.of(e.getMessage()));
            return ExitCodes.INVALID;
        }
        catch (Sizing.UnknownMetricException e)
        {
            err.println("forkcast size: " + Printable.of(e.getMessage()));
            return ExitCodes.INVALID;
        }
        catch (ReplicationFailedException e)
        {
            err.println("forkcast: the run failed: " + Printable.of(e.getMessage()));
            return ExitCodes.RUN_FAILED;
        }
        catch (IOException | UncheckedIOException e)
        {
            err.println("forkcast: cannot write the outputs: " + Printable.of(e.getMessage()));
            return ExitCodes.RUN_FAILED;
        }
    }

}
