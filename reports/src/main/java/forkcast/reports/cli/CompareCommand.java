package forkcast.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import forkcast.models.metrics.LinkMetrics;
import forkcast.reports.ComparisonWriter;
import forkcast.reports.OutputFolder;
import forkcast.reports.OutputRefusedException;
import forkcast.reports.OutputRequest;
import forkcast.reports.Printable;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.Comparison;
import forkcast.scenarios.ResourceEstimator;
import forkcast.scenarios.ResourceLimits;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioLoader;
import forkcast.sim.ReplicationFailedException;
import forkcast.sim.stats.MetricSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code forkcast compare}: alternatives on the same traffic, side by side with paired differences. */
@Command(usageHelpWidth = 100, name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run alternatives on the same traffic and compare them.",
                "With one file, the alternatives are the scenario and its variants; with several files,",
                "each file is an alternative (their variants are ignored). All run with the first one's seed",
                "and replications, so every metric's difference is paired replication by replication.",
                "Writes comparison.json, comparison.csv, report.html and charts/."},
        footer = {"", "Example:", "  forkcast compare scenarios/examples/branch-phone-vs-network.yaml"})
final class CompareCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private RunOptions options;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml", description = "A scenario with variants, or two or more scenarios.")
    private List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder: new, empty, or forkcast"
            + " outputs, replaced as a whole (default: out/compare-<first name>).")
    private Path out;

    @Override
    public Integer call()
    {
        Instant started = Instant.now();
        List<String> commandLine = this.options.commandLine();
        PrintWriter out = this.spec.commandLine().getOut();
        PrintWriter err = this.spec.commandLine().getErr();
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        List<Scenario> alternatives = new ArrayList<>();
        try
        {
            if (this.files.size() == 1)
            {
                alternatives.addAll(loader.loadAlternatives(this.files.get(0), this.options.overrides));
                if (alternatives.size() < 2)
                {
                    err.println(Printable.of(this.files.get(0)) + ": error: the scenario has no variants to compare; add 'variants'"
                            + " or give two or more files");
                    return ExitCodes.INVALID;
                }
            }
            else
            {
                for (Path file : this.files)
                {
                    alternatives.add(loader.load(file, this.options.overrides));
                }
            }
        }
        catch (ScenarioException e)
        {
            e.errors().forEach(err::println);
            return ExitCodes.INVALID;
        }
        List<String> names = alternatives.stream().map(Scenario::name).toList();
        if (names.stream().distinct().count() < names.size())
        {
            err.println("forkcast compare: two alternatives share a name: " + names);
            return ExitCodes.INVALID;
        }
        Scenario first = alternatives.get(0);
        int reps = this.options.replications != null ? this.options.replications : first.replications();
        long s = this.options.seed != null ? this.options.seed : first.seed();
        int workers = this.options.workers();
        if (reps < 2 || workers < 1)
        {
            err.println("forkcast compare: needs at least 2 replications (for paired intervals) and 1 thread");
            return ExitCodes.INVALID;
        }
        if (!ResourceGuard.allows("compare", ResourceEstimator.batch(alternatives.stream()
                .map(a -> a.withReplications(reps)).toList(), workers), ResourceLimits.standard(), this.options, err))
        {
            return ExitCodes.INVALID;
        }
        Path target = this.out != null ? this.out : Path.of("out", "compare-" + first.name());
        OutputFolder output;
        try
        {
            output = OutputFolder.claim(target, new OutputRequest("compare", null, this.options.force, this.files,
                    commandLine));
        }
        catch (OutputRefusedException e)
        {
            err.println("forkcast compare: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        catch (IOException e)
        {
            err.println("forkcast: cannot write the outputs to " + Printable.of(target) + ": "
                    + Printable.of(e.getMessage()));
            return ExitCodes.RUN_FAILED;
        }
        List<RunResult> results;
        try (output)
        {
            if (!this.options.quiet)
            {
                err.printf(Locale.ROOT, "forkcast: comparing %s, %d replications each on the same traffic%n",
                        String.join(", ", names), reps);
            }
            try
            {
                try (Progress progress = new Progress(err, "replications", (long) reps * alternatives.size(),
                        this.options.quiet))
                {
                    results = Comparison.run(alternatives, s, reps, workers, r -> progress.step());
                }
            }
            catch (IllegalArgumentException e)
            {
                err.println("forkcast compare: " + Printable.of(e.getMessage()));
                return ExitCodes.INVALID;
            }
            catch (ReplicationFailedException e)
            {
                err.println("forkcast: the run failed: " + Printable.of(e.getMessage()));
                return ExitCodes.RUN_FAILED;
            }
            try
            {
                ComparisonWriter.write(results, output, commandLine, started);
            }
            catch (IOException e)
            {
                err.println("forkcast: cannot write the outputs to " + Printable.of(target) + ": "
                        + Printable.of(e.getMessage()));
                return ExitCodes.RUN_FAILED;
            }
        }
        if (!this.options.quiet)
        {
            out.println("paired difference to " + names.get(0) + " (mean [95% CI]):");
            out.printf(Locale.ROOT, "%-38s", "metric");
            names.subList(1, names.size()).forEach(n -> out.printf(Locale.ROOT, "  %-28s", n));
            out.println();
            List<String> headline = new ArrayList<>(List.of("recording.blockingProbability", "recording.coverage",
                    "recording.redundantShare", "bhcc.busyHour.total"));
            results.get(0).results().metrics().values().stream().filter(m -> m.is(LinkMetrics.FORK_MBPS_MEAN))
                    .forEach(m -> headline.add(m.name()));
            for (String metric : headline)
            {
                out.printf(Locale.ROOT, "%-38s", metric.length() > 38 ? metric.substring(0, 37) + "…" : metric);
                for (RunResult r : results.subList(1, results.size()))
                {
                    MetricSummary d = ComparisonWriter.pairedDifference(results.get(0), r, metric);
                    out.printf(Locale.ROOT, "  %-28s", d.mean() == null ? "n/a"
                            : String.format(Locale.ROOT, "%+.4g [%+.4g, %+.4g]", d.mean(),
                                    d.ci95low() == null ? Double.NaN : d.ci95low(),
                                    d.ci95high() == null ? Double.NaN : d.ci95high()));
                }
                out.println();
            }
            out.println("report: " + Printable.of(target.resolve("report.html")));
        }
        return ExitCodes.OK;
    }
}
