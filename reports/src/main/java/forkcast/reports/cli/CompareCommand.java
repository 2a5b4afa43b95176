package forkcast.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import forkcast.reports.ComparisonWriter;
import forkcast.reports.OutputFolder;
import forkcast.reports.Printable;
import forkcast.reports.Reproduction;
import forkcast.reports.TrafficDifference;
import forkcast.scenarios.Checkpoint;
import forkcast.scenarios.Comparison;
import forkcast.scenarios.ResourceEstimator;
import forkcast.scenarios.ReplicationEngine;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.ScenarioSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code forkcast compare}: alternatives on the same traffic, side by side with paired differences. */
@Command(name = "compare", description = {"Run alternatives on the same traffic and compare them.", """
        With one file, the alternatives are the scenario \
        and its variants; with several files, each file is an alternative (their variants are ignored). All run \
        with the first one's seed and replications, so every metric's difference is paired replication by \
        replication. Files whose traffic streams differ are compared with a warning: their differences are then \
        not like for like. Writes comparison.json, comparison.csv, report.html and charts/."""},
        resourceBundle = Examples.BUNDLE + "compare")
final class CompareCommand extends GatedCommand<List<RunResult>>
{
    @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml", description = "A scenario with variants, or two or more scenarios.")
    private List<Path> files;

    private final List<Scenario> alternatives = new ArrayList<>();

    /** What each alternative was loaded from, in the same order, for an engine that rebuilds it elsewhere. */
    private final List<ScenarioSource> sources = new ArrayList<>();

    @picocli.CommandLine.Mixin
    private TargetOptions targetOptions;
    /** What differs in the alternatives' traffic, or null when they all have the first one's. */
    private String trafficWarning;
    private long seed;
    private int replications;

    @Override
    Plan plan(final ScenarioLoader loader, final PrintWriter err) throws ScenarioException
    {
        if (this.files.size() == 1)
        {
            this.alternatives.addAll(loader.loadAlternatives(this.files.get(0), this.options.overrides()));
            if (this.alternatives.size() < 2)
            {
                throw CommandException.usage(Printable.of(this.files.get(0)) + ": the scenario has no variants to"
                        + " compare; add 'variants' or give two or more files");
            }
        }
        else
        {
            for (Path file : this.files)
            {
                this.alternatives.add(loader.load(file, this.options.overrides()));
            }
        }
        for (int a = 0; a < this.alternatives.size(); a++)
        {
            // what an engine rebuilds each alternative from: the file's text as loaded here, and which variant it is
            Scenario alternative = this.alternatives.get(a);
            boolean variant = this.files.size() == 1 && a > 0;
            Path file = this.files.get(this.files.size() == 1 ? 0 : a);
            this.sources.add(new ScenarioSource(file.toAbsolutePath().toString(),
                    alternative.text().getBytes(StandardCharsets.UTF_8), this.options.overrides(), List.of(),
                    variant ? alternative.name() : null));
        }
        this.alternatives.replaceAll(this.targetOptions::apply);
        this.trafficWarning = TrafficDifference.warning(this.alternatives);
        List<String> names = names();
        if (names.stream().distinct().count() < names.size())
        {
            throw CommandException.usage("two alternatives share a name: " + names);
        }
        Scenario first = this.alternatives.get(0);
        this.replications = this.options.replications != null ? this.options.replications : first.replications();
        this.seed = this.options.seed != null ? this.options.seed : first.seed();
        if (this.replications < 2)
        {
            throw CommandException.usage("needs at least 2 replications (for paired intervals), not " + this.replications);
        }
        for (Scenario alternative : this.alternatives)
        {
            if (!alternative.window().equals(first.window()))
            {
                throw CommandException.usage("alternative " + alternative.name() + " has another run window ("
                        + alternative.window() + ") than " + first.name() + "; paired differences need the same");
            }
        }
        return Plan.of("compare-" + first.name(), this.files, ResourceEstimator.batch(this.alternatives.stream()
                .map(a -> a.withReplications(this.replications)).toList(), this.options.workers()), this.replications,
                String.format(Locale.ROOT, "comparing %s, %d replications each %s", String.join(", ", names),
                        this.replications, this.trafficWarning == null ? "on the same traffic"
                                : "(their traffic differs: see the warning below)"),
                "replications", (long) this.replications * this.alternatives.size());
    }

    private List<String> names()
    {
        return this.alternatives.stream().map(Scenario::name).toList();
    }

    /** A --target is checked before the scenario is read: a misspelt metric costs no run. */
    @Override
    void checkOptions()
    {
        super.checkOptions();
        this.targetOptions.parsed();
    }

    @Override
    void checkBeforeWriting(final List<RunResult> result)
    {
        super.checkBeforeWriting(result);
        this.targetOptions.checkMetrics(cases(result));
    }

    @Override
    List<RunResult> simulate(final Checkpoint checkpoint, final Progress progress)
    {
        try (ReplicationEngine engine = this.engine.open(this.options.quiet))
        {
            return Comparison.run(this.alternatives, this.sources, engine, this.seed, this.replications,
                    this.options.workers(), r -> progress.step());
        }
    }

    @Override
    void write(final List<RunResult> results, final OutputFolder output, final Plan plan,
            final List<String> commandLine, final Instant started) throws IOException
    {
        ComparisonWriter.write(results, output, Reproduction.of(results.stream().map(RunResult::scenario).toList(),
                this.seed, this.replications, this.options.overrides(), List.of(), commandLine), started);
    }

    @Override
    List<Gates.Case> cases(final List<RunResult> results)
    {
        return results.stream().map(r -> new Gates.Case(r.scenario().name(), r)).toList();
    }

    @Override
    void print(final List<RunResult> results, final PrintWriter out, final Path target)
    {
        if (this.trafficWarning != null)
        {
            TerminalText.fill("warning: " + this.trafficWarning, "  ").forEach(out::println);
        }
        for (String line : ComparisonWriter.verdictLines(results))
        {
            // an alternative's line continues under its name; a line of elements only one side has, under itself
            TerminalText.wrap(line, line.startsWith("      ") ? "        " : "      ").forEach(out::println);
        }
        for (String line : ComparisonWriter.billLines(results))
        {
            TerminalText.wrap(line, "      ").forEach(out::println);
        }
        CompareTable.lines(results).forEach(out::println);
        out.println("report: " + Printable.of(target.resolve("report.html")));
    }
}
