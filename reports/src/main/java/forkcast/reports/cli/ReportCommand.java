package forkcast.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import forkcast.reports.Manifest;
import forkcast.reports.OutputFolder;
import forkcast.reports.OutputRefusedException;
import forkcast.reports.OutputRequest;
import forkcast.reports.Printable;
import forkcast.reports.Reproduction;
import forkcast.reports.RunReportWriter;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code forkcast report OUT_DIR}: rewrite a run's {@code report.html} and {@code charts/} from the files the run
 * saved, without simulating (after an upgrade of the report, or to get the report back). The folder must be a run's
 * output folder, recognised by its {@code run.json}; it is claimed and locked as a run's would be, and replaced as a
 * whole, so a reader never sees a half-written report.
 */
@Command(usageHelpWidth = ForkcastCommand.HELP_WIDTH, name = "report", mixinStandardHelpOptions = true,
        description = {"Rewrite a run's report.html and charts/ without simulating.", """
                From the run's saved files: run.json (the run's command line), scenario.yaml (the scenario as the \
                run read it), replications.json and timeseries.csv (the results); the other files are kept as they \
                are."""},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the report was rewritten",
                "1:it could not be written, or an internal error (--debug shows its stack trace)",
                "2:OUT_DIR is not a run's output folder, or its files are incomplete"},
        resourceBundle = Examples.BUNDLE + "report")
final class ReportCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT_DIR", description = "The output folder of a forkcast run.")
    private Path folder;

    @Override
    public Integer call() throws OutputRefusedException, ScenarioException
    {
        PrintWriter out = this.spec.commandLine().getOut();
        String where = Printable.of(this.folder);
        Path manifest = this.folder.resolve(Manifest.FILE);
        if (!Files.isDirectory(this.folder) || !Files.isRegularFile(manifest))
        {
            throw CommandException.usage(where + " is not the output folder of a forkcast run (it has no "
                    + Manifest.FILE + ")");
        }
        JsonNode run;
        try
        {
            run = JsonMapper.shared().readTree(manifest.toFile());
        }
        catch (RuntimeException e)
        {
            throw CommandException.usage(where + "/" + Manifest.FILE + " is not readable JSON: "
                    + Printable.of(e.getMessage()));
        }
        if (!"run".equals(run.path("kind").asString("")))
        {
            throw CommandException.usage(where + " holds the outputs of a forkcast " + Printable.of(run.path("kind")
                    .asString("(unknown kind)")) + ", not of a run; only a run's report can be rewritten");
        }
        for (String file : List.of(RunReportWriter.SCENARIO_COPY, "replications.json", "timeseries.csv"))
        {
            if (!Files.isRegularFile(this.folder.resolve(file)))
            {
                throw CommandException.usage(where + " has no " + file + " (written by runs of this version): run"
                        + " the scenario again to get its report");
            }
        }
        List<String> commandLine = new ArrayList<>();
        run.path("commandLine").forEach(a -> commandLine.add(a.asString()));
        RunCommand command = command(commandLine, where);
        Scenario scenario = command.reload(new ScenarioLoader(Catalog.builtIn()), savedCopy(where));
        // the run's command line, not this one: the report says how the run was made
        Reproduction reproduction = command.reproduction(scenario, commandLine);
        try (OutputFolder output = OutputFolder.claim(this.folder, new OutputRequest("run", null, false, List.of(),
                List.of("forkcast", "report", this.folder.toString()))))
        {
            RunReportWriter.rewriteReport(output, scenario, reproduction, Catalog.builtIn());
        }
        catch (IOException e)
        {
            throw CommandException.failed("cannot rewrite the report in " + where + ": "
                    + Printable.of(e.getMessage()), e);
        }
        out.println("report: " + Printable.of(this.folder.resolve("report.html")));
        return ExitCodes.OK;
    }

    /** @return the run's command, as parsed from its command line: it rebuilds the run's scenario with its options */
    private static RunCommand command(final List<String> commandLine, final String where)
    {
        if (commandLine.size() < 2 || !"run".equals(commandLine.get(1)))
        {
            throw CommandException.usage(where + "/" + Manifest.FILE + " does not hold a run's command line");
        }
        CommandLine parser = new CommandLine(new ForkcastCommand());
        CommandLine.ParseResult parsed;
        try
        {
            parsed = parser.parseArgs(commandLine.subList(1, commandLine.size()).toArray(String[]::new));
        }
        catch (CommandLine.ParameterException e)
        {
            throw CommandException.usage(where + "/" + Manifest.FILE + ": the run's command line is not one this"
                    + " version reads: " + Printable.of(e.getMessage()));
        }
        return (RunCommand) parsed.subcommand().commandSpec().userObject();
    }

    /** @return the scenario file as the run read it (before its overrides), from the folder's copy */
    private byte[] savedCopy(final String where)
    {
        try
        {
            return Files.readAllBytes(this.folder.resolve(RunReportWriter.SCENARIO_COPY));
        }
        catch (IOException e)
        {
            throw CommandException.usage("cannot read " + where + "/" + RunReportWriter.SCENARIO_COPY + ": "
                    + Printable.of(e.getMessage()));
        }
    }
}
