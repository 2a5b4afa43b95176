package forkcast.reports.cli;

import java.io.PrintWriter;

import forkcast.scenarios.ResourceEstimate;
import forkcast.scenarios.ResourceLimits;

/**
 * The check every simulating command makes before it starts: a run whose estimate passes a hard limit is refused
 * (exit 2, nothing simulated, nothing written) unless {@code --allow-large}; one past a soft limit gets a warning.
 */
final class ResourceGuard
{
    private ResourceGuard()
    {
    }

    /**
     * Lets the work start, printing warnings (unless quiet) for soft limits it passes, and hard ones it passes under
     * {@code --allow-large}.
     * @param command the command's name, for the messages
     * @throws CommandException (exit 2) when a hard limit refuses it
     */
    static void check(final String command, final ResourceEstimate estimate, final ResourceLimits limits,
            final RunOptions options, final PrintWriter err)
    {
        ResourceLimits.Check check = limits.check(estimate);
        if (!check.refusals().isEmpty() && !options.allowLarge)
        {
            throw CommandException.usage("refused before simulating: this " + command + " would take "
                    + String.join("; and ", check.refusals()) + ". Shorten run.duration, lengthen run.interval, lower"
                    + " run.replications or the traffic, or give --allow-large to run it anyway.");
        }
        if (!options.quiet)
        {
            // at words, continued indented: a terminal of 80 columns broke them inside words ("a|bove")
            for (String w : check.refusals())
            {
                TerminalText.fill("forkcast " + command + ": warning: --allow-large: this " + command + " will take "
                        + w, "  ").forEach(err::println);
            }
            for (String w : check.warnings())
            {
                TerminalText.fill("forkcast " + command + ": warning: this " + command + " will take " + w, "  ")
                        .forEach(err::println);
            }
        }
    }
}
