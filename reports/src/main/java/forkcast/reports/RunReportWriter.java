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
 * {@code report.html}, {@code run.json}, and {@code summary.json} last.
 */
public final class RunReportWriter
{
    private RunReportWriter()
    {
    }

    /**
     * @param run the results
     * @param target the output folder (replaced as a whole)
     * @param commandLine the arguments, for run.json
     * @param started when the command started
     * @return the verdicts, for the console summary
     */
    public static List<Verdict> write(final RunResult run, final Path target, final Catalog catalog,
            final List<String> commandLine, final Instant started) throws IOException
    {
        List<Verdict> verdicts = Verdict.judge(run.results(), run.ratings());
        OutputFolder.publish(target, folder ->
        {
            TimeSeriesWriter.write(run, folder.file("timeseries.csv"));
            if (!run.trace().isEmpty())
            {
                TraceWriter.write(run, folder.file("trace.csv"));
            }
            List<Charts.Chart> charts = Charts.write(run, folder);
            HtmlReport.write(run, verdicts, charts, catalog, folder.file("report.html"));
            Manifest.write(run, commandLine, started, folder.file("run.json"));
            SummaryWriter.write(run, verdicts, folder.file("summary.json"));
        });
        return verdicts;
    }
}
