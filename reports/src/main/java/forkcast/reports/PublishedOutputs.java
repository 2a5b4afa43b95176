package forkcast.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an existing output folder holds, as far as replacing it is concerned: whether forkcast wrote it (its
 * {@code run.json} names a {@code forkcastVersion}), of which kind and batch, and which entries in it forkcast did not
 * write. {@code run.json} lists the files written with it ({@code files}); for outputs of versions that did not list
 * them, the names forkcast has always written are taken instead.
 */
final class PublishedOutputs
{
    /** The output names of versions whose {@code run.json} has no {@code files}; charts are charts/*.png and *.svg. */
    private static final Set<String> OLDER_NAMES = Set.of("run.json", "summary.json", "timeseries.csv", "trace.csv",
            "report.html", Batch.FILE, "sweep.csv", "size.json", "comparison.json", "comparison.csv");
    private static final long MAX_MANIFEST_BYTES = 1 << 20;
    /** Entries looked at before giving up: a folder of forkcast outputs holds far fewer. */
    private static final int MAX_ENTRIES = 10_000;
    private static final int NAMED = 3;

    final boolean forkcast;
    final String kind;
    final String batch;
    /** Up to three entries forkcast did not write, relative to the folder; empty when there are none. */
    final List<String> foreign;
    /** How many foreign entries there are (at least {@code foreign.size()}). */
    final int foreignCount;

    private PublishedOutputs(final boolean forkcast, final String kind, final String batch, final List<String> foreign,
            final int foreignCount)
    {
        this.forkcast = forkcast;
        this.kind = kind;
        this.batch = batch;
        this.foreign = foreign;
        this.foreignCount = foreignCount;
    }

    /** @return what the existing folder {@code dir} holds */
    static PublishedOutputs of(final Path dir) throws IOException
    {
        JsonNode manifest = manifest(dir.resolve("run.json"));
        boolean forkcast = manifest != null && manifest.path("forkcastVersion").isString();
        Set<String> written = new HashSet<>();
        boolean listed = forkcast && manifest.path("files").isArray();
        if (listed)
        {
            manifest.path("files").forEach(f -> written.add(f.asString()));
            written.add("run.json");
        }
        List<String> foreign = new ArrayList<>();
        int foreignCount = 0;
        int seen = 0;
        try (Stream<Path> walk = Files.walk(dir))
        {
            for (Path entry : (Iterable<Path>) walk.skip(1)::iterator)
            {
                if (++seen > MAX_ENTRIES)
                {
                    foreignCount++;
                    break;
                }
                String name = dir.relativize(entry).toString().replace(entry.getFileSystem().getSeparator(), "/");
                boolean ours = forkcast && (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        ? holdsOurs(name, written, listed)
                        : Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && (listed ? written.contains(name)
                                : olderName(name)));
                if (!ours && !insideForeignFolder(name, foreign))
                {
                    foreignCount++;
                    if (foreign.size() < NAMED)
                    {
                        foreign.add(name);
                    }
                }
            }
        }
        String kind = forkcast ? manifest.path("kind").asString("run") : null;
        String batch = forkcast && Files.isRegularFile(dir.resolve(Batch.FILE)) ? Batch.published(dir) : null;
        return new PublishedOutputs(forkcast, kind, batch, List.copyOf(foreign), foreignCount);
    }

    /** @return whether the folder holds nothing at all */
    static boolean isEmpty(final Path dir) throws IOException
    {
        try (Stream<Path> entries = Files.list(dir))
        {
            return entries.findAny().isEmpty();
        }
    }

    private static boolean holdsOurs(final String dir, final Set<String> written, final boolean listed)
    {
        if (!listed)
        {
            return dir.equals("charts");
        }
        return written.stream().anyMatch(f -> f.startsWith(dir + "/"));
    }

    private static boolean olderName(final String name)
    {
        return OLDER_NAMES.contains(name) || name.startsWith("charts/") && name.indexOf('/', 7) < 0
                && (name.endsWith(".png") || name.endsWith(".svg"));
    }

    /** A foreign folder is named once, not with each file in it. */
    private static boolean insideForeignFolder(final String name, final List<String> foreign)
    {
        return foreign.stream().anyMatch(f -> name.startsWith(f + "/"));
    }

    private static JsonNode manifest(final Path file)
    {
        try
        {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_MANIFEST_BYTES)
            {
                return null;
            }
            return JsonMapper.shared().readTree(file.toFile());
        }
        catch (IOException | RuntimeException e)
        {
            return null; // not a manifest forkcast wrote
        }
    }
}
