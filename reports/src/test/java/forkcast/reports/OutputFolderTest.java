package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.core.JsonGenerator;

/**
 * A write that fails half-way (a full disk, reported by the JDK or by Jackson, or memory running out) leaves the
 * previous outputs as they were and no staging folder, and reaches the command as an {@link IOException} it can
 * report (or as the {@link Error} itself).
 */
class OutputFolderTest
{
    @TempDir
    Path tmp;

    private Path previous() throws Exception
    {
        Path out = this.tmp.resolve("out");
        OutputFolder.publish(out, OutputRequest.of("run"), f -> Manifest.writeBatch("run", List.of(), List.of(),
                java.time.Instant.EPOCH, f));
        return out;
    }

    private List<String> siblings() throws IOException
    {
        try (Stream<Path> entries = Files.list(this.tmp))
        {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".forkcast-lock")).sorted()
                    .toList();
        }
    }

    private void assertPreviousKept(final Path out, final byte[] manifest) throws IOException
    {
        assertEquals(List.of("out"), siblings(), "no staging folder is left");
        assertEquals(new String(manifest), Files.readString(out.resolve("run.json")));
        try (Stream<Path> files = Files.list(out))
        {
            assertEquals(1, files.count(), "the previous outputs, nothing half-written");
        }
    }

    @Test
    void aFullDiskLeavesThePreviousOutputsAndNoStagingFolder() throws Exception
    {
        Path out = previous();
        byte[] manifest = Files.readAllBytes(out.resolve("run.json"));
        IOException e = assertThrows(IOException.class, () -> OutputFolder.publish(out, OutputRequest.of("run"), f ->
        {
            Files.writeString(f.file("timeseries.csv"), "replication,intervalStart,metric,value\n");
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertPreviousKept(out, manifest);
    }

    @Test
    void aFullDiskReportedByJacksonIsAnIoExceptionToo() throws Exception
    {
        Path out = previous();
        byte[] manifest = Files.readAllBytes(out.resolve("run.json"));
        IOException e = assertThrows(IOException.class, () -> OutputFolder.publish(out, OutputRequest.of("run"), f ->
        {
            try (OutputStream failing = new OutputStream()
            {
                @Override
                public void write(final int b) throws IOException
                {
                    throw new IOException("No space left on device");
                }
            }; JsonGenerator g = SummaryWriter.JSON.createGenerator(failing))
            {
                g.writeStartObject();
                g.writeStringProperty("scenario", "x".repeat(100_000));
                g.writeEndObject();
            }
        }));
        assertEquals("No space left on device", e.getMessage());
        assertPreviousKept(out, manifest);
    }

    @Test
    void runningOutOfMemoryWhileWritingRemovesTheStagingFolder() throws Exception
    {
        Path out = previous();
        byte[] manifest = Files.readAllBytes(out.resolve("run.json"));
        assertThrows(OutOfMemoryError.class, () -> OutputFolder.publish(out, OutputRequest.of("run"), f ->
        {
            Files.writeString(f.file("report.html"), "<html>");
            throw new OutOfMemoryError("Java heap space");
        }));
        assertPreviousKept(out, manifest);
    }
}
