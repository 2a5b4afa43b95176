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
 * {@code run.json}: how the outputs were made — Forkcast version and commit, kind, scenario hash, command line, seed,
 * replications, warm-up, run length, Java version, threads, start time, wall time, events per second — and which
 * files they are ({@code files}, by which a later command recognises the folder as forkcast's). The only output that
 * holds times of day, durations of the run or host facts, so the others stay reproducible.
 */
public final class Manifest
{
    private Manifest()
    {
    }

    /** The manifest's file name; written last, it lists every file of the outputs. */
    public static final String FILE = "run.json";

    /** Write {@code run.json} of a run into {@code folder}, after every other output. */
    public static void write(final RunResult run, final List<String> commandLine, final Instant started,
            final OutputFolder folder) throws IOException
    {
        List<String> files = files(folder);
        try (OutputStream out = Files.newOutputStream(folder.file(FILE));
                JsonGenerator g = SummaryWriter.JSON.createGenerator(out))
        {
            g.writeStartObject();
            g.writeStringProperty("forkcastVersion", Version.get());
            g.writeStringProperty("forkcastCommit", Version.commit());
            g.writeStringProperty("kind", "run");
            g.writeStringProperty("scenario", run.scenario().name());
            g.writeStringProperty("scenarioFile", run.scenario().source());
            g.writeStringProperty("scenarioSha256", sha256(run.scenario().text()));
            dataFiles(g, run.scenario().dataFiles());
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
            files(g, files);
            g.writeEndObject();
        }
    }

    /**
     * {@code run.json} of a batch (comparison, sweep, sizing): what ran it, on which scenarios, and how long it took.
     * Written into {@code folder} after every other output.
     * @param runs the runs it made (empty when only their evidence is kept)
     */
    public static void writeBatch(final String kind, final List<RunResult> runs, final List<String> commandLine,
            final Instant started, final OutputFolder folder) throws IOException
    {
        List<String> files = files(folder);
        try (OutputStream out = Files.newOutputStream(folder.file(FILE));
                JsonGenerator g = SummaryWriter.JSON.createGenerator(out))
        {
            double wall = (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0;
            g.writeStartObject();
            g.writeStringProperty("forkcastVersion", Version.get());
            g.writeStringProperty("forkcastCommit", Version.commit());
            g.writeStringProperty("kind", kind);
            g.writeArrayPropertyStart("commandLine");
            for (String arg : commandLine)
            {
                g.writeString(arg);
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("scenarios");
            java.util.Set<String> seen = new java.util.LinkedHashSet<>();
            for (RunResult run : runs)
            {
                if (seen.add(run.scenario().source() + " " + run.scenario().name()))
                {
                    g.writeStartObject();
                    g.writeStringProperty("name", run.scenario().name());
                    g.writeStringProperty("file", run.scenario().source());
                    g.writeStringProperty("sha256", sha256(run.scenario().text()));
                    dataFiles(g, run.scenario().dataFiles());
                    g.writeNumberProperty("seed", run.scenario().seed());
                    g.writeNumberProperty("replications", run.scenario().replications());
                    g.writeNumberProperty("warmupSeconds", run.scenario().window().warmup());
                    g.writeNumberProperty("durationSeconds", run.scenario().window().duration());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeNumberProperty("runs", runs.size());
            g.writeStringProperty("javaVersion", System.getProperty("java.version"));
            g.writeStringProperty("startedAt", started.toString());
            g.writeNumberProperty("wallSeconds", wall);
            double events = 0;
            for (RunResult run : runs)
            {
                for (double e : run.results().values("sim.events"))
                {
                    events += e;
                }
            }
            if (!runs.isEmpty() && wall > 0)
            {
                g.writeNumberProperty("eventsPerSecond", Math.round(events / wall));
            }
            files(g, files);
            g.writeEndObject();
        }
    }

    /** @return every file of the outputs: those staged so far and run.json itself */
    private static List<String> files(final OutputFolder folder) throws IOException
    {
        java.util.TreeSet<String> files = new java.util.TreeSet<>(folder.stagedFiles());
        files.add(FILE);
        return List.copyOf(files);
    }

    /** The files an empirical distribution read, with their SHA-256, when the scenario has any. */
    private static void dataFiles(final JsonGenerator g, final List<forkcast.scenarios.DataFile> dataFiles)
    {
        if (dataFiles.isEmpty())
        {
            return;
        }
        g.writeArrayPropertyStart("dataFiles");
        for (forkcast.scenarios.DataFile f : dataFiles)
        {
            g.writeStartObject();
            g.writeStringProperty("file", f.file());
            g.writeStringProperty("sha256", f.sha256());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The list by which a later run recognises these outputs as forkcast's, and anything added as not. */
    private static void files(final JsonGenerator g, final List<String> files)
    {
        g.writeArrayPropertyStart("files");
        for (String f : files)
        {
            g.writeString(f);
        }
        g.writeEndArray();
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
