package forkcast.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import forkcast.scenarios.RunResult;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.MeasurementWindow;

/**
 * {@code timeseries.csv} in long format: {@code replication,intervalStart,metric,value}, one row per replication,
 * interval and series. {@code intervalStart} is the simulated time in seconds at which the interval starts (the first
 * interval starts when the warm-up ends); counts are per interval, levels are the interval's time-weighted mean.
 */
public final class TimeSeriesWriter
{
    private TimeSeriesWriter()
    {
    }

    public static void write(final RunResult run, final Path file) throws IOException
    {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8))
        {
            out.write("replication,intervalStart,metric,value\n");
            for (ReplicationOutput replication : run.results().replications())
            {
                MeasurementWindow window = replication.window();
                String rep = Integer.toString(replication.replication());
                for (Map.Entry<String, ReplicationOutput.Series> e : replication.series().entrySet())
                {
                    double[] values = e.getValue().values();
                    for (int i = 0; i < values.length; i++)
                    {
                        out.write(rep);
                        out.write(',');
                        out.write(Numbers.exact(window.intervalStart(i)));
                        out.write(',');
                        out.write(e.getKey());
                        out.write(',');
                        out.write(Numbers.exact(values[i]));
                        out.write('\n');
                    }
                }
            }
        }
    }
}
