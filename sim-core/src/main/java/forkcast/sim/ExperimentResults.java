package forkcast.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.MetricSummary;
import forkcast.sim.stats.PhysicalRange;

/**
 * The outputs of all replications of one run, in replication order, with each scalar metric summarised over them.
 * Metric order is the order in which the model first wrote them, so files written from here are stable.
 */
public final class ExperimentResults
{
    private final List<ReplicationOutput> replications;
    private final Map<String, MetricSummary> summaries = new LinkedHashMap<>();
    private final Map<String, String> units = new LinkedHashMap<>();
    private final Map<String, PhysicalRange> ranges = new LinkedHashMap<>();

    public ExperimentResults(final List<ReplicationOutput> replications)
    {
        if (replications.isEmpty())
        {
            throw new IllegalArgumentException("no replications");
        }
        this.replications = List.copyOf(replications);
        Set<String> names = new LinkedHashSet<>();
        for (ReplicationOutput output : replications)
        {
            for (Map.Entry<String, ReplicationOutput.Scalar> e : output.scalars().entrySet())
            {
                if (names.add(e.getKey()))
                {
                    this.units.put(e.getKey(), e.getValue().unit());
                    this.ranges.put(e.getKey(), e.getValue().range());
                }
            }
        }
        for (String name : names)
        {
            this.summaries.put(name, MetricSummary.of(values(name), this.ranges.get(name)));
        }
    }

    /** @return the metric's value in each replication; NaN where a replication did not define it */
    public double[] values(final String name)
    {
        double[] values = new double[this.replications.size()];
        for (int i = 0; i < values.length; i++)
        {
            ReplicationOutput.Scalar scalar = this.replications.get(i).scalars().get(name);
            values[i] = scalar == null ? Double.NaN : scalar.value();
        }
        return values;
    }

    public List<ReplicationOutput> replications()
    {
        return this.replications;
    }

    public Map<String, MetricSummary> summaries()
    {
        return Collections.unmodifiableMap(this.summaries);
    }

    /** @return the summary of one metric; throws for an unknown name so that typos fail loudly */
    public MetricSummary summary(final String name)
    {
        MetricSummary summary = this.summaries.get(name);
        if (summary == null)
        {
            throw new IllegalArgumentException("no metric " + name);
        }
        return summary;
    }

    public String unit(final String name)
    {
        return this.units.get(name);
    }

    /** @return the values the metric can physically take, as the model declared */
    public PhysicalRange range(final String name)
    {
        return this.ranges.get(name);
    }

    public MeasurementWindow window()
    {
        return this.replications.get(0).window();
    }

    /** @return the mean over replications of an interval series, interval by interval */
    public double[] meanSeries(final String name)
    {
        double[] mean = null;
        for (ReplicationOutput output : this.replications)
        {
            ReplicationOutput.Series series = output.series().get(name);
            if (series == null)
            {
                throw new IllegalArgumentException("no series " + name);
            }
            if (mean == null)
            {
                mean = new double[series.values().length];
            }
            for (int i = 0; i < mean.length; i++)
            {
                mean[i] += series.values()[i] / this.replications.size();
            }
        }
        return mean;
    }
}
