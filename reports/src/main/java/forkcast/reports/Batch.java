package forkcast.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The identity of a batch (a sweep or a sizing): everything that decides its outputs. It is published with the
 * outputs ({@code batch.txt}) and kept with the checkpoint, so that {@code --resume} continues only the same batch and
 * {@code --out} does not silently replace another batch's outputs.
 */
public final class Batch
{
    /** The file, in the output folder, that names the batch. */
    public static final String FILE = "batch.txt";

    private Batch()
    {
    }

    /** @return the identity text: one line per input */
    public static String identity(final String kind, final Path scenario, final List<String> overrides,
            final List<String> parameters) throws IOException
    {
        StringBuilder s = new StringBuilder("forkcast ").append(Version.get()).append('\n');
        s.append("kind: ").append(kind).append('\n');
        s.append("scenario sha256: ").append(Manifest.sha256(Files.readString(scenario, StandardCharsets.UTF_8)))
                .append('\n');
        for (String o : overrides)
        {
            s.append("set: ").append(o).append('\n');
        }
        for (String p : parameters)
        {
            s.append(p).append('\n');
        }
        return s.toString();
    }

    /**
     * @return {@code parameters} and then one line per file the scenario's empirical distributions read, with its
     *         SHA-256, so that a changed data file is a different batch
     */
    public static List<String> withDataFiles(final List<String> parameters, final forkcast.scenarios.Scenario scenario)
    {
        List<String> all = new java.util.ArrayList<>(parameters);
        scenario.dataFiles().forEach(f -> all.add("data " + f.file() + " sha256: " + f.sha256()));
        return all;
    }

    /** @return the identity of the batch whose outputs are in {@code out}, or null when it holds none */
    public static String published(final Path out) throws IOException
    {
        Path file = out.resolve(FILE);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }
}
