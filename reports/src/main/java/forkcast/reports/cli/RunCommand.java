package forkcast.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import forkcast.models.metrics.CallMetrics;
import forkcast.models.metrics.ClusterMetrics;
import forkcast.models.metrics.ElementMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.reports.Answer;
import forkcast.reports.BillConfirmation;
import forkcast.reports.BillOfMaterials;
import forkcast.reports.GoalVerdict;
import forkcast.reports.OutputFolder;
import forkcast.reports.Printable;
import forkcast.reports.Reproduction;
import forkcast.reports.RunReportWriter;
import forkcast.reports.Verdict;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.Checkpoint;
import forkcast.scenarios.ReplicationEngine;
import forkcast.scenarios.ResourceEstimator;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.ScenarioRunner;
import forkcast.scenarios.ScenarioSource;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.metrics.MetricKind;
import forkcast.sim.stats.MetricSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code forkcast run}: simulate a scenario and write its outputs. */
@Command(name = "run", description = {"Simulate a scenario and write its report.", """
        report.html, summary.json, timeseries.csv, replications.json, scenario.yaml, run.json and charts/ (and \
        trace.csv with --trace) go into the output folder, which is replaced as a whole when the run succeeds. \
        --out must be new, empty, \
        or a folder of forkcast outputs; anything else is refused (exit 2) before the run, and so is a folder \
        another run is writing."""},
        resourceBundle = Examples.BUNDLE + "run")
final class RunCommand extends GatedCommand<RunResult>
{
    /** The column of the figures' labels. */
    private static final int LABEL_WIDTH = 34;

    /** Where a verdict's or target's continuation lines start: past "  OVER  ". */
    private static final String STATUS_INDENT = " ".repeat(8);

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    private Path scenarioFile;

    private int trace;

    private Scenario scenario;

    /** What the scenario was loaded from, for an engine that rebuilds it elsewhere. */
    private ScenarioSource source;

    @picocli.CommandLine.Mixin
    private TargetOptions targetOptions;

    @Option(names = "--trace", order = 14, paramLabel = "N", description = "Write trace.csv: the lifecycle events of the first N calls"
            + " of replication 1 (time, call, event, detail).")
    void trace(final int calls)
    {
        if (calls < 0)
        {
            throw new ParameterException(this.spec.commandLine(), "--trace must be 0 or more, not " + calls);
        }
        this.trace = calls;
    }

    @Override
    Plan plan(final ScenarioLoader loader, final PrintWriter err) throws ScenarioException
    {
        Scenario s = withOptions(loader.load(this.scenarioFile, this.options.overrides()));
        if (!this.engine.inProcess())
        {
            planEngine(s);
        }
        if (!this.options.quiet)
        {
            s.warnings().forEach(err::println);
        }
        this.scenario = s;
        int workers = this.options.workers();
        return Plan.of(s.name(), List.of(this.scenarioFile), ResourceEstimator.run(s, workers), s.replications(),
                String.format(Locale.ROOT, "running %s, %d replications of %s%s", s.name(), s.replications(),
                        describe(s), !this.engine.inProcess() ? "" // the engine says where, once started
                                : String.format(Locale.ROOT, " on %d thread%s", workers, workers == 1 ? "" : "s")),
                "replications", s.replications());
    }

    private void planEngine(final Scenario loaded)
    {
        if (this.trace > 0)
        {
            throw CommandException.usage("--trace needs --engine threads (the trace is collected in this process)");
        }
        // the text as loaded here (not the file read again), under its absolute name so that the data files it names
        // are found from an executor's own working folder
        this.source = new ScenarioSource(this.scenarioFile.toAbsolutePath().toString(),
                loaded.text().getBytes(StandardCharsets.UTF_8), this.options.overrides());
    }

    /**
     * The run's scenario as it was given, re-read from the saved copy of its file ({@code forkcast report}): the same
     * overrides and options as the run, the same source name.
     */
    Scenario reload(final ScenarioLoader loader, final byte[] savedCopy) throws ScenarioException
    {
        this.options.settle(varied()); // as the run did: --scale-traffic becomes its override
        return withOptions(loader.load(this.scenarioFile.toString(), savedCopy, this.options.overrides()));
    }

    /** Every option that changes the loaded scenario, in one place, so that {@link #reload} applies them too. */
    private Scenario withOptions(final Scenario loaded)
    {
        Scenario s = loaded;
        if (this.options.replications != null)
        {
            s = s.withReplications(this.options.replications);
        }
        if (this.options.seed != null)
        {
            s = s.withSeed(this.options.seed);
        }
        return this.targetOptions.apply(s);
    }

    /** A --target is checked before the scenario is read: a misspelt metric costs no run. */
    @Override
    void checkOptions()
    {
        super.checkOptions();
        this.targetOptions.parsed();
    }

    @Override
    void checkBeforeWriting(final RunResult result)
    {
        super.checkBeforeWriting(result);
        this.targetOptions.checkMetrics(cases(result));
    }

    @Override
    RunResult simulate(final Checkpoint checkpoint, final Progress progress)
    {
        if (!this.engine.inProcess())
        {
            try (ReplicationEngine replications = this.engine.open(this.options.quiet))
            {
                return ScenarioRunner.run(this.scenario, this.source, replications, this.options.workers(),
                        r -> progress.step());
            }
        }
        return ScenarioRunner.run(this.scenario, this.options.workers(), r -> progress.step(), this.trace);
    }

    @Override
    void write(final RunResult result, final OutputFolder output, final Plan plan, final List<String> commandLine,
            final Instant started) throws IOException
    {
        RunReportWriter.write(result, output, Catalog.builtIn(), reproduction(result.scenario(), commandLine),
                started);
    }

    /**
     * @param run the scenario as this command loaded it (its overrides and options applied)
     * @param commandLine this command's line, as run.json holds it
     * @return how the run is run again, as its report shows it: built alike by the run and by {@code forkcast report}
     */
    Reproduction reproduction(final Scenario run, final List<String> commandLine)
    {
        return Reproduction.ofRun(run, this.options.overrides(), commandLine);
    }

    @Override
    List<Gates.Case> cases(final RunResult result)
    {
        return List.of(new Gates.Case("", result));
    }

    @Override
    void print(final RunResult result, final PrintWriter out, final Path target)
    {
        // every line at most TerminalText.WIDTH: a terminal breaking a longer one splits numbers ("peak 1141" / "6 of
        // 25000"); continuation lines are indented past the status column, so that each item reads as one
        wrapped(out, String.format(Locale.ROOT, "%s: %d replications, mean and 95%% CI", result.scenario().name(),
                result.scenario().replications()), "  ");
        Answer answer = Answer.of(result);
        wrapped(out, "  " + answer.headline(), "    ");
        line(out, result, CallMetrics.CONNECTED.total(), "calls connected");
        line(out, result, RecordingMetrics.ESTABLISHED.total(), "recording sessions established");
        line(out, result, RecordingMetrics.BLOCKING_PROBABILITY, "recording blocking probability");
        line(out, result, RecordingMetrics.COVERAGE, "recording coverage");
        line(out, result, ClusterMetrics.BHCC_TOTAL, "BHCC in the busy hour");
        line(out, result, ClusterMetrics.CTI_PEAK, "CTI messages/s, busiest interval");
        // the recording streams once per session, as phones and gateways send them; then as recorders and CUBEs
        // receive them, where a session through a CUBE counts once more per copy (docs/metrics.md): neither is a
        // link's bandwidth, which the report's Links table gives
        line(out, result, ElementMetrics.SOURCE_FORK_PEAK, "recording streams sent by phones and gateways, peak"
                + " Mbit/s");
        line(out, result, ElementMetrics.FORK_BANDWIDTH.peak(), "recording streams into CUBEs and recorders, peak"
                + " Mbit/s");
        out.println("verdicts:");
        for (Verdict v : answer.verdicts())
        {
            wrapped(out, verdictLine(v), STATUS_INDENT);
        }
        out.println("targets:");
        for (GoalVerdict g : answer.goals())
        {
            boolean ratio = "ratio".equals(result.results().unit(g.goal().metric()));
            wrapped(out, String.format(Locale.ROOT, "  %-4s  %s: %s (target %s %s)", g.status(), g.goal().label(),
                    Figures.against(g.value().mean(), g.goal().limit(), ratio), g.goal().atMost() ? "<=" : ">=",
                    ratio ? Figures.target(g.goal().limit()) : Figures.exact(g.goal().limit())), STATUS_INDENT);
        }
        if (!answer.bill().isEmpty())
        {
            out.println("bill of materials at the targets:");
            // the element column as wide as its longest entry, so that every quantity starts in one column
            int width = answer.bill().stream().mapToInt(l -> l.element().length()).max().orElse(0);
            Map<String, Integer> decimals = BillOfMaterials.decimals(answer.bill());
            for (BillOfMaterials.Line line : answer.bill())
            {
                wrapped(out, billLine(line, width, decimals), "    ");
            }
            BillConfirmation confirm = answer.confirmation();
            // a note, as a bill line's, continues indented: one item, its settings part of it; where nothing is to
            // be set, it says that this run is the one that confirms the bill
            wrapped(out, "  " + confirm.note(), "    ");
            // one setting a line, continued as a shell continues a command, so that it pastes as it is and
            // fits the terminal however many there are
            for (int i = 0; i < confirm.settings().size(); i++)
            {
                out.println("    " + confirm.settings().get(i) + (i < confirm.settings().size() - 1 ? " \\" : ""));
            }
            if (!confirm.unsizedNote().isEmpty())
            {
                wrapped(out, "  " + confirm.unsizedNote(), "    ");
            }
            if (confirm.agents().refused())
            {
                wrapped(out, "  " + confirm.agents().note(), "    ");
            }
        }

        out.println("report: " + Printable.of(target.resolve("report.html")));
    }

    /** At words: a comma inside a label ("(peak, busier direction)") is no place to break, as it is in a list. */
    private static void wrapped(final PrintWriter out, final String line, final String indent)
    {
        TerminalText.fill(line, indent).forEach(out::println);
    }

    /**
     * @return a line of the bill of materials as the terminal shows it, the element padded to {@code width}: the
     *         quantity as the report gives it, already rounded up to what is bought (138, 0.5, 17.9), to its unit's
     *         {@code decimals} (6.0 beside 17.9 Mbit/s), or "not used" with the 0 it stands for
     */
    static String billLine(final BillOfMaterials.Line line, final int width, final Map<String, Integer> decimals)
    {
        String quantity = (line.used() ? BillOfMaterials.quantity(line, decimals) : "0") + " " + line.unit();
        return String.format(Locale.ROOT, "  %-" + width + "s  %s", line.element(),
                line.used() ? quantity : BillOfMaterials.Line.NOT_USED + " (" + quantity + ")");
    }

    /**
     * @return a verdict as the terminal shows it; FULL is judged by the largest peak of any replication, which a mean
     *         peak below the limit does not show, so that line gives it, or by what the element refused short of its
     *         limit (a CAC budget), which the line says
     */
    static String verdictLine(final Verdict v)
    {
        boolean ratio = "ratio".equals(v.metric().unit());
        boolean below = v.peak().mean() != null && v.peak().mean() < v.limit();
        boolean reached = v.peak().max() != null && v.peak().max() >= v.limit();
        // the largest peak is one replication's, as it is; the mean peak to the decimals its interval supports
        String max = v.peak().max() == null ? "n/a" : ratio ? Figures.of(v.peak().max(), true)
                : Figures.exactly(v.peak().max());
        String why = !"FULL".equals(v.status()) || !below ? ""
                : reached ? " (reached in a replication: max " + max + ")"
                        : " (refused work short of it: max " + max + ")";
        return String.format(Locale.ROOT, "  %-4s  %s: peak %s of %s%s%s", v.status(), v.label(),
                ratio ? Figures.of(v.peak().mean(), true) : mean(v.peak()),
                ratio ? Figures.of(v.limit(), true) : Figures.exact(v.limit()),
                v.assumed() ? Verdict.ASSUMED : "", why);
    }

    private static String describe(final Scenario s)
    {
        return String.format(Locale.ROOT, "%s min (+%s min warm-up)", trim(s.window().duration() / 60),
                trim(s.window().warmup() / 60));
    }

    private static String trim(final double v)
    {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static void line(final PrintWriter out, final RunResult result, final MetricDescriptor metric,
            final String label)
    {
        MetricSummary m = result.results().summary(metric.of().name());
        boolean ratio = metric.kind() == MetricKind.RATIO;
        String shown = label;
        if (label.length() > LABEL_WIDTH)
        {
            // a label longer than its column on a line of its own, its figures below in their column
            out.println("  " + label);
            shown = "";
        }
        if (ratio || m.mean() == null || m.ci95low() == null || m.ci95high() == null)
        {
            out.printf(Locale.ROOT, "  %-" + LABEL_WIDTH + "s %s  [%s, %s]%n", shown, Figures.of(m.mean(), ratio),
                    Figures.of(m.ci95low(), ratio), Figures.of(m.ci95high(), ratio));
            return;
        }
        // the mean and its bounds to the decimals the interval supports (102 [80, 123], not 102 [79.96, 123])
        Integer decimals = Figures.supported(Figures.half(m.mean(), m.ci95low(), m.ci95high()));
        out.printf(Locale.ROOT, "  %-" + LABEL_WIDTH + "s %s  [%s, %s]%n", shown, Figures.supported(m.mean(), decimals),
                Figures.supported(m.ci95low(), decimals), Figures.supported(m.ci95high(), decimals));
    }

    /** @return a mean to the decimals its 95% interval supports, as it is where the interval has no width; n/a */
    private static String mean(final MetricSummary m)
    {
        if (m.mean() == null || m.mean().isNaN())
        {
            return "n/a";
        }
        return Figures.supported(m.mean(), Figures.supported(Figures.half(m.mean(), m.ci95low(), m.ci95high())));
    }
}
