package forkcast.reports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;

/**
 * One writer per output folder: an operating-system lock ({@link FileChannel#tryLock()}) on
 * {@code .NAME.forkcast-lock} beside the folder, held from before the simulation until the outputs are published. A
 * second run into the same folder, in this JVM or another process, is refused at once with the holder's description
 * (process id, start time, command line). The operating system drops the lock when its process dies, so a killed run
 * never blocks the next one.
 * <p>
 * The lock file is deleted by its holder when it finishes. A run that opened the file just before it was deleted
 * could then lock a file no longer on disk; so after locking, a run writes a unique token into the file and reads it
 * back by name, and only a match means it holds the lock on the file that is there.
 */
public final class OutputLock implements AutoCloseable
{
    /** The suffix of lock files: {@code .NAME.forkcast-lock}. */
    static final String SUFFIX = ".forkcast-lock";

    private static final int ATTEMPTS = 20;
    private static final int MAX_DESCRIPTION = 4096;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(final Path file, final FileChannel channel, final FileLock lock)
    {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** @return the lock file of output folder {@code target} (absolute and normalised, with a parent) */
    static Path fileFor(final Path target)
    {
        return target.resolveSibling("." + target.getFileName() + SUFFIX);
    }

    /**
     * Take the lock of {@code target} (absolute and normalised), whose parent folder exists.
     * @param description who holds it, shown to a run that finds the folder busy
     * @throws OutputRefusedException when another run holds it
     */
    static OutputLock acquire(final Path target, final String description) throws IOException, OutputRefusedException
    {
        Path file = fileFor(target);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++)
        {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try
            {
                lock = channel.tryLock();
            }
            catch (OverlappingFileLockException sameJvm)
            {
                lock = null;
            }
            catch (IOException | RuntimeException e)
            {
                channel.close();
                throw e;
            }
            if (lock == null)
            {
                channel.close();
                throw new OutputRefusedException("--out " + Printable.of(target) + " is being written by another"
                        + " forkcast run (" + Printable.of(holder(file)) + "); wait until it has finished, or choose"
                        + " another --out");
            }
            String token = description + " [" + UUID.randomUUID() + "]";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
            if (token.equals(read(file)))
            {
                return new OutputLock(file, channel, lock);
            }
            // the previous holder deleted the file after we opened it: the lock we hold is on a file no longer there
            lock.release();
            channel.close();
        }
        throw new OutputRefusedException("--out " + Printable.of(target) + " is being written by other forkcast runs"
                + " in turn; try again later");
    }

    /** @return the description of a process id, a start time and a command line, for {@link #acquire} */
    static String describe(final Iterable<String> commandLine)
    {
        return "pid " + ProcessHandle.current().pid() + ", started " + Instant.now().toString().replaceAll("\\.\\d+Z$",
                "Z") + ": " + String.join(" ", commandLine);
    }

    /** Release the lock and delete its file (while still holding it, so no other run can be using that file). */
    @Override
    public void close()
    {
        try
        {
            Files.deleteIfExists(this.file);
        }
        catch (IOException e)
        {
            // a lock file left behind is harmless: the next run locks it again
        }
        try
        {
            this.lock.release();
            this.channel.close();
        }
        catch (IOException e)
        {
            // closing the channel releases the lock in any case
        }
    }

    /** For a shutdown hook: the operating system drops the lock at exit; only the file is to be removed. */
    void deleteFileQuietly()
    {
        try
        {
            Files.deleteIfExists(this.file);
        }
        catch (IOException | RuntimeException e)
        {
            // best effort while the JVM exits
        }
    }

    private static String holder(final Path file)
    {
        String text = read(file);
        if (text == null || text.isBlank())
        {
            return "it has just started";
        }
        int token = text.lastIndexOf(" [");
        return token > 0 ? text.substring(0, token) : text;
    }

    private static String read(final Path file)
    {
        try
        {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, 0, Math.min(bytes.length, MAX_DESCRIPTION), StandardCharsets.UTF_8);
            return text;
        }
        catch (NoSuchFileException e)
        {
            return null;
        }
        catch (IOException e)
        {
            return null;
        }
    }
}
