package forkcast.scenarios;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import forkcast.models.metrics.MetricCatalogue;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.metrics.Metric;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.stats.MeasurementWindow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a batch (sweep or sizing) keeps each finished replication of each point, so that an interrupted batch can be
 * resumed running only what is missing. Each replication is written to a temporary file and moved into place, so a
 * kill leaves only whole files; a failed write (a full disk) removes its temporary file. Each file starts with the
 * SHA-256 of its content ({@code sha256:HEX} on the first line), and is checked against it and against the batch's
 * run window on reading: a damaged file (empty, truncated, changed) is reported with its path and its replication is
 * run again. Doubles are written as JSON, which reads back to the same bits, so a resumed batch gives byte-identical
 * outputs. The folder also holds the batch's identity; resuming a different batch is refused.
 */
public final class Checkpoint
{
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String CHECKSUM = "sha256:";

    /** Opens a file to write (a seam for tests of failing disks). */
    @FunctionalInterface
    interface Opener
    {
        OutputStream open(Path file) throws IOException;
    }

    private final Path folder;
    private final Consumer<String> damaged;
    private final Opener opener;

    private Checkpoint(final Path folder, final Consumer<String> damaged, final Opener opener)
    {
        this.folder = folder;
        this.damaged = damaged;
        this.opener = opener;
    }

    /** @return the checkpoint folder for output folder {@code out}: a hidden sibling */
    public static Path folderFor(final Path out)
    {
        Path absolute = out.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".checkpoint");
    }

    /** {@link #open(Path, String, boolean, Consumer)}, damaged files re-run without a word. */
    public static Checkpoint open(final Path out, final String identity, final boolean resume) throws IOException
    {
        return open(out, identity, resume, message -> { });
    }

    /**
     * Open the checkpoint of a batch.
     * @param identity what makes the batch this batch (scenario hash, overrides, axes, seed, replications, version)
     * @param resume whether finished replications of an earlier run of the same batch are to be reused
     * @param damaged told, for each damaged file found, its path and what is wrong (its replication runs again)
     * @throws IllegalStateException when resuming and the checkpoint belongs to another batch
     */
    public static Checkpoint open(final Path out, final String identity, final boolean resume,
            final Consumer<String> damaged) throws IOException
    {
        return open(out, identity, resume, damaged, Files::newOutputStream);
    }

    static Checkpoint open(final Path out, final String identity, final boolean resume, final Consumer<String> damaged,
            final Opener opener) throws IOException
    {
        Path folder = folderFor(out);
        Path id = folder.resolve("batch.txt");
        if (resume && Files.exists(id) && !Files.readString(id).equals(identity))
        {
            throw new IllegalStateException("the checkpoint beside " + out + " belongs to another batch; run without"
                    + " --resume to start over");
        }
        if (!resume)
        {
            delete(folder);
        }
        Files.createDirectories(folder);
        try (DirectoryStream<Path> partial = Files.newDirectoryStream(folder, "partial-*.json"))
        {
            for (Path file : partial)
            {
                Files.delete(file); // a save killed half-way; its replication was never counted as finished
            }
        }
        Files.writeString(id, identity);
        return new Checkpoint(folder, damaged, opener);
    }

    /**
     * @return the saved output of a replication of a point, or null when it has not finished or its file is damaged
     *         (then the file is reported and removed, and the replication runs again)
     */
    public ReplicationOutput load(final int point, final int replication, final MeasurementWindow window)
    {
        Path file = file(point, replication);
        if (!Files.exists(file))
        {
            return null;
        }
        try
        {
            return read(file, replication, window);
        }
        catch (IOException | RuntimeException e)
        {
            String reason = e instanceof DamagedException ? e.getMessage() : "unreadable (" + e.getMessage() + ")";
            this.damaged.accept("checkpoint " + file + " is damaged: " + reason + "; running that replication again");
            try
            {
                Files.deleteIfExists(file);
            }
            catch (IOException ignored)
            {
                // it is replaced when the replication is saved again
            }
            return null;
        }
    }

    private static ReplicationOutput read(final Path file, final int replication, final MeasurementWindow window)
            throws IOException
    {
        byte[] bytes = Files.readAllBytes(file);
        int newline = indexOf(bytes, (byte) '\n');
        String header = newline < 0 ? "" : new String(bytes, 0, newline, StandardCharsets.US_ASCII);
        if (!header.startsWith(CHECKSUM))
        {
            throw new DamagedException(bytes.length == 0 ? "empty" : "no checksum line");
        }
        byte[] body = Arrays.copyOfRange(bytes, newline + 1, bytes.length);
        if (!header.substring(CHECKSUM.length()).equals(sha256(body)))
        {
            throw new DamagedException("its content does not match its checksum (truncated or changed)");
        }
        return decode(body, replication, window);
    }

    /**
     * A replication's output read back from {@link #encode}: the same metrics, the same values to the bit (NaN
     * included), the same order. Also how outputs computed in another process come back.
     *
     * @throws RuntimeException when the bytes are not such an output
     */
    public static ReplicationOutput decode(final byte[] body, final int replication, final MeasurementWindow window)
    {
        JsonNode node = JSON.readTree(body);
        ReplicationOutput output = new ReplicationOutput(replication, window);
        for (Map.Entry<String, JsonNode> e : object(node, "scalars").properties())
        {
            JsonNode v = e.getValue().get("value");
            if (v == null || !(v.isNull() || v.isNumber()))
            {
                throw new DamagedException("scalar " + e.getKey() + " has no number");
            }
            output.put(metric(e.getKey(), e.getValue(), false), v.isNull() ? Double.NaN : v.asDouble());
        }
        for (Map.Entry<String, JsonNode> e : object(node, "series").properties())
        {
            JsonNode values = e.getValue().get("values");
            if (values == null || !values.isArray() || values.size() != window.intervals())
            {
                throw new DamagedException("series " + e.getKey() + " does not have " + window.intervals() + " values");
            }
            double[] array = new double[values.size()];
            for (int i = 0; i < array.length; i++)
            {
                if (!values.get(i).isNumber())
                {
                    throw new DamagedException("series " + e.getKey() + " has a value that is not a number");
                }
                array[i] = values.get(i).asDouble();
            }
            output.putSeries(metric(e.getKey(), e.getValue(), true), array);
        }
        return output;
    }

    private static JsonNode object(final JsonNode node, final String name)
    {
        JsonNode n = node.get(name);
        if (n == null || !n.isObject())
        {
            throw new DamagedException("no " + name);
        }
        return n;
    }

    /**
     * The metric a saved value belongs to, found in the catalogue by its pattern and the values of its placeholders
     * (its unit and physical range come from there, not from the file). A value saved by a version whose catalogue
     * lacks the metric, or before metrics were saved this way, is damaged: its replication runs again.
     */
    private static Metric metric(final String name, final JsonNode node, final boolean series)
    {
        JsonNode pattern = node.get("metric");
        JsonNode parts = node.get("parts");
        if (pattern == null || !pattern.isString() || parts == null || !parts.isObject())
        {
            throw new DamagedException(name + " does not say which metric it is");
        }
        MetricDescriptor descriptor = MetricCatalogue.find(pattern.asString(), series)
                .orElseThrow(() -> new DamagedException(name + " is of a metric this version does not know"));
        List<String> values = new ArrayList<>();
        for (String placeholder : descriptor.placeholders())
        {
            JsonNode part = parts.get(placeholder);
            if (part == null || !part.isString())
            {
                throw new DamagedException(name + " has no " + placeholder);
            }
            values.add(part.asString());
        }
        Metric metric = descriptor.of(values.toArray(String[]::new));
        if (!metric.name().equals(name))
        {
            throw new DamagedException(name + " does not match its metric " + metric.name());
        }
        return metric;
    }

    private static ObjectNode describe(final ObjectNode node, final Metric metric)
    {
        node.put("metric", metric.descriptor().pattern());
        ObjectNode parts = node.putObject("parts");
        metric.parts().forEach(parts::put);
        return node;
    }

    /** Save a finished replication (a whole file, or none). */
    public synchronized void save(final int point, final ReplicationOutput output)
    {
        byte[] body = encode(output);
        Path file = file(point, output.replication());
        Path tmp = null;
        try
        {
            tmp = Files.createTempFile(this.folder, "partial-", ".json");
            try (OutputStream out = this.opener.open(tmp))
            {
                out.write((CHECKSUM + sha256(body) + "\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
            }
            try
            {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            catch (AtomicMoveNotSupportedException e)
            {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (IOException e)
        {
            if (tmp != null)
            {
                try
                {
                    Files.deleteIfExists(tmp);
                }
                catch (IOException ignored)
                {
                    // the checkpoint folder is cleared when the batch starts over
                }
            }
            throw new UncheckedIOException("cannot save the checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    /** A replication's output as JSON bytes (what a checkpoint file holds after its checksum line). */
    public static byte[] encode(final ReplicationOutput output)
    {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode scalars = root.putObject("scalars");
        output.scalars().forEach((name, s) ->
        {
            ObjectNode n = describe(scalars.putObject(name), s.metric());
            if (Double.isNaN(s.value()))
            {
                n.putNull("value");
            }
            else
            {
                n.put("value", s.value());
            }
        });
        ObjectNode series = root.putObject("series");
        output.series().forEach((name, s) ->
        {
            ObjectNode n = describe(series.putObject(name), s.metric());
            var values = n.putArray("values");
            for (double v : s.values())
            {
                values.add(v);
            }
        });
        return JSON.writeValueAsBytes(root);
    }

    /** The batch finished and its outputs are published: the checkpoint is no longer needed. */
    public void discard() throws IOException
    {
        delete(this.folder);
    }

    /**
     * Remove the checkpoint beside {@code out}, as far as possible (a failed batch leaves none it created); never
     * throws, so that it cannot hide the failure.
     */
    public static void removeQuietly(final Path out)
    {
        try
        {
            delete(folderFor(out));
        }
        catch (IOException | RuntimeException e)
        {
            // what is left is replaced by the next batch into this folder, or reused by --resume
        }
    }

    private Path file(final int point, final int replication)
    {
        return this.folder.resolve("p" + point + "-r" + replication + ".json");
    }

    private static int indexOf(final byte[] bytes, final byte b)
    {
        for (int i = 0; i < bytes.length; i++)
        {
            if (bytes[i] == b)
            {
                return i;
            }
        }
        return -1;
    }

    private static String sha256(final byte[] bytes)
    {
        try
        {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e)
        {
            throw new IllegalStateException(e);
        }
    }

    /** What makes a checkpoint file unusable, in words. */
    private static final class DamagedException extends RuntimeException
    {
        private static final long serialVersionUID = 1L;

        DamagedException(final String message)
        {
            super(message);
        }
    }

    private static void delete(final Path folder) throws IOException
    {
        if (!Files.exists(folder))
        {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder))
        {
            List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path p : paths)
            {
                Files.delete(p);
            }
        }
    }
}
