package forkcast.reports.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import forkcast.reports.Printable;
import forkcast.reports.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code forkcast} program. */
@Command(usageHelpWidth = ForkcastCommand.HELP_WIDTH, name = "forkcast", mixinStandardHelpOptions = true, versionProvider = ForkcastCommand.VersionProvider.class,
        description = {"Discrete-event simulator and capacity planner for CUCM call recording.",
                "Runs a YAML scenario through the recording lifecycle and writes a report."},
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, SizeCommand.class,
                ValidateCommand.class, CatalogCommand.class, ReportCommand.class, FitCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_FAILED, ExitCodes.LIST_INVALID, ExitCodes.LIST_ANSWER_NO},
        resourceBundle = Examples.BUNDLE + "forkcast")
public final class ForkcastCommand implements Callable<Integer>
{
    /** Columns of every command's --help: it fits a terminal of the classic 80 columns, and any wider one. */
    static final int HELP_WIDTH = 80;

    private static final String OUT_OF_MEMORY = "forkcast: out of memory. Run fewer replications or a shorter"
            + " run, or give Java more memory (e.g. JAVA_OPTS=-Xmx8g)";
    private static final java.util.concurrent.atomic.AtomicBoolean OUT_OF_MEMORY_REPORTED =
            new java.util.concurrent.atomic.AtomicBoolean();
    private static final String STACK_OVERFLOW = "forkcast: internal error: the stack overflowed; nothing was written";

    /**
     * Memory set aside at start and let go when the heap runs out, so that saying so, deleting the staging files and
     * exiting have room to run: without it, with other threads still holding the heap, the error handler itself could
     * run out of memory and the JVM would print its own "OutOfMemoryError thrown from the UncaughtExceptionHandler".
     */
    private static volatile byte[] reserve = new byte[1 << 20];

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = Failures.DEBUG, order = 16, scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an internal error (otherwise one line).")
    private boolean debug;

    public static void main(final String[] args)
    {
        PrintWriter err = new PrintWriter(System.err, true);
        // threads of libraries (Java2D's disposer, a progress bar) report what kills them in one line too
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
        {
            // with the heap exhausted by other threads, reporting or exiting can run out of memory itself; an error
            // escaping this handler would make the JVM print its own line, so every step here is guarded
            releaseReserve(e);
            try
            {
                report(err, e);
                err.flush();
            }
            catch (Throwable reporting)
            {
                // nothing more to say: the main thread, or the next error, reports running out of memory
            }
            if (e instanceof OutOfMemoryError || e instanceof StackOverflowError)
            {
                // A worker that dies of it (DSOL's simulator thread, whose exception handling takes only Exceptions)
                // never tells the replication waiting for it: the command would wait forever. End the program here;
                // the output folder's shutdown hook drops the staging files.
                exit(ExitCodes.RUN_FAILED);
            }
        });
        System.exit(execute(args, new PrintWriter(System.out, true), err));
    }

    /**
     * Run the command line with the given streams; returns the exit code (used by tests too). Every failure is mapped
     * by {@link Failures}; an {@link OutOfMemoryError} or {@link StackOverflowError} anywhere is exit 1 with one line
     * (the output folder's staging files are already dropped by then), another error an internal error.
     */
    public static int execute(final String[] args, final PrintWriter out, final PrintWriter err)
    {
        OUT_OF_MEMORY_REPORTED.set(false);
        CommandLine commandLine = new CommandLine(new ForkcastCommand());
        try
        {
            Failures failures = new Failures();
            NameKeepingHelp.install(commandLine);
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setExitCodeExceptionMapper(failures);
            commandLine.setExecutionExceptionHandler(failures);
            commandLine.setParameterExceptionHandler(failures);
            return commandLine.execute(args);
        }
        catch (Error e)
        {
            // the memory the command held is unreachable once its frames are gone; printing needs little
            releaseReserve(e);
            if (e instanceof OutOfMemoryError || e instanceof StackOverflowError)
            {
                report(err, e);
            }
            else
            {
                Failures.internalError(err, e, Failures.debug(commandLine.getParseResult()));
            }
            return ExitCodes.RUN_FAILED;
        }
    }

    /**
     * End the program; if starting the shutdown hooks runs out of memory, try once more (the failed attempt's garbage
     * is collectable), and halt as the last resort so the command never hangs.
     */
    private static void exit(final int code)
    {
        Interruption.programEnds();
        for (int attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                System.exit(code);
            }
            catch (Throwable notStarted)
            {
                // out of memory while starting the shutdown; try again
            }
        }
        Runtime.getRuntime().halt(code);
    }

    /** Let go of the {@link #reserve} when the heap has run out. */
    private static void releaseReserve(final Throwable e)
    {
        if (e instanceof OutOfMemoryError)
        {
            reserve = null;
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

    /** Without a command there is nothing to do: the usage goes to stderr, and it is bad usage (exit 2). */
    @Override
    public Integer call()
    {
        this.spec.commandLine().usage(this.spec.commandLine().getErr());
        return ExitCodes.INVALID;
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
