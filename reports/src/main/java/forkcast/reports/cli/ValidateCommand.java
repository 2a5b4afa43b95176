package forkcast.reports.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import forkcast.scenarios.Catalog;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code forkcast validate}: check scenarios without running them. */
@Command(usageHelpWidth = ForkcastCommand.HELP_WIDTH, name = "validate", mixinStandardHelpOptions = true, description = {
        "Check scenario files without running them.", """
        Checks YAML syntax, keys, values, units and ranges, references between elements, and variants. \
        Every file is checked; each problem of each is printed as FILE:LINE:COLUMN: error: MESSAGE, and the exit \
        code is 2 if there is any. Deployment rules the configuration breaks (R and F ids of the recording guide) \
        are printed as FILE:LINE:COLUMN: warning: RULE: MESSAGE; a run shows their consequences."""},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:every file is valid (warnings do not count)",
                "1:an internal error (--debug shows its stack trace)", "2:a file has an error, or bad usage"},
        resourceBundle = Examples.BUNDLE + "validate")
final class ValidateCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml", description = "Scenario files.")
    private List<Path> files;

    @CommandLine.Mixin
    private OverrideOptions overrides;

    @Override
    public Integer call()
    {
        PrintWriter out = this.spec.commandLine().getOut();
        PrintWriter err = this.spec.commandLine().getErr();
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        int code = ExitCodes.OK;
        for (Path file : this.files)
        {
            try
            {
                // the alternatives too: a variant's values meet the same checks as the file's
                Scenario scenario = loader.loadAlternatives(file, this.overrides.assignments()).get(0);
                scenario.warnings().forEach(out::println);
                int n = scenario.warnings().size();
                out.println(file + ": ok" + (n == 0 ? "" : ", " + n + " warning" + (n == 1 ? "" : "s")
                        + " (deployment rules that make sessions fail or fall back)"));
            }
            catch (ScenarioException e)
            {
                e.errors().forEach(err::println);
                code = ExitCodes.INVALID;
            }
        }
        return code;
    }
}
