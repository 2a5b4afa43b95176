package forkcast.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.PhysicalRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a batch (sweep or sizing) keeps each finished replication of each point, so that an interrupted batch can be
 * resumed running only what is missing. Each replication is written to a temporary file and moved into place, so a
 * kill leaves only whole files. Doubles are written as JSON, which reads back to the same bits, so a resumed batch
 * gives byte-identical outputs. The folder also holds the batch's identity; resuming a different batch is refused.
 */
public final class Checkpoint
{
    private static final JsonMapper JSON = JsonMapper.shared();

    private final Path folder;

    private Checkpoint(final Path folder)
    {
        this.folder = folder;
    }

    /** @return the checkpoint folder for output folder {@code out}: a hidden sibling */
    public static Path folderFor(final Path out)
    {
        Path absolute = out.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".checkpoint");
    }

    /**
     * Open the checkpoint of a batch.
     * @param identity what makes the batch this batch (scenario hash, overrides, axes, seed, replications, version)
     * @param resume whether finished replications of an earlier run of the same batch are to be reused
     * @throws IllegalStateException when resuming and the checkpoint belongs to another batch
     */
    public static Checkpoint open(final Path out, final String identity, final boolean resume) throws IOException
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
        Files.writeString(id, identity);
        return new Checkpoint(folder);
    }

    /** @return the saved output of a replication of a point, or null when it has not finished */
    public ReplicationOutput load(final int point, final int replication, final MeasurementWindow window)
    {
        Path file = file(point, replication);
        if (!Files.exists(file))
        {
            return null;
        }
        JsonNode node = JSON.readTree(file.toFile());
        ReplicationOutput output = new ReplicationOutput(replication, window);
        for (Map.Entry<String, JsonNode> e : node.get("scalars").properties())
        {
            JsonNode v = e.getValue().get("value");
            JsonNode range = e.getValue().get("range");
            if (range == null)
            {
                return null; // saved before metrics carried their range: run it again rather than summarise it otherwise
            }
            output.put(e.getKey(), e.getValue().get("unit").asString(), PhysicalRange.valueOf(range.asString()),
                    v.isNull() ? Double.NaN : v.asDouble());
        }
        for (Map.Entry<String, JsonNode> e : node.get("series").properties())
        {
            JsonNode values = e.getValue().get("values");
            double[] array = new double[values.size()];
            for (int i = 0; i < array.length; i++)
            {
                array[i] = values.get(i).asDouble();
            }
            output.putSeries(e.getKey(), e.getValue().get("unit").asString(), array);
        }
        return output;
    }

    /** Save a finished replication (a whole file, or none). */
    public synchronized void save(final int point, final ReplicationOutput output)
    {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode scalars = root.putObject("scalars");
        output.scalars().forEach((name, s) ->
        {
            ObjectNode n = scalars.putObject(name);
            n.put("unit", s.unit());
            n.put("range", s.range().name());
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
            ObjectNode n = series.putObject(name);
            n.put("unit", s.unit());
            var values = n.putArray("values");
            for (double v : s.values())
            {
                values.add(v);
            }
        });
        try
        {
            Path file = file(point, output.replication());
            Path tmp = Files.createTempFile(this.folder, "partial-", ".json");
            JSON.writeValue(tmp.toFile(), root);
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
            throw new UncheckedIOException(e);
        }
    }

    /** The batch finished and its outputs are published: the checkpoint is no longer needed. */
    public void discard() throws IOException
    {
        delete(this.folder);
    }

    private Path file(final int point, final int replication)
    {
        return this.folder.resolve("p" + point + "-r" + replication + ".json");
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
