package forkcast.reports.cli;

import java.io.PrintWriter;

import forkcast.reports.Printable;
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
        footer = {"", "Exit codes: 0 success; 1 the run failed (also out of memory, or a full disk); 2 bad usage,",
                "an invalid scenario, or an --out that is refused (a file, a folder of other files, a folder",
                "another run is writing) - checked before anything runs.",
                "Example: forkcast run scenarios/examples/quickstart.yaml"})
public final class ForkcastCommand implements Runnable
{
    private static final String OUT_OF_MEMORY = "forkcast: out of memory. Run fewer replications or a shorter"
            + " run, or give Java more memory (e.g. JAVA_OPTS=-Xmx8g)";
    private static final java.util.concurrent.atomic.AtomicBoolean OUT_OF_MEMORY_REPORTED =
            new java.util.concurrent.atomic.AtomicBoolean();
    private static final String STACK_OVERFLOW = "forkcast: internal error: the stack overflowed; nothing was written";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(final String[] args)
    {
        PrintWriter err = new PrintWriter(System.err, true);
        // threads of libraries (Java2D's disposer, a progress bar) report what kills them in one line too
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> report(err, e));
        System.exit(execute(args, new PrintWriter(System.out, true), err));
    }

    /**
     * Run the command line with the given streams; returns the exit code (used by tests too). Whatever goes wrong
     * ends in one line on {@code err}: an {@link OutOfMemoryError} or {@link StackOverflowError} anywhere is exit 1
     * (the output folder's staging files are already dropped by then), an internal error too, without a stack trace.
     */
    public static int execute(final String[] args, final PrintWriter out, final PrintWriter err)
    {
        OUT_OF_MEMORY_REPORTED.set(false);
        try
        {
            CommandLine commandLine = new CommandLine(new ForkcastCommand());
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) ->
            {
                err.println("forkcast: internal error: " + Printable.of(exception));
                return ExitCodes.RUN_FAILED;
            });
            return commandLine.execute(args);
        }
        catch (Error e)
        {
            // the memory the command held is unreachable once its frames are gone; printing needs little
            report(err, e);
            return ExitCodes.RUN_FAILED;
        }
    }

    /** One line for an error that ends the command or a thread; running out of memory is said once. */
    private static void report(final PrintWriter err, final Throwable e)
    {
        if (e instanceof OutOfMemoryError)
        {
            if (OUT_OF_MEMORY_REPORTED.compareAndSet(false, true))
            {
                err.println(OUT_OF_MEMORY);
            }
        }
        else if (e instanceof StackOverflowError)
        {
            err.println(STACK_OVERFLOW);
        }
        else
        {
            err.println("forkcast: internal error: " + Printable.of(e));
        }
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
