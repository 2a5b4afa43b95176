package forkcast.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import forkcast.scenarios.Catalog;
import forkcast.scenarios.RunResult;

/**
 * Writes every output of a run into a staging folder and publishes them together: {@code timeseries.csv},
 * {@code trace.csv} when a trace was asked for, charts,
 * {@code report.html}, {@code summary.json}, and {@code run.json} last (it lists the others).
 */
public final class RunReportWriter
{
    private RunReportWriter()
    {
    }

    /** {@link #write(RunResult, OutputFolder, Catalog, List, Instant)} into {@code target}, claimed for a run. */
    public static List<Verdict> write(final RunResult run, final Path target, final Catalog catalog,
            final List<String> commandLine, final Instant started) throws IOException, OutputRefusedException
    {
        try (OutputFolder folder = OutputFolder.claim(target, OutputRequest.of("run")))
        {
            return write(run, folder, catalog, commandLine, started);
        }
    }

    /**
     * @param run the results
     * @param output the claimed output folder (replaced as a whole)
     * @param commandLine the arguments, for run.json
     * @param started when the command started
     * @return the verdicts, for the console summary
     */
    public static List<Verdict> write(final RunResult run, final OutputFolder output, final Catalog catalog,
            final List<String> commandLine, final Instant started) throws IOException
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
            List<Charts.Chart> charts = Charts.write(run, folder);
            HtmlReport.write(run, answer, charts, catalog, folder.file("report.html"));
            SummaryWriter.write(run, answer, folder.file("summary.json"));
            Manifest.write(run, commandLine, started, folder);
        });
        return verdicts;
    }
}
