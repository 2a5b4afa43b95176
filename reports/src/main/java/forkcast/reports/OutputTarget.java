package forkcast.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The rules for {@code --out}, the same for every command. The folder may be absent (it is created), empty, or a
 * folder of forkcast outputs, which is replaced as a whole. Everything else is refused before anything is simulated:
 * an empty name, the filesystem root, the working directory or a folder that contains it, a folder that holds a
 * scenario file being read, a symbolic link, a file, and a folder holding anything forkcast did not write. Outputs of
 * another kind (a sweep's, when running a comparison) or of another sweep or sizing are replaced only with
 * {@code --force}; {@code --force} never lets a user's own files be replaced.
 */
final class OutputTarget
{
    private OutputTarget()
    {
    }

    /**
     * The checks that need no lock: where the folder is and what kind of entry it is.
     * @return the folder as an absolute, normalised path
     */
    static Path place(final Path out, final OutputRequest request) throws OutputRefusedException, IOException
    {
        if (out.toString().isBlank())
        {
            throw new OutputRefusedException("--out is empty (an unset variable?); give the folder to write to");
        }
        Path target = out.toAbsolutePath().normalize();
        String named = "--out " + Printable.of(out);
        if (target.getParent() == null || target.getFileName() == null)
        {
            throw new OutputRefusedException(named + " is the filesystem root; give a folder to write to");
        }
        Path real = real(target);
        Path workingDirectory = Path.of("").toAbsolutePath().toRealPath();
        if (workingDirectory.startsWith(real))
        {
            throw new OutputRefusedException(named + (workingDirectory.equals(real) ? " is the working directory"
                    : " contains the working directory") + "; replacing it would delete what is in it. Give a new or"
                    + " empty folder");
        }
        for (Path input : request.inputs())
        {
            Path file = real(input.toAbsolutePath().normalize());
            if (file.startsWith(real))
            {
                throw new OutputRefusedException(named + " holds the scenario file " + Printable.of(input)
                        + "; replacing it would delete it. Give a new or empty folder");
            }
        }
        if (Files.isSymbolicLink(target))
        {
            throw new OutputRefusedException(named + " is a symbolic link; give the folder it points to, or another"
                    + " --out");
        }
        Path existing = target;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS))
        {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing))
        {
            throw new OutputRefusedException(named + (existing.equals(target) ? " is a file" : ": "
                    + Printable.of(existing) + " is a file") + ", not a folder; give a new or empty folder");
        }
        return target;
    }

    /** The checks made under the lock: what the folder holds, if it exists. */
    static void contents(final Path target, final Path out, final OutputRequest request)
            throws OutputRefusedException, IOException
    {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || PublishedOutputs.isEmpty(target))
        {
            return;
        }
        String named = "--out " + Printable.of(out);
        PublishedOutputs existing;
        try
        {
            existing = PublishedOutputs.of(target);
        }
        catch (IOException | UncheckedIOException e)
        {
            throw new OutputRefusedException(named + " cannot be read through (" + Printable.of(e.getMessage())
                    + "); give a new or empty folder");
        }
        if (existing.foreignCount > 0)
        {
            String what = String.join(", ", existing.foreign.stream().map(Printable::of).toList())
                    + (existing.foreignCount > existing.foreign.size() ? " and more" : "");
            throw new OutputRefusedException(named + (existing.forkcast ? " holds files forkcast did not write ("
                    : " is not a folder of forkcast outputs: it holds ") + what + (existing.forkcast ? ")" : "")
                    + "; give a new or empty folder, or move them away (--force does not replace them)");
        }
        boolean sameKind = existing.kind.equals(request.kind());
        boolean sameBatch = request.batch() == null ? existing.batch == null : request.batch().equals(existing.batch);
        if ((!sameKind || !sameBatch) && !request.force())
        {
            throw new OutputRefusedException(named + " holds the outputs of " + (sameKind ? "another batch"
                    : "a forkcast " + Printable.of(existing.kind)) + "; use --force to replace them, or another --out");
        }
    }

    /** @return the path with the symbolic links of its existing part resolved */
    private static Path real(final Path absolute) throws IOException
    {
        Path existing = absolute;
        while (existing.getParent() != null && !Files.exists(existing))
        {
            existing = existing.getParent();
        }
        return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    }
}
