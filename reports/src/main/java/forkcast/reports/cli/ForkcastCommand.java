package forkcast.reports.cli;

import java.io.PrintWriter;

import forkcast.reports.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code forkcast} program. */
@Command(usageHelpWidth = 100, name = "forkcast", mixinStandardHelpOptions = true, versionProvider = ForkcastCommand.VersionProvider.class,
        description = {"Discrete-event simulator and capacity planner for CUCM call recording.",
                "Runs a YAML scenario through the recording lifecycle and writes a report."},
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, SizeCommand.class,
                ValidateCommand.class, CatalogCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 the run failed, 2 bad usage or invalid scenario.",
                "Example: forkcast run scenarios/examples/quickstart.yaml"})
public final class ForkcastCommand implements Runnable
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(final String[] args)
    {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Run the command line with the given streams; returns the exit code (used by tests too). */
    public static int execute(final String[] args, final PrintWriter out, final PrintWriter err)
    {
        CommandLine commandLine = new CommandLine(new ForkcastCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) ->
        {
            err.println("forkcast: internal error: " + exception);
            return ExitCodes.RUN_FAILED;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run()
    {
        this.spec.commandLine().usage(this.spec.commandLine().getOut());
    }

    /** Prints the version and the commit it was built from. */
    static final class VersionProvider implements CommandLine.IVersionProvider
    {
        @Override
        public String[] getVersion()
        {
            return new String[] {"forkcast " + Version.get() + " (commit " + Version.commit() + ")", "Java " + System.getProperty("java.version")};
        }
    }
}
