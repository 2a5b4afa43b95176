package forkcast.reports.cli;

import java.io.IOException;
import java.nio.file.Path;

import forkcast.scenarios.Checkpoint;
import picocli.CommandLine.Option;

/**
 * The options of the commands whose many runs are kept in a checkpoint (picocli mixin): {@code sweep} and
 * {@code size}. Whether {@code --out} may be replaced is decided, as for every command, when it is claimed
 * ({@link forkcast.reports.OutputFolder#claim}).
 */
final class BatchOptions
{
    @Option(names = "--resume", description = "Continue an interrupted run of the same batch: only what is missing runs.")
    boolean resume;

    /**
     * Opens the checkpoint of {@code batch} beside {@code target} (claimed, so no other run uses it).
     * @param damaged told the path and the reason of each damaged checkpoint file, which is run again
     * @return the checkpoint
     * @throws IllegalStateException when resuming and the checkpoint belongs to another batch
     */
    Checkpoint open(final Path target, final String batch, final java.util.function.Consumer<String> damaged)
            throws IOException
    {
        return Checkpoint.open(target, batch, this.resume, damaged);
    }
}
