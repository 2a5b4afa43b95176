package forkcast.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import forkcast.models.metrics.ClusterMetrics;
import forkcast.models.metrics.LinkMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.reports.ComparisonWriter;
import forkcast.reports.OutputFolder;
import forkcast.reports.Printable;
import forkcast.scenarios.Checkpoint;
import forkcast.scenarios.Comparison;
import forkcast.scenarios.ResourceEstimator;
import forkcast.scenarios.ReplicationEngine;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.ScenarioSource;
import forkcast.sim.metrics.MetricKind;
import forkcast.sim.stats.MetricSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code forkcast compare}: alternatives on the same traffic, side by side with paired differences. */
@Command(name = "compare", description = {"Run alternatives on the same traffic and compare them.", """
        With one file, the alternatives are the scenario \
        and its variants; with several files, each file is an alternative (their variants are ignored). All run \
        with the first one's seed and replications, so every metric's difference is paired replication by \
        replication. Writes comparison.json, comparison.csv, report.html and charts/."""},
        footerHeading = Examples.HEADING,
        footer = {"A scenario and its variants (phone-based against network-based recording):", "",
                "  forkcast compare scenarios/examples/branch-phone-vs-network.yaml", "",
                "Two scenario files, each an alternative:", "",
                "  forkcast compare scenarios/examples/network-vs-phone.yaml \\",
                "      scenarios/examples/branch-phone-vs-network.yaml"})
final class CompareCommand extends GatedCommand<List<RunResult>>
{
    @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml", description = "A scenario with variants, or two or more scenarios.")
    private List<Path> files;

    private final List<Scenario> alternatives = new ArrayList<>();

    /** What each alternative was loaded from, in the same order, for an engine that rebuilds it elsewhere. */
    private final List<ScenarioSource> sources = new ArrayList<>();

    @picocli.CommandLine.Mixin
    private TargetOptions targetOptions;
    private long seed;
    private int replications;

    @Override
    Plan plan(final ScenarioLoader loader, final PrintWriter err) throws ScenarioException
    {
        if (this.files.size() == 1)
        {
            this.alternatives.addAll(loader.loadAlternatives(this.files.get(0), this.options.overrides));
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
                this.alternatives.add(loader.load(file, this.options.overrides));
            }
        }
        for (int a = 0; a < this.alternatives.size(); a++)
        {
            // what an engine rebuilds each alternative from: the file's text as loaded here, and which variant it is
            Scenario alternative = this.alternatives.get(a);
            boolean variant = this.files.size() == 1 && a > 0;
            Path file = this.files.get(this.files.size() == 1 ? 0 : a);
            this.sources.add(new ScenarioSource(file.toAbsolutePath().toString(),
                    alternative.text().getBytes(StandardCharsets.UTF_8), this.options.overrides, List.of(),
                    variant ? alternative.name() : null));
        }
        this.alternatives.replaceAll(this.targetOptions::apply);
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
                String.format(Locale.ROOT, "comparing %s, %d replications each on the same traffic",
                        String.join(", ", names), this.replications),
                "replications", (long) this.replications * this.alternatives.size());
    }

    private List<String> names()
    {
        return this.alternatives.stream().map(Scenario::name).toList();
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
        ComparisonWriter.write(results, output, commandLine, started);
    }

    @Override
    List<Gates.Case> cases(final List<RunResult> results)
    {
        return results.stream().map(r -> new Gates.Case(r.scenario().name(), r)).toList();
    }

    @Override
    void print(final List<RunResult> results, final PrintWriter out, final Path target)
    {
        List<String> names = names();
        for (String line : ComparisonWriter.verdictLines(results))
        {
            out.println(line);
        }
        out.println("mean, and for each alternative its paired difference to " + names.get(0) + " [95% CI]"
                + " (shares in %, their differences in percentage points):");
        out.printf(Locale.ROOT, "%-38s  %-12s", "metric", names.get(0).length() > 12 ? names.get(0).substring(0, 11)
                + "…" : names.get(0));
        names.subList(1, names.size()).forEach(n -> out.printf(Locale.ROOT, "  %-40s", n));
        out.println();
        List<String> headline = new ArrayList<>(Stream.of(RecordingMetrics.BLOCKING_PROBABILITY,
                RecordingMetrics.COVERAGE, RecordingMetrics.REDUNDANT_SHARE, ClusterMetrics.BHCC_TOTAL)
                .map(d -> d.of().name()).toList());
        results.get(0).results().metrics().values().stream().filter(m -> m.is(LinkMetrics.FORK_MBPS_MEAN))
                .forEach(m -> headline.add(m.name()));
        for (String metric : headline)
        {
            boolean ratio = results.get(0).results().metric(metric).descriptor().kind() == MetricKind.RATIO;
            out.printf(Locale.ROOT, "%-38s  %-12s", metric.length() > 38 ? metric.substring(0, 37) + "…" : metric,
                    value(results.get(0).results().summary(metric).mean(), ratio));
            for (RunResult r : results.subList(1, results.size()))
            {
                MetricSummary d = ComparisonWriter.pairedDifference(results.get(0), r, metric);
                Double mean = r.results().summary(metric).mean();
                String value = value(mean, ratio);
                double scale = d.mean() == null ? 0 : Math.max(Math.abs(d.mean()), Math.max(abs(mean),
                        abs(results.get(0).results().summary(metric).mean())));
                out.printf(Locale.ROOT, "  %-40s", d.mean() == null ? value + " (n/a)" : value + " (" + difference(
                        d.mean(), ratio, scale) + " [" + difference(d.ci95low(), ratio, scale) + ", "
                        + difference(d.ci95high(), ratio, scale) + "])");
            }
            out.println();
        }
        out.println("report: " + Printable.of(target.resolve("report.html")));
    }

    /** @return a mean as the report shows it: a share in percent */
    private static String value(final Double v, final boolean ratio)
    {
        return v == null ? "n/a" : ratio ? String.format(Locale.ROOT, "%.2f%%", v * 100) : Figures.of(v);
    }

    private static double abs(final Double v)
    {
        return v == null || v.isNaN() ? 0 : Math.abs(v);
    }

    /** @return a difference, signed: of shares in percentage points, of others to the decimals of the means */
    private static String difference(final Double d, final boolean ratio, final double scale)
    {
        if (d == null || d.isNaN())
        {
            return "n/a";
        }
        return ratio ? String.format(Locale.ROOT, "%+.2f pp", d * 100) : Figures.difference(d, scale);
    }
}
