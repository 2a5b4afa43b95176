package forkcast.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import forkcast.scenarios.RunResult;
import forkcast.scenarios.TraceRow;

/**
 * {@code trace.csv}: {@code time,call,event,detail}, the lifecycle events of the first calls of replication 1 in the
 * order they happened, so a user can follow a call through gateways, agents and its recording session.
 */
public final class TraceWriter
{
    private TraceWriter()
    {
    }

    public static void write(final RunResult run, final Path file) throws IOException
    {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8))
        {
            out.write("time,call,event,detail\n");
            for (TraceRow row : run.trace())
            {
                out.write(Numbers.exact(row.time()));
                out.write(',');
                out.write(Long.toString(row.call()));
                out.write(',');
                out.write(row.event());
                out.write(',');
                out.write(quote(row.detail()));
                out.write('\n');
            }
        }
    }

    /** RFC 4180: quote a field that holds a comma, a quote or a line break. */
    private static String quote(final String field)
    {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0)
        {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
