package forkcast.models.calls;

import nl.tudelft.simulation.jstats.distributions.DistContinuous;
import nl.tudelft.simulation.jstats.streams.StreamInterface;

/** DSOL's face of an {@link EmpiricalTable}: one uniform draw from the stream per value, inverse transform. */
final class EmpiricalDuration extends DistContinuous
{
    private static final long serialVersionUID = 1L;

    private final EmpiricalTable table;

    EmpiricalDuration(final StreamInterface stream, final EmpiricalTable table)
    {
        super(stream);
        this.table = table;
    }

    @Override
    public double draw()
    {
        return this.table.quantile(this.stream.nextDouble());
    }

    @Override
    public double getProbabilityDensity(final double x)
    {
        return this.table.density(x);
    }
}
