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
import forkcast.reports.SweepWriter;
import forkcast.scenarios.Checkpoint;
import forkcast.scenarios.DeclaredMetrics;
import forkcast.scenarios.ReplicationEngine;
import forkcast.scenarios.ResourceEstimator;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.Suggestions;
import forkcast.scenarios.Sweep;
import forkcast.scenarios.SweepAxis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code forkcast sweep}: the scenario at every point of a grid of varied values. */
@Command(name = "sweep", description = {"Run a scenario at every point of a grid of values.", """
        Every point runs on the same traffic (the same seed). Writes sweep.csv (every metric of every point), \
        curves with confidence bands and report.html."""},
        resourceBundle = Examples.BUNDLE + "sweep")
final class SweepCommand extends GatedCommand<List<Sweep.Point>>
{
    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    private Path file;

    @Option(names = "--vary", order = 6, required = true, paramLabel = "PATH=V1,V2,...|FROM..TO[:STEP]",
            description = "A value to vary, by dotted path; a group (recorders.*.maxStreams,"
                    + " recorders.[a,b].maxStreams, or paths separated by commas) moves together. Several make a grid.")
    private List<String> vary;

    @Option(names = "--metric", order = 7, paramLabel = "METRIC", description = "A metric to chart as well, by its"
            + " name in summary.json (the report always charts the metrics that depend on the varied values)."
            + " Repeatable.")
    private List<String> asked = new ArrayList<>();

    @CommandLine.Mixin
    private BatchOptions batchOptions;

    private final List<SweepAxis> axes = new ArrayList<>();
    private final List<List<String>> members = new ArrayList<>();
    private ScenarioLoader loader;
    private Scenario base;

    @Override
    List<String> varied()
    {
        return this.vary;
    }

    @Override
    Plan plan(final ScenarioLoader scenarios, final PrintWriter err) throws ScenarioException, IOException
    {
        this.loader = scenarios;
        for (String v : this.vary)
        {
            this.axes.add(BatchOptions.axis(v));
        }
        Scenario base = scenarios.load(this.file, this.options.overrides());
        this.base = base;
        for (SweepAxis axis : this.axes)
        {
            this.members.add(scenarios.members(this.file, this.options.overrides(), axis.path()));
        }
        List<Scenario> points = Sweep.points(scenarios, this.file, this.options.overrides(), this.axes,
                this.options.replications);
        String batch = Batch.identity("sweep", this.file, this.options.overrides(), Batch.withDataFiles(List.of("vary: "
                + String.join(" ", this.vary), "seed: " + seed(), "replications: " + points.get(0).replications()), base));
        return Plan.of("sweep-" + base.name(), List.of(this.file), ResourceEstimator.batch(points,
                this.options.workers()), points.get(0).replications(), "sweeping " + base.name() + " over "
                + points.size() + " points", "replications", (long) points.size() * points.get(0).replications())
                .kept(batch, this.batchOptions.resume);
    }

    @Override
    List<Sweep.Point> simulate(final Checkpoint checkpoint, final Progress progress) throws ScenarioException
    {
        try (ReplicationEngine engine = this.engine.open(this.options.quiet))
        {
            return Sweep.run(this.loader, this.file, this.options.overrides(), this.axes, this.options.seed,
                    this.options.replications, this.options.workers(), engine, checkpoint, r -> progress.step(), null);
        }
    }

    @Override
    void write(final List<Sweep.Point> points, final OutputFolder output, final Plan plan,
            final List<String> commandLine, final Instant started) throws IOException
    {
        SweepWriter.write(points, this.axes, this.members, this.asked, Reproduction.of(List.of(this.base), seed(),
                plan.replications(), this.options.overrides(), this.vary, commandLine),
                output, plan.batch(), commandLine, started);
    }

    /** A {@code --metric} no run has is bad usage, found before anything runs. */
    @Override
    void checkOptions()
    {
        super.checkOptions();
        for (String metric : this.asked)
        {
            DeclaredMetrics.problem("--metric", metric).ifPresent(problem ->
            {
                throw CommandException.usage(problem);
            });
        }
    }

    /** A {@code --metric} the results do not have (an element's id in it) is bad usage, found only now. */
    @Override
    void checkBeforeWriting(final List<Sweep.Point> points)
    {
        super.checkBeforeWriting(points);
        var summaries = points.get(0).result().results().summaries().keySet();
        for (String metric : this.asked)
        {
            if (!summaries.contains(metric))
            {
                throw CommandException.usage("--metric: no metric '" + metric + "' in the results"
                        + Suggestions.didYouMean(metric, summaries) + " (summary.json of a run lists them)");
            }
        }
    }

    /** @return the seed every point runs with: {@code --seed}, else the scenario's */
    private long seed()
    {
        return this.options.seed != null ? this.options.seed : this.base.seed();
    }

    @Override
    List<Gates.Case> cases(final List<Sweep.Point> points)
    {
        List<Gates.Case> cases = new ArrayList<>();
        for (Sweep.Point p : points)
        {
            List<String> set = new ArrayList<>();
            for (int a = 0; a < this.axes.size(); a++)
            {
                set.add(this.axes.get(a).path() + "=" + p.values().get(a));
            }
            cases.add(new Gates.Case(String.join(" ", set), p.result()));
        }
        return cases;
    }

    @Override
    void print(final List<Sweep.Point> points, final PrintWriter out, final Path target)
    {
        SweepTable.lines(points, this.axes, this.members, this.asked).forEach(out::println);
        out.println("sweep: " + Printable.of(target.resolve("sweep.csv")));
        out.println("report: " + Printable.of(target.resolve("report.html")));
    }
}
