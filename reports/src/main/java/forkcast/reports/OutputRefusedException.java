package forkcast.reports;

/**
 * {@code --out} names a place forkcast must not write to (a file, a folder of other files, the working directory, a
 * folder another run is writing, ...). Thrown before anything is simulated or written; the message names the folder
 * and what is in the way, and the command exits 2.
 */
public final class OutputRefusedException extends Exception
{
    private static final long serialVersionUID = 1L;

    public OutputRefusedException(final String message)
    {
        super(message);
    }
}
