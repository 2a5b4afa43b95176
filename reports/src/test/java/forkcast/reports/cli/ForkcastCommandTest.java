package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/** The program itself: no arguments, --help's exit codes, and internal errors with and without --debug. */
class ForkcastCommandTest
{
    @Test
    void noArgumentsPrintsTheUsageOnStderrAndExitsTwo()
    {
        Cli cli = Cli.run();
        assertEquals(2, cli.exitCode);
        assertEquals("", cli.out);
        assertTrue(cli.err.startsWith("Usage: forkcast "), cli.err);
        assertTrue(cli.err.contains("  run       Simulate a scenario"), cli.err);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "run", "compare", "sweep"})
    void helpListsTheExitCodesWithThree(final String command)
    {
        Cli cli = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        assertEquals(0, cli.exitCode);
        String help = cli.out.replaceAll("\\s+", " ");
        assertTrue(help.contains("Exit codes: 0 success"), help);
        assertTrue(help.contains(" 2 bad usage, an invalid scenario"), help);
        assertTrue(help.contains(" 3 the run succeeded and its outputs are written, but a --fail-on verdict or an"
                + " --assert did not pass"), help);
    }

    @Test
    void anInternalErrorIsOneLineWithoutDebug()
    {
        List<String> lines = internalError("run", "scenario.yaml");
        assertEquals(List.of("forkcast: internal error: java.lang.IllegalStateException: a bug (--debug shows where)"),
                lines);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void debugPrintsTheStackTraceOfAnInternalError(final boolean beforeTheCommand)
    {
        List<String> lines = beforeTheCommand ? internalError("--debug", "run", "scenario.yaml")
                : internalError("run", "scenario.yaml", "--debug");
        assertEquals("forkcast: internal error: java.lang.IllegalStateException: a bug", lines.get(0));
        assertEquals("java.lang.IllegalStateException: a bug", lines.get(1));
        assertTrue(lines.get(2).startsWith("\tat forkcast.reports.cli.ForkcastCommandTest.internalError("), lines.get(2));
    }

    /** What {@link Failures} prints for a bug thrown by the {@code run} command parsed from {@code args}. */
    private static List<String> internalError(final String... args)
    {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new ForkcastCommand());
        commandLine.setErr(new PrintWriter(err, true));
        CommandLine.ParseResult parsed = commandLine.parseArgs(args);
        int code = new Failures().handleExecutionException(new IllegalStateException("a bug"),
                commandLine.getSubcommands().get("run"), parsed);
        assertEquals(1, code);
        return err.toString().lines().toList();
    }
}
