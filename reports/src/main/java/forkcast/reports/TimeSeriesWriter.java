package forkcast.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import forkcast.scenarios.RunResult;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.MeasurementWindow;

/**
 * {@code timeseries.csv} in long format: {@code replication,intervalStart,metric,value}, one row per replication,
 * interval and series. {@code intervalStart} is the simulated time in seconds at which the interval starts (the first
 * interval starts when the warm-up ends); counts are per interval, levels are the interval's time-weighted mean.
 * Written by {@link CsvFile} (RFC 4180 quoting, spreadsheet formulas neutralised).
 */
public final class TimeSeriesWriter
{
    private TimeSeriesWriter()
    {
    }

    public static void write(final RunResult run, final Path file) throws IOException
    {
        try (CsvFile csv = CsvFile.create(file))
        {
            csv.text("replication").text("intervalStart").text("metric").text("value").endRow();
            for (ReplicationOutput replication : run.results().replications())
            {
                MeasurementWindow window = replication.window();
                for (Map.Entry<String, ReplicationOutput.Series> e : replication.series().entrySet())
                {
                    double[] values = e.getValue().values();
                    for (int i = 0; i < values.length; i++)
                    {
                        csv.number(replication.replication()).number(window.intervalStart(i)).text(e.getKey())
                                .number(values[i]).endRow();
                    }
                }
            }
        }
    }
}
