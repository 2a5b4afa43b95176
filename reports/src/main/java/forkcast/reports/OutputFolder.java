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

/**
 * Publishes a run's files all at once. Everything is written into a hidden staging folder beside the target
 * ({@code .DIR.forkcast-staging-*}); {@link #publish()} then swaps it in with directory renames, so a reader sees the
 * previous complete outputs or the new complete outputs, never a mix or a half-written file. Staging folders left by a
 * killed run are removed when the next run starts.
 */
public final class OutputFolder
{
    private static final String STAGING = ".forkcast-staging-";
    private static final String RETIRED = ".forkcast-retired-";

    private final Path target;
    private final Path staging;

    private OutputFolder(final Path target, final Path staging)
    {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Start writing outputs for {@code target}: clears leftovers of interrupted runs and makes a staging folder.
     */
    public static OutputFolder begin(final Path target) throws IOException
    {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        removeLeftovers(parent, absolute.getFileName().toString());
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + STAGING);
        if (Files.getFileStore(staging).supportsFileAttributeView("posix"))
        {
            // temporary folders are private (rwx------); the published output folder should read like any other
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return new OutputFolder(absolute, staging);
    }

    /** Writes files into a staging folder. */
    @FunctionalInterface
    public interface Contents
    {
        void write(OutputFolder folder) throws IOException;
    }

    /**
     * Write a set of outputs as a whole: into a staging folder, then swapped in. On failure, or on SIGINT or SIGTERM
     * while writing (the JVM runs shutdown hooks and exits 130 / 143), the staged files are dropped, so only the
     * previous complete outputs, or none, remain. What a SIGKILL leaves is removed at the next start.
     */
    public static void publish(final Path target, final Contents contents) throws IOException
    {
        OutputFolder folder = begin(target);
        Thread cleanup = new Thread(folder::abandonQuietly, "forkcast-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try
        {
            contents.write(folder);
            folder.publish();
        }
        catch (IOException | RuntimeException e)
        {
            folder.abandon();
            throw e;
        }
        finally
        {
            try
            {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            }
            catch (IllegalStateException shuttingDown)
            {
                // the JVM is already exiting; the hook runs
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

    /** Replace the target folder by the staged one. */
    public void publish() throws IOException
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

    /** Drop the staged files (the run failed or was interrupted). */
    public void abandon()
    {
        try
        {
            deleteTree(this.staging);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #abandon()} for a shutdown hook: never throws, and does nothing once published. */
    public void abandonQuietly()
    {
        try
        {
            deleteTree(this.staging);
        }
        catch (IOException | RuntimeException e)
        {
            // best effort while the JVM exits; the next run removes what is left
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

    private static void removeLeftovers(final Path parent, final String name) throws IOException
    {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, "." + name + ".forkcast-*"))
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
