package forkcast.reports.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the forkcast command line in-process and keeps what it printed. */
final class Cli
{
    final int exitCode;
    final String out;
    final String err;

    private Cli(final int exitCode, final String out, final String err)
    {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    /** An exit code and what a separate JVM printed (stdout and stderr together). */
    record Result(int exitCode, String output)
    {
    }

    static Cli run(final String... args)
    {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ForkcastCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }
}
