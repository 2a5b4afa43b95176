package forkcast.reports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer per output folder: an operating-system lock ({@link FileChannel#tryLock()}) on the hidden file
 * {@code .NAME.forkcast-lock} beside the folder, held from before the simulation until the outputs are published. A
 * second run into the same folder, in this JVM or another process, is refused at once with the holder's description
 * (process id, start time, command line), which the holder writes into the file. The operating system drops the lock
 * when its process ends, however it ends, so a killed run never blocks the next one.
 * <p>
 * The file stays (emptied) when its holder finishes: deleting it would let a run that opened it just before lock a
 * file no longer on disk while a third run locks a new one. And a holder never opens the file a second time, because
 * closing any descriptor of a file drops the process's POSIX locks on it.
 */
public final class OutputLock implements AutoCloseable
{
    /** The suffix of lock files: {@code .NAME.forkcast-lock}. */
    static final String SUFFIX = ".forkcast-lock";

    private static final int MAX_DESCRIPTION = 4096;
    /** Locks held by this JVM, with their descriptions: the file must not be read while this JVM holds it. */
    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

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
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        String holder = null;
        try
        {
            lock = channel.tryLock();
        }
        catch (OverlappingFileLockException sameJvm)
        {
            lock = null;
            holder = HELD.get(file);
        }
        catch (IOException | RuntimeException e)
        {
            channel.close();
            throw e;
        }
        if (lock == null)
        {
            channel.close(); // this process holds no lock on the file: closing drops nothing
            if (holder == null)
            {
                holder = read(file);
            }
            throw new OutputRefusedException("--out " + Printable.of(target) + " is being written by another"
                    + " forkcast run (" + Printable.of(holder.isBlank() ? "it has just started" : holder)
                    + "); wait until it has finished, or choose another --out");
        }
        try
        {
            byte[] bytes = description.getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, MAX_DESCRIPTION)), 0);
        }
        catch (IOException e)
        {
            lock.release();
            channel.close();
            throw e;
        }
        HELD.put(file, description);
        return new OutputLock(file, channel, lock);
    }

    /** @return the description of this process, its start time and its command line, for {@link #acquire} */
    static String describe(final Iterable<String> commandLine)
    {
        return "pid " + ProcessHandle.current().pid() + ", started " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + ": " + String.join(" ", commandLine);
    }

    /** Empty the file and release the lock. */
    @Override
    public void close()
    {
        HELD.remove(this.file);
        try
        {
            this.channel.truncate(0);
        }
        catch (IOException e)
        {
            // a stale description is shown only while some run holds the lock again, and then it is rewritten
        }
        try
        {
            this.lock.release();
            this.channel.close();
        }
        catch (IOException e)
        {
            // closing the channel releases the lock in any case, and so does the end of the process
        }
    }

    private static String read(final Path file)
    {
        try
        {
            byte[] bytes = Files.readAllBytes(file);
            return new String(bytes, 0, Math.min(bytes.length, MAX_DESCRIPTION), StandardCharsets.UTF_8);
        }
        catch (IOException e)
        {
            return "";
        }
    }
}
