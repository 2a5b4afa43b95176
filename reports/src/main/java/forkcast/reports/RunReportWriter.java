package forkcast.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import forkcast.scenarios.Catalog;
import forkcast.scenarios.RunResult;

/**
 * Writes every output of a run into a staging folder and publishes them together: {@code timeseries.csv},
 * {@code trace.csv} when a trace was asked for, charts,
 * {@code replications.json} and a copy of the scenario ({@code scenario.yaml}, for {@code forkcast report}),
 * {@code report.html}, {@code summary.json}, and {@code run.json} last (it lists the others).
 */
public final class RunReportWriter
{
    private RunReportWriter()
    {
    }

    /** {@link #write(RunResult, OutputFolder, Catalog, Reproduction, Instant)} into {@code target}, claimed for a run. */
    public static List<Verdict> write(final RunResult run, final Path target, final Catalog catalog,
            final Reproduction reproduction, final Instant started) throws IOException, OutputRefusedException
    {
        try (OutputFolder folder = OutputFolder.claim(target, OutputRequest.of("run")))
        {
            return write(run, folder, catalog, reproduction, started);
        }
    }

    /**
     * @param run the results
     * @param output the claimed output folder (replaced as a whole)
     * @param reproduction how to run it again: the report shows it, run.json holds its command line
     * @param started when the command started
     * @return the verdicts, for the console summary
     */
    public static List<Verdict> write(final RunResult run, final OutputFolder output, final Catalog catalog,
            final Reproduction reproduction, final Instant started) throws IOException
    {
        Answer answer = Answer.of(run);
        List<Verdict> verdicts = answer.verdicts();
        output.publish(folder ->
        {
            TimeSeriesWriter.write(run, folder.file("timeseries.csv"));
            if (!run.trace().isEmpty())
            {
                TraceWriter.write(run, folder.file("trace.csv"));
            }
            writeReport(run, folder, catalog, reproduction);
            SummaryWriter.write(run, answer, folder.file("summary.json"));
            SavedResults.write(run.results(), folder.file(SavedResults.FILE));
            Files.writeString(folder.file(SCENARIO_COPY), run.scenario().text(), StandardCharsets.UTF_8);
            Manifest.write(run, reproduction.commandLine(), started, folder);
        });
        return verdicts;
    }

    /** The scenario file as the run read it (before --set overrides), for {@code forkcast report}. */
    public static final String SCENARIO_COPY = "scenario.yaml";

    /** {@code report.html} and {@code charts/}: all that depends on the results alone ({@code forkcast report}). */
    static void writeReport(final RunResult run, final OutputFolder folder, final Catalog catalog,
            final Reproduction reproduction) throws IOException
    {
        List<Charts.Chart> charts = Charts.write(run, folder);
        HtmlReport.write(run, Answer.of(run), charts, catalog, reproduction, folder.file("report.html"));
    }

    /**
     * Rewrite {@code report.html} and {@code charts/} of a run's output folder from its saved files, without
     * simulating: the results from {@code replications.json} and {@code timeseries.csv}, the scenario as given
     * (re-read from its saved copy with the run's options by {@code scenario}). Every other file is kept as it is;
     * the folder is replaced as a whole, so a reader never sees a mix.
     * @param folder the claimed output folder of a run
     * @param scenario the scenario of the run, rebuilt from its saved copy
     * @param reproduction how the run is run again, from its command line in run.json (not the one that rewrites it)
     */
    public static void rewriteReport(final OutputFolder folder, final forkcast.scenarios.Scenario scenario,
            final Reproduction reproduction, final Catalog catalog) throws IOException
    {
        Path target = folder.target();
        forkcast.sim.RunWindow w = scenario.window();
        forkcast.sim.ExperimentResults results = SavedResults.read(target,
                new forkcast.sim.stats.MeasurementWindow(w.warmup(), w.end(), w.interval()));
        RunResult run = new RunResult(scenario, results, scenario.deployment().ratings(), 0, 1, List.of());
        List<Path> kept;
        try (var files = Files.walk(target))
        {
            kept = files.filter(Files::isRegularFile).filter(f -> !target.relativize(f).startsWith("charts")
                    && !f.getFileName().toString().equals("report.html")).sorted().toList();
        }
        folder.publish(staging ->
        {
            for (Path f : kept)
            {
                Files.copy(f, staging.file(target.relativize(f).toString().replace('\\', '/')));
            }
            writeReport(run, staging, catalog, reproduction);
        });
    }
}
