package forkcast.reports.cli;

import java.io.IOException;
import java.nio.file.Path;

import forkcast.reports.Batch;
import forkcast.scenarios.Checkpoint;
import picocli.CommandLine.Option;

/**
 * The options of the commands whose many runs are kept in a checkpoint (picocli mixin): {@code sweep} and
 * {@code size}. It also holds the one rule both follow before they start: the output folder must not hold another
 * batch's outputs unless {@code --force} says to replace them.
 */
final class BatchOptions
{
    @Option(names = "--resume", description = "Continue an interrupted run of the same batch: only what is missing runs.")
    boolean resume;

    @Option(names = "--force", description = "Replace the outputs of a different batch in --out.")
    boolean force;

    /**
     * Opens the checkpoint of {@code batch} in {@code target}.
     * @return the checkpoint
     * @throws IllegalStateException when {@code target} holds another batch's outputs and {@code --force} is not given
     */
    Checkpoint open(final Path target, final String batch) throws IOException
    {
        String existing = Batch.published(target);
        if (existing != null && !existing.equals(batch) && !this.force)
        {
            throw new IllegalStateException(target + " holds the outputs of another batch; use --force to replace them,"
                    + " or another --out");
        }
        return Checkpoint.open(target, batch, this.resume);
    }
}
