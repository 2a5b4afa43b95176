package forkcast.reports.cli;

import forkcast.scenarios.SweepAxis;
import picocli.CommandLine.Option;

/**
 * The options of the commands whose many runs are kept in a checkpoint (picocli mixin): {@code sweep} and
 * {@code size}. Whether {@code --out} may be replaced is decided, as for every command, when it is claimed
 * ({@link forkcast.reports.OutputFolder#claim}); the checkpoint is opened by {@link SimulatingCommand}.
 */
final class BatchOptions
{
    @Option(names = "--resume", order = 9, description = "Continue an interrupted run of the same batch: only what is missing runs.")
    boolean resume;

    /** @return the axis a {@code --vary} value gives; a malformed one is bad usage (exit 2) */
    static SweepAxis axis(final String vary)
    {
        try
        {
            return SweepAxis.parse(vary);
        }
        catch (IllegalArgumentException e)
        {
            throw CommandException.usage(e.getMessage());
        }
    }
}
