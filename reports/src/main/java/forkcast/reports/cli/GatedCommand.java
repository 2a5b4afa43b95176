package forkcast.reports.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import forkcast.reports.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A simulating command whose success a pipeline can gate ({@code --fail-on}, {@code --assert}): after the outputs
 * are written, each failing verdict or assertion is printed on stderr and the command exits 3. The exit codes its
 * --help lists are said here, for run, compare and sweep alike.
 *
 * @param <R> what the work gives
 */
@Command(exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_FAILED, ExitCodes.LIST_INVALID, ExitCodes.LIST_GATE})
abstract class GatedCommand<R> extends SimulatingCommand<R>
{
    @CommandLine.Mixin
    Gates gates;

    /** @return the results the gates judge: each run, alternative or point */
    abstract List<Gates.Case> cases(R result);

    /** Print the summary of the finished work on stdout. */
    abstract void print(R result, PrintWriter out, Path target);

    @Override
    String quietHelp()
    {
        return "Print only errors, and each --fail-on or --assert that failed (no progress, warnings or summary).";
    }

    @Override
    void checkOptions()
    {
        this.gates.targets();
    }

    @Override
    void checkPlan(final Plan plan)
    {
        this.gates.checkReplications(plan.replications());
    }

    @Override
    void checkBeforeWriting(final R result)
    {
        this.gates.checkMetrics(cases(result));
    }

    @Override
    final int summarise(final R result, final PrintWriter out, final PrintWriter err, final Path target)
    {
        if (!this.options.quiet)
        {
            print(result, out, target);
        }
        List<String> failures = this.gates.failures(cases(result));
        failures.forEach(f -> err.println("forkcast " + this.options.commandName() + ": " + Printable.of(f)));
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.TARGET_NOT_MET;
    }
}
