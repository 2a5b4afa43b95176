package forkcast.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import forkcast.reports.OutputRefusedException;
import forkcast.reports.Printable;
import forkcast.scenarios.ScenarioException;
import forkcast.sim.ReplicationFailedException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a failure becomes an exit code and a message, for every command (picocli's exit-code mapping
 * and exception handlers). What the user can fix is exit 2 with one line, {@code forkcast COMMAND: MESSAGE} (or the
 * scenario's {@code FILE:LINE:COLUMN: error: ...} lines); a run that failed or could not be written is exit 1 with
 * one line; anything else is an internal error, exit 1 with one line, and its stack trace only with {@code --debug}.
 */
final class Failures implements CommandLine.IExitCodeExceptionMapper, CommandLine.IExecutionExceptionHandler,
        CommandLine.IParameterExceptionHandler
{
    static final String DEBUG = "--debug";

    @Override
    public int getExitCode(final Throwable exception)
    {
        if (exception instanceof CommandException e)
        {
            return e.exitCode();
        }
        if (exception instanceof ParameterException || exception instanceof ScenarioException
                || exception instanceof OutputRefusedException)
        {
            return ExitCodes.INVALID;
        }
        return ExitCodes.RUN_FAILED;
    }

    @Override
    public int handleParseException(final ParameterException exception, final String[] args)
    {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(prefix(command) + Printable.of(exception.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return getExitCode(exception);
    }

    @Override
    public int handleExecutionException(final Exception exception, final CommandLine command,
            final ParseResult parseResult)
    {
        PrintWriter err = command.getErr();
        if (Interruption.shuttingDown() && !debug(parseResult))
        {
            // the program is ending while the command fails, or because of it (its staging folder went, a shutdown
            // hook could not be added): a signal's interruption or a worker's fatal error has said why in its line
            return getExitCode(exception);
        }
        if (exception instanceof ScenarioException e)
        {
            e.errors().forEach(err::println);
        }
        else if (exception instanceof CommandException || exception instanceof OutputRefusedException)
        {
            err.println(prefix(command) + Printable.of(exception.getMessage()));
        }
        else if (exception instanceof ReplicationFailedException)
        {
            err.println(prefix(command) + "the run failed: " + Printable.of(exception.getMessage()));
        }
        else if (exception instanceof IOException || exception instanceof UncheckedIOException)
        {
            err.println(prefix(command) + "cannot write the outputs: " + Printable.of(exception.getMessage()));
        }
        else
        {
            internalError(err, exception, debug(parseResult));
        }
        return getExitCode(exception);
    }

    /** One line for a bug; with {@code --debug}, its stack trace after it. */
    static void internalError(final PrintWriter err, final Throwable e, final boolean debug)
    {
        err.println("forkcast: internal error: " + Printable.of(e) + (debug ? "" : " (--debug shows where)"));
        if (debug)
        {
            e.printStackTrace(err);
        }
    }

    /** @return whether {@code --debug} was given, before or after the command's name */
    static boolean debug(final ParseResult parseResult)
    {
        for (ParseResult p = parseResult; p != null; p = p.subcommand())
        {
            if (p.hasMatchedOption(DEBUG))
            {
                return true;
            }
        }
        return false;
    }

    private static String prefix(final CommandLine command)
    {
        return command.getCommandSpec().qualifiedName() + ": ";
    }
}
