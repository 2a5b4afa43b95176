package forkcast.reports.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --quiet}'s help said for each simulating command (picocli model transformer): the option is shared
 * ({@link RunOptions}), what it leaves printed is not: a gate's failures on run, compare and sweep, the answer on size.
 */
final class QuietHelp implements CommandLine.IModelTransformer
{
    @Override
    public CommandSpec transform(final CommandSpec spec)
    {
        if (spec.userObject() instanceof SimulatingCommand<?> command && spec.findOption("--quiet") != null)
        {
            OptionSpec quiet = spec.findOption("--quiet");
            spec.remove(quiet);
            spec.addOption(quiet.toBuilder().description(command.quietHelp()).build());
        }
        return spec;
    }
}
