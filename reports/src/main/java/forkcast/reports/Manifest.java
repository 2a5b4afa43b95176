package forkcast.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import forkcast.scenarios.RunResult;
import tools.jackson.core.JsonGenerator;

/**
 * {@code run.json}: how the outputs were made — Forkcast version, scenario hash, command line, seed, replications,
 * warm-up, run length, Java version, threads, start time, wall time, events per second. The only output that holds
 * times of day, durations of the run or host facts, so the others stay reproducible.
 */
public final class Manifest
{
    private Manifest()
    {
    }

    public static void write(final RunResult run, final List<String> commandLine, final Instant started, final Path file)
            throws IOException
    {
        try (OutputStream out = Files.newOutputStream(file); JsonGenerator g = SummaryWriter.JSON.createGenerator(out))
        {
            g.writeStartObject();
            g.writeStringProperty("forkcastVersion", Version.get());
            g.writeStringProperty("scenario", run.scenario().name());
            g.writeStringProperty("scenarioFile", run.scenario().source());
            g.writeStringProperty("scenarioSha256", sha256(run.scenario().text()));
            g.writeArrayPropertyStart("commandLine");
            for (String arg : commandLine)
            {
                g.writeString(arg);
            }
            g.writeEndArray();
            g.writeNumberProperty("seed", run.scenario().seed());
            g.writeNumberProperty("replications", run.scenario().replications());
            g.writeNumberProperty("warmupSeconds", run.scenario().window().warmup());
            g.writeNumberProperty("durationSeconds", run.scenario().window().duration());
            g.writeNumberProperty("intervalSeconds", run.scenario().window().interval());
            g.writeNumberProperty("threads", run.threads());
            g.writeStringProperty("javaVersion", System.getProperty("java.version"));
            g.writeStringProperty("startedAt", started.toString());
            g.writeNumberProperty("wallSeconds", Math.round(run.wallSeconds() * 1000) / 1000.0);
            g.writeNumberProperty("eventsPerSecond", Math.round(run.eventsPerSecond()));
            g.writeEndObject();
        }
    }

    /** @return hex SHA-256 of the scenario text, as read (before --set overrides) */
    public static String sha256(final String text)
    {
        try
        {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e)
        {
            throw new IllegalStateException(e);
        }
    }
}
