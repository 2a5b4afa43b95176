package forkcast.reports;

import java.io.IOException;
import java.nio.file.Path;

import forkcast.scenarios.RunResult;
import forkcast.scenarios.TraceRow;

/**
 * {@code trace.csv}: {@code time,call,event,detail}, the lifecycle events of the first calls of replication 1 in the
 * order they happened, so a user can follow a call through gateways, agents and its recording session. Written by
 * {@link CsvFile} (RFC 4180 quoting, spreadsheet formulas neutralised).
 */
public final class TraceWriter
{
    private TraceWriter()
    {
    }

    public static void write(final RunResult run, final Path file) throws IOException
    {
        try (CsvFile csv = CsvFile.create(file))
        {
            csv.text("time").text("call").text("event").text("detail").endRow();
            for (TraceRow row : run.trace())
            {
                csv.number(row.time()).number(row.call()).text(row.event()).text(row.detail()).endRow();
            }
        }
    }
}
