package forkcast.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import forkcast.reports.Batch;
import forkcast.reports.OutputFolder;
import forkcast.reports.OutputRefusedException;
import forkcast.reports.OutputRequest;
import forkcast.reports.Printable;
import forkcast.reports.SweepWriter;
import forkcast.scenarios.Checkpoint;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.ResourceEstimator;
import forkcast.scenarios.ResourceLimits;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.Sweep;
import forkcast.scenarios.SweepAxis;
import forkcast.sim.ReplicationFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code forkcast sweep}: the scenario at every point of a grid of varied values. */
@Command(usageHelpWidth = 100, name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a scenario at every point of a grid of values.",
                "Every point runs on the same traffic (the same seed).",
                "Writes sweep.csv (every metric of every point), curves with confidence bands and report.html."},
        footer = {"", "Example:", "  forkcast sweep scenarios/examples/quickstart.yaml \\",
                "      --vary recorders.rec-a.maxStreams=80..200:40"})
final class SweepCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private RunOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    private Path file;

    @Option(names = "--vary", required = true, paramLabel = "PATH=V1,V2,...|FROM..TO[:STEP]",
            description = "A value to vary, by dotted path. Several make a grid.")
    private List<String> vary;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder: new, empty, or forkcast"
            + " outputs, replaced as a whole (default: out/sweep-<scenario name>).")
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
        List<SweepAxis> axes = new ArrayList<>();
        try
        {
            for (String v : this.vary)
            {
                axes.add(SweepAxis.parse(v));
            }
        }
        catch (IllegalArgumentException e)
        {
            err.println("forkcast sweep: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        int points = Sweep.grid(axes).size();
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        int workers = this.options.workers();
        List<Sweep.Point> results;
        try
        {
            String name = loader.load(this.file, this.options.overrides).name();
            if (!ResourceGuard.allows("sweep", ResourceEstimator.batch(Sweep.points(loader, this.file,
                    this.options.overrides, axes, this.options.replications), workers), ResourceLimits.standard(),
                    this.options, err))
            {
                return ExitCodes.INVALID;
            }
            Path target = this.out != null ? this.out : Path.of("out", "sweep-" + name);
            String batch = Batch.identity("sweep", this.file, this.options.overrides, List.of("vary: " + String.join(" ", this.vary),
                    "seed: " + this.options.seed, "replications: " + this.options.replications));
            try (OutputFolder output = OutputFolder.claim(target, new OutputRequest("sweep", batch, this.options.force,
                    List.of(this.file), commandLine)))
            {
                if (!this.options.quiet)
                {
                    err.printf(Locale.ROOT, "forkcast: sweeping %s over %d points%n", name, points);
                }
                Checkpoint checkpoint = this.batchOptions.open(output.target(), batch,
                        damaged -> err.println("forkcast: " + Printable.of(damaged)));
                try (Progress progress = new Progress(err, "points", points, this.options.quiet))
                {
                    results = Sweep.run(loader, this.file, this.options.overrides, axes, this.options.seed,
                            this.options.replications, workers, checkpoint, p -> progress.step());
                }
                SweepWriter.write(results, axes, output, batch, commandLine, started);
                checkpoint.discard();
            }
            if (!this.options.quiet)
            {
                out.println("sweep: " + Printable.of(target.resolve("sweep.csv")));
                out.println("report: " + Printable.of(target.resolve("report.html")));
            }
            return ExitCodes.OK;
        }
        catch (OutputRefusedException e)
        {
            err.println("forkcast sweep: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        catch (IllegalStateException e)
        {
            err.println("forkcast sweep: " + Printable.of(e.getMessage()));
            return ExitCodes.INVALID;
        }
        catch (ScenarioException e)
        {
            e.errors().forEach(err::println);
            return ExitCodes.INVALID;
        }
        catch (ReplicationFailedException e)
        {
            err.println("forkcast: the run failed: " + Printable.of(e.getMessage()));
            return ExitCodes.RUN_FAILED;
        }
        catch (IOException e)
        {
            err.println("forkcast: cannot write the outputs: " + Printable.of(e.getMessage()));
            return ExitCodes.RUN_FAILED;
        }
        catch (UncheckedIOException e)
        {
            err.println("forkcast: cannot write the outputs: " + Printable.of(e.getMessage()));
            return ExitCodes.RUN_FAILED;
        }
    }
}
