package forkcast.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import forkcast.reports.OutputFolder;
import forkcast.reports.OutputRefusedException;
import forkcast.reports.OutputRequest;
import forkcast.reports.Printable;
import forkcast.reports.RunReportWriter;
import forkcast.reports.Verdict;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.ResourceEstimator;
import forkcast.scenarios.ResourceLimits;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioError;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.ScenarioRunner;
import forkcast.sim.ReplicationFailedException;
import forkcast.sim.stats.MetricSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code forkcast run}: simulate a scenario and write its outputs. */
@Command(usageHelpWidth = 100, name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulate a scenario and write its report.",
                "Writes summary.json, timeseries.csv, run.json, report.html and charts/",
                "into the output folder, which is replaced as a whole when the run succeeds.",
                "--out must be new, empty, or a folder of forkcast outputs; anything else is refused",
                "(exit 2) before the run, and so is a folder another run is writing."},
        footer = {"", "Example:", "  forkcast run scenarios/examples/quickstart.yaml \\",
                "      --replications 20 --set recorders.rec-a.maxStreams=120"})
final class RunCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private RunOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    private Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder: new, empty, or forkcast"
            + " outputs, replaced as a whole (default: out/<scenario name>).")
    private Path out;

    @Option(names = "--trace", paramLabel = "N", description = "Write trace.csv: the lifecycle events of the first N calls"
            + " of replication 1 (time, call, event, detail).")
    private int trace;

    @Override
    public Integer call()
    {
        PrintWriter out = this.spec.commandLine().getOut();
        PrintWriter err = this.spec.commandLine().getErr();
        Instant started = Instant.now();
        Catalog catalog = Catalog.builtIn();
        Scenario scenario;
        try
        {
            scenario = new ScenarioLoader(catalog).load(this.scenarioFile, this.options.overrides);
        }
        catch (ScenarioException e)
        {
            e.errors().forEach(error -> err.println(error));
            return ExitCodes.INVALID;
        }
        if (!this.options.quiet)
        {
            scenario.warnings().forEach(err::println);
        }
        if (this.options.replications != null)
        {
            if (this.options.replications < 1)
            {
                err.println("forkcast run: --replications must be at least 1");
                return ExitCodes.INVALID;
            }
            scenario = scenario.withReplications(this.options.replications);
        }
        if (this.options.seed != null)
        {
            scenario = scenario.withSeed(this.options.seed);
        }
        if (this.trace < 0)
        {
            err.println("forkcast run: --trace must not be negative");
            return ExitCodes.INVALID;
        }
        int workers = this.options.workers();
        if (workers < 1)
        {
            err.println("forkcast run: --threads must be at least 1");
            return ExitCodes.INVALID;
        }
        if (!ResourceGuard.allows("run", ResourceEstimator.run(scenario, workers), ResourceLimits.standard(),
                this.options, err))
        {
            return ExitCodes.INVALID;
        }
        Path target = this.out != null ? this.out : Path.of("out", scenario.name());
        List<String> commandLine = this.options.commandLine();
        OutputFolder output;
        try
        {
            output = OutputFolder.claim(target, new OutputRequest("run", null, this.options.force,
                    List.of(this.scenarioFile), commandLine));
        }
        catch (OutputRefusedException e)
        {
            err.println("forkcast run: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        catch (IOException e)
        {
            err.println("forkcast: cannot write the outputs to " + Printable.of(target) + ": "
                    + Printable.of(e.getMessage()));
            return ExitCodes.RUN_FAILED;
        }
        try (output)
        {
            if (!this.options.quiet)
            {
                err.printf(Locale.ROOT, "forkcast: running %s, %d replications of %s on %d thread%s%n", scenario.name(),
                        scenario.replications(), describe(scenario), workers, workers == 1 ? "" : "s");
            }
            RunResult result;
            try (Progress progress = new Progress(err, "replications", scenario.replications(), this.options.quiet))
            {
                result = ScenarioRunner.run(scenario, workers, r -> progress.step(), this.trace);
            }
            catch (ReplicationFailedException e)
            {
                err.println("forkcast: the run failed: " + Printable.of(e.getMessage()));
                return ExitCodes.RUN_FAILED;
            }
            List<Verdict> verdicts;
            try
            {
                verdicts = RunReportWriter.write(result, output, catalog, commandLine, started);
            }
            catch (IOException e)
            {
                err.println("forkcast: cannot write the outputs to " + Printable.of(target) + ": "
                        + Printable.of(e.getMessage()));
                return ExitCodes.RUN_FAILED;
            }
            if (!this.options.quiet)
            {
                printSummary(out, result, verdicts, target);
            }
            return ExitCodes.OK;
        }
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

    private static void printSummary(final PrintWriter out, final RunResult result, final List<Verdict> verdicts,
            final Path target)
    {
        out.printf(Locale.ROOT, "%s: %d replications, mean and 95%% CI%n", result.scenario().name(),
                result.scenario().replications());
        line(out, result, "calls.connected", "calls connected");
        line(out, result, "recording.sessions.established", "recording sessions established");
        line(out, result, "recording.blockingProbability", "recording blocking probability");
        line(out, result, "recording.coverage", "recording coverage");
        line(out, result, "bhcc.busyHour.total", "BHCC in the busy hour");
        line(out, result, "cti.messagesPerSecond.peak", "CTI messages/s, busiest interval");
        line(out, result, "bandwidth.fork.mbps.peak", "forked bandwidth, peak Mbit/s");
        out.println("verdicts:");
        for (Verdict v : verdicts)
        {
            out.printf(Locale.ROOT, "  %-4s  %s: peak %s of %s%n", v.status(), v.label(), format(v.peak().mean()),
                    format(v.limit()));
        }
        out.println("report: " + Printable.of(target.resolve("report.html")));
    }

    private static void line(final PrintWriter out, final RunResult result, final String metric, final String label)
    {
        MetricSummary m = result.results().summary(metric);
        out.printf(Locale.ROOT, "  %-34s %s  [%s, %s]%n", label, format(m.mean()), format(m.ci95low()),
                format(m.ci95high()));
    }

    private static String format(final Double v)
    {
        if (v == null)
        {
            return "n/a";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : Math.abs(v) >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.4f", v);
    }

    static void printErrors(final PrintWriter err, final List<ScenarioError> errors)
    {
        errors.forEach(err::println);
    }
}
