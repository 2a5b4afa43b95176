package forkcast.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.core.exc.JacksonIOException;

/**
 * A claimed output folder, whose files are published all at once.
 * <p>
 * {@link #claim} checks {@code --out} against {@link OutputTarget}'s rules and takes the folder's {@link OutputLock}
 * before anything is simulated, and removes what killed runs left beside it: while the lock is held, no live run can
 * own a staging folder of this target. {@link #publish} writes everything into a hidden staging folder beside the
 * target ({@code .DIR.forkcast-staging-*}), then swaps it in with directory renames, so a reader sees the previous
 * complete outputs or the new complete outputs, never a mix or a half-written file. On any failure (a full disk, an
 * {@code OutOfMemoryError}), or on SIGINT or SIGTERM (the JVM runs shutdown hooks and exits 130 / 143), the staging
 * folder is dropped, so only the previous complete outputs, or none, remain.
 */
public final class OutputFolder implements AutoCloseable
{
    private static final String STAGING = ".forkcast-staging-";
    private static final String RETIRED = ".forkcast-retired-";

    private final Path target;
    private final OutputLock lock;
    private final Thread cleanup;
    private volatile Path staging;

    private OutputFolder(final Path target, final OutputLock lock)
    {
        this.target = target;
        this.lock = lock;
        // made now, not when memory has run out; it removes the staging folder on SIGINT or SIGTERM
        this.cleanup = new Thread(this::abandonQuietly, "forkcast-output-cleanup");
    }

    /**
     * Claim {@code out} for writing: refuse it when {@link OutputTarget}'s rules say so, lock it against other runs,
     * and remove leftovers of killed runs. Close the returned folder when done (it releases the lock).
     * @throws OutputRefusedException when {@code out} must not be written to, or another run is writing it
     */
    public static OutputFolder claim(final Path out, final OutputRequest request)
            throws IOException, OutputRefusedException
    {
        Path target = OutputTarget.place(out, request);
        OutputTarget.contents(target, out, request); // before the lock too: a refused folder leaves no lock file
        Files.createDirectories(target.getParent());
        OutputLock lock = OutputLock.acquire(target, OutputLock.describe(request.commandLine()));
        try
        {
            OutputTarget.contents(target, out, request);
            removeLeftovers(target.getParent(), target.getFileName().toString());
        }
        catch (IOException | OutputRefusedException | RuntimeException | Error e)
        {
            lock.close();
            throw e;
        }
        OutputFolder folder = new OutputFolder(target, lock);
        Runtime.getRuntime().addShutdownHook(folder.cleanup);
        return folder;
    }

    /** Writes files into a staging folder. */
    @FunctionalInterface
    public interface Contents
    {
        void write(OutputFolder folder) throws IOException;
    }

    /** Claim {@code out}, publish {@code contents} into it, and release it (for a single writer). */
    public static void publish(final Path out, final OutputRequest request, final Contents contents)
            throws IOException, OutputRefusedException
    {
        try (OutputFolder folder = claim(out, request))
        {
            folder.publish(contents);
        }
    }

    /**
     * Write a set of outputs as a whole: into a staging folder, then swapped in. On any failure the staged files are
     * dropped and the previous outputs stay as they were. A failure to write (a full disk) is an {@link IOException}
     * whatever library reported it.
     */
    public void publish(final Contents contents) throws IOException
    {
        Path parent = this.target.getParent();
        this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + STAGING);
        boolean published = false;
        try
        {
            if (Files.getFileStore(this.staging).supportsFileAttributeView("posix"))
            {
                // temporary folders are private (rwx------); the published output folder should read like any other
                Files.setPosixFilePermissions(this.staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            contents.write(this);
            swap();
            published = true;
        }
        catch (UncheckedIOException e)
        {
            throw e.getCause();
        }
        catch (JacksonIOException e)
        {
            throw e.getCause();
        }
        finally
        {
            if (!published)
            {
                // also on an Error such as OutOfMemoryError: deleting needs next to no memory
                abandonQuietly();
            }
        }
    }

    /** @return where to write a file named {@code name} (relative, may contain a subfolder) */
    public Path file(final String name) throws IOException
    {
        Path file = this.staging.resolve(name);
        Files.createDirectories(file.getParent());
        return file;
    }

    /** @return the files staged so far, relative, with {@code /} between folders, in order (for run.json) */
    public List<String> stagedFiles() throws IOException
    {
        try (Stream<Path> walk = Files.walk(this.staging))
        {
            return walk.filter(Files::isRegularFile).map(f -> this.staging.relativize(f).toString()
                    .replace(f.getFileSystem().getSeparator(), "/")).sorted().toList();
        }
    }

    /** Replace the target folder by the staged one. */
    private void swap() throws IOException
    {
        Path retired = null;
        if (Files.exists(this.target))
        {
            retired = this.target.resolveSibling("." + this.target.getFileName() + RETIRED + System.nanoTime());
            move(this.target, retired);
        }
        move(this.staging, this.target);
        if (retired != null)
        {
            deleteTree(retired);
        }
    }

    /** Release the folder: the lock is dropped (its empty file stays beside the folder). */
    @Override
    public void close()
    {
        try
        {
            Runtime.getRuntime().removeShutdownHook(this.cleanup);
        }
        catch (IllegalStateException shuttingDown)
        {
            // the JVM is already exiting; the hook runs
        }
        this.lock.close();
    }

    /** Drops the staged files; never throws, and does nothing once published (the staging folder is gone). */
    private void abandonQuietly()
    {
        Path s = this.staging;
        if (s != null)
        {
            try
            {
                deleteTree(s);
            }
            catch (IOException | RuntimeException e)
            {
                // best effort; the next run into this folder removes what is left
            }
        }
    }

    public Path target()
    {
        return this.target;
    }

    private static void move(final Path from, final Path to) throws IOException
    {
        try
        {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (AtomicMoveNotSupportedException e)
        {
            Files.move(from, to);
        }
    }

    /**
     * Remove the staging and retired folders that killed runs left beside {@code name}. Called only while holding
     * the lock of {@code name}, so none of them belongs to a live run.
     */
    private static void removeLeftovers(final Path parent, final String name) throws IOException
    {
        Pattern leftover = Pattern.compile(Pattern.quote("." + name) + "\\.forkcast-(staging|retired)-[0-9]+");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
                e -> leftover.matcher(e.getFileName().toString()).matches()))
        {
            for (Path entry : entries)
            {
                deleteTree(entry);
            }
        }
    }

    static void deleteTree(final Path root) throws IOException
    {
        if (!Files.exists(root))
        {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>()
        {
            @Override
            public FileVisitResult visitFile(final Path file, final BasicFileAttributes attrs) throws IOException
            {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(final Path dir, final IOException exc) throws IOException
            {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
