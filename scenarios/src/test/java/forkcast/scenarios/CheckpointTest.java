package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.PhysicalRange;
import forkcast.sim.stats.MeasurementWindow;

/** Checkpoint files are verified on reading (damaged ones re-run, with their path told), and a failed save leaves none. */
class CheckpointTest
{
    private static final MeasurementWindow WINDOW = new MeasurementWindow(900, 4500, 300);

    @TempDir
    Path tmp;

    private static ReplicationOutput output()
    {
        ReplicationOutput o = new ReplicationOutput(1, WINDOW);
        o.put("calls.offered", "calls", PhysicalRange.NON_NEGATIVE, 1234.5);
        o.put("recording.coverage", "ratio", PhysicalRange.SHARE, Double.NaN);
        double[] series = new double[WINDOW.intervals()];
        Arrays.setAll(series, i -> i * 0.1 - 0.35);
        o.putSeries("bhcc", "calls", series);
        return o;
    }

    private Path saved(final List<String> damaged) throws IOException
    {
        Checkpoint checkpoint = Checkpoint.open(this.tmp.resolve("out"), "batch", false, damaged::add);
        checkpoint.save(0, output());
        return Checkpoint.folderFor(this.tmp.resolve("out")).resolve("p0-r1.json");
    }

    @Test
    void aSavedReplicationReadsBackToTheSameBits() throws IOException
    {
        List<String> damaged = new ArrayList<>();
        saved(damaged);
        ReplicationOutput back = Checkpoint.open(this.tmp.resolve("out"), "batch", true, damaged::add).load(0, 1, WINDOW);
        assertNotNull(back);
        assertEquals(1234.5, back.scalars().get("calls.offered").value());
        assertTrue(Double.isNaN(back.scalars().get("recording.coverage").value()));
        assertArrayEquals(output().series().get("bhcc").values(), back.series().get("bhcc").values());
        assertEquals(List.of(), damaged);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "truncated", "garbage", "one byte changed", "valid JSON, wrong shape"})
    void aDamagedCheckpointIsReportedWithItsPathAndRunAgain(final String damage) throws IOException
    {
        List<String> damaged = new ArrayList<>();
        Path file = saved(damaged);
        byte[] bytes = Files.readAllBytes(file);
        UnaryOperator<byte[]> how = switch (damage)
        {
            case "empty" -> b -> new byte[0];
            case "truncated" -> b -> Arrays.copyOf(b, b.length / 2);
            case "garbage" -> b -> "\u0000\u00ff not json at all".getBytes();
            case "one byte changed" -> b ->
            {
                byte[] c = b.clone();
                int i = new String(c).indexOf("1234.5") + 1;
                c[i] = '9';
                return c;
            };
            default -> b -> "{\"scalars\": {\"x\": 1}, \"series\": []}".getBytes();
        };
        Files.write(file, how.apply(bytes));
        Checkpoint resumed = Checkpoint.open(this.tmp.resolve("out"), "batch", true, damaged::add);
        assertNull(resumed.load(0, 1, WINDOW), "a damaged replication is not used: it runs again");
        assertEquals(1, damaged.size(), damaged.toString());
        assertTrue(damaged.get(0).contains(file.toString()) && damaged.get(0).contains("damaged"), damaged.get(0));
        assertTrue(!Files.exists(file), "the damaged file is removed");
    }

    @Test
    void aFullDiskWhileSavingLeavesNoPartialFileAndSaysWhere() throws IOException
    {
        Path out = this.tmp.resolve("out");
        Checkpoint checkpoint = Checkpoint.open(out, "batch", false, m -> { }, file -> new FilterOutputStream(
                Files.newOutputStream(file))
        {
            private int written;

            @Override
            public void write(final int b) throws IOException
            {
                if (++this.written > 100)
                {
                    throw new IOException("No space left on device");
                }
                super.write(b);
            }
        });
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> checkpoint.save(0, output()));
        assertTrue(e.getMessage().contains("cannot save the checkpoint " + Checkpoint.folderFor(out).resolve("p0-r1.json"))
                && e.getMessage().contains("No space left on device"), e.getMessage());
        try (Stream<Path> files = Files.list(Checkpoint.folderFor(out)))
        {
            assertEquals(List.of("batch.txt"), files.map(f -> f.getFileName().toString()).toList(),
                    "no partial-*.json and no half-written checkpoint");
        }
    }

    @Test
    void partialFilesOfAKilledSaveAreRemovedWhenTheBatchResumes() throws IOException
    {
        Path out = this.tmp.resolve("out");
        Checkpoint.open(out, "batch", false);
        Path partial = Files.writeString(Checkpoint.folderFor(out).resolve("partial-123.json"), "{\"scal");
        Checkpoint.open(out, "batch", true);
        assertTrue(!Files.exists(partial));
    }
}
