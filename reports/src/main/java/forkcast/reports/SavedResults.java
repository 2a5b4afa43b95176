package forkcast.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import forkcast.models.metrics.MetricCatalogue;
import forkcast.sim.ExperimentResults;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.metrics.Metric;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.stats.MeasurementWindow;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * {@code replications.json}: every scalar metric's value in each replication (null where undefined), and which
 * catalogue metric each scalar and series is (its pattern and placeholder values), so that {@code forkcast report}
 * can rebuild a run's results from its outputs without simulating: scalars from here, series from
 * {@code timeseries.csv}. Doubles are written as JSON and CSV numbers that read back to the same bits, so the rebuilt
 * report is byte-identical.
 */
final class SavedResults
{
    static final String FILE = "replications.json";

    private SavedResults()
    {
    }

    static void write(final ExperimentResults results, final Path file) throws IOException
    {
        try (OutputStream out = Files.newOutputStream(file); JsonGenerator g = SummaryWriter.JSON.createGenerator(out))
        {
            g.writeStartObject();
            g.writeNumberProperty("replications", results.replications().size());
            g.writeObjectPropertyStart("scalars");
            for (Map.Entry<String, Metric> e : results.metrics().entrySet())
            {
                g.writeObjectPropertyStart(e.getKey());
                describe(g, e.getValue());
                g.writeArrayPropertyStart("values");
                for (double v : results.values(e.getKey()))
                {
                    if (Double.isNaN(v))
                    {
                        g.writeNull();
                    }
                    else
                    {
                        g.writeNumber(v);
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectPropertyStart("series");
            for (Map.Entry<String, ReplicationOutput.Series> e : results.series().entrySet())
            {
                g.writeObjectPropertyStart(e.getKey());
                describe(g, e.getValue().metric());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void describe(final JsonGenerator g, final Metric metric)
    {
        g.writeStringProperty("metric", metric.descriptor().pattern());
        g.writeObjectPropertyStart("parts");
        metric.parts().forEach(g::writeStringProperty);
        g.writeEndObject();
    }

    /**
     * @param folder a run's output folder
     * @param window the run's measurement window
     * @return the run's results as they were written
     * @throws IOException when a file is missing, unreadable or does not match the other
     */
    static ExperimentResults read(final Path folder, final MeasurementWindow window) throws IOException
    {
        JsonNode root = SummaryWriter.JSON.readTree(folder.resolve(FILE).toFile());
        int count = root.path("replications").asInt(0);
        if (count < 1)
        {
            throw new IOException(FILE + " names no replications");
        }
        List<ReplicationOutput> outputs = new ArrayList<>();
        for (int r = 1; r <= count; r++)
        {
            outputs.add(new ReplicationOutput(r, window));
        }
        for (Map.Entry<String, JsonNode> e : root.path("scalars").properties())
        {
            Metric metric = metric(e.getKey(), e.getValue(), false);
            JsonNode values = e.getValue().path("values");
            if (values.size() != count)
            {
                throw new IOException(FILE + ": " + e.getKey() + " has " + values.size() + " values, not " + count);
            }
            for (int r = 0; r < count; r++)
            {
                outputs.get(r).put(metric, values.get(r).isNull() ? Double.NaN : values.get(r).asDouble());
            }
        }
        Map<String, Metric> series = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("series").properties())
        {
            series.put(e.getKey(), metric(e.getKey(), e.getValue(), true));
        }
        List<Map<String, double[]>> values = new ArrayList<>();
        for (int r = 0; r < count; r++)
        {
            Map<String, double[]> byName = new LinkedHashMap<>();
            series.keySet().forEach(name -> byName.put(name, new double[window.intervals()]));
            values.add(byName);
        }
        try (BufferedReader csv = Files.newBufferedReader(folder.resolve("timeseries.csv"), StandardCharsets.UTF_8))
        {
            String line = csv.readLine(); // the header
            while ((line = csv.readLine()) != null)
            {
                String[] f = line.split(",", -1);
                int replication = Integer.parseInt(f[0]);
                int interval = window.indexOf(Double.parseDouble(f[1]));
                double[] row = replication >= 1 && replication <= count ? values.get(replication - 1).get(f[2]) : null;
                if (f.length != 4 || row == null)
                {
                    throw new IOException("timeseries.csv: a row that " + FILE + " does not describe: " + line);
                }
                row[interval] = Double.parseDouble(f[3]);
            }
        }
        catch (NumberFormatException | IndexOutOfBoundsException e)
        {
            throw new IOException("timeseries.csv: " + e.getMessage(), e);
        }
        for (int r = 0; r < count; r++)
        {
            for (Map.Entry<String, double[]> e : values.get(r).entrySet())
            {
                outputs.get(r).putSeries(series.get(e.getKey()), e.getValue());
            }
        }
        return new ExperimentResults(outputs);
    }

    private static Metric metric(final String name, final JsonNode node, final boolean series) throws IOException
    {
        MetricDescriptor descriptor = MetricCatalogue.find(node.path("metric").asString(""), series)
                .orElseThrow(() -> new IOException(FILE + ": " + name + " is a metric this version does not know"));
        List<String> parts = new ArrayList<>();
        for (String placeholder : descriptor.placeholders())
        {
            parts.add(node.path("parts").path(placeholder).asString(""));
        }
        Metric metric = descriptor.of(parts.toArray(String[]::new));
        if (!metric.name().equals(name))
        {
            throw new IOException(FILE + ": " + name + " does not match its metric " + metric.name());
        }
        return metric;
    }
}
