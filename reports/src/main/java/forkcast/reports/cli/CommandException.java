package forkcast.reports.cli;

/**
 * A command ends with an exit code and one message, which {@link Failures} prints as
 * {@code forkcast COMMAND: MESSAGE}. Thrown for what the user can fix (exit 2, before anything is written) and for a
 * run that failed on the way (exit 1); never for a bug, which stays an internal error.
 */
final class CommandException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private CommandException(final int exitCode, final String message, final Throwable cause)
    {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** @return bad usage or input (exit 2): the message says what to change */
    static CommandException usage(final String message)
    {
        return new CommandException(ExitCodes.INVALID, message, null);
    }

    /** @return the run failed (exit 1): the message says why */
    static CommandException failed(final String message, final Throwable cause)
    {
        return new CommandException(ExitCodes.RUN_FAILED, message, cause);
    }

    int exitCode()
    {
        return this.exitCode;
    }
}
