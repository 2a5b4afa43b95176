package forkcast.models.calls;

import nl.tudelft.simulation.jstats.distributions.DistConstant;
import nl.tudelft.simulation.jstats.distributions.DistContinuous;
import nl.tudelft.simulation.jstats.distributions.DistErlang;
import nl.tudelft.simulation.jstats.distributions.DistExponential;
import nl.tudelft.simulation.jstats.distributions.DistLogNormal;
import nl.tudelft.simulation.jstats.distributions.DistUniform;
import nl.tudelft.simulation.jstats.streams.StreamInterface;

/**
 * A distribution of durations in seconds, as a scenario writes it: by its mean (and spread) rather than by the
 * parameters of the underlying formula. {@link #create} turns it into a DSOL distribution on a given stream.
 *
 * @param kind the family
 * @param a exponential/lognormal/erlang: mean; uniform: min; deterministic: value
 * @param b lognormal: standard deviation; uniform: max; erlang: k (shape); otherwise unused
 * @param table empirical: the observed distribution ({@code a} is then its mean); otherwise null
 */
public record DurationDistribution(Kind kind, double a, double b, EmpiricalTable table)
{
    /** Families offered in scenarios. */
    public enum Kind
    {
        EXPONENTIAL, LOGNORMAL, ERLANG, UNIFORM, DETERMINISTIC, EMPIRICAL
    }

    public DurationDistribution
    {
        if ((kind == Kind.EMPIRICAL) != (table != null))
        {
            throw new IllegalArgumentException("an empirical distribution, and only that, needs a table");
        }
        if (kind == Kind.EMPIRICAL)
        {
            a = table.mean();
            b = 0;
        }
        boolean ok = switch (kind)
        {
            case EXPONENTIAL -> a > 0;
            case LOGNORMAL -> a > 0 && b > 0;
            case ERLANG -> a > 0 && b >= 1 && b == Math.rint(b);
            case UNIFORM -> a >= 0 && b >= a;
            case DETERMINISTIC, EMPIRICAL -> a >= 0;
        };
        if (!ok || !Double.isFinite(a) || !Double.isFinite(b))
        {
            throw new IllegalArgumentException("invalid " + kind.name().toLowerCase() + " parameters " + a + ", " + b);
        }
    }

    /** A parametric distribution (any kind but empirical). */
    public DurationDistribution(final Kind kind, final double a, final double b)
    {
        this(kind, a, b, null);
    }

    /** @return the observed distribution {@code table}, drawn by inverse transform with interpolation */
    public static DurationDistribution empirical(final EmpiricalTable table)
    {
        return new DurationDistribution(Kind.EMPIRICAL, 0, 0, table);
    }

    public static DurationDistribution exponential(final double mean)
    {
        return new DurationDistribution(Kind.EXPONENTIAL, mean, 0);
    }

    public static DurationDistribution deterministic(final double value)
    {
        return new DurationDistribution(Kind.DETERMINISTIC, value, 0);
    }

    /** @return the mean in seconds */
    public double mean()
    {
        return switch (this.kind)
        {
            case EXPONENTIAL, LOGNORMAL, ERLANG, DETERMINISTIC, EMPIRICAL -> this.a;
            case UNIFORM -> (this.a + this.b) / 2;
        };
    }

    /** @return a DSOL distribution drawing from {@code stream} */
    public DistContinuous create(final StreamInterface stream)
    {
        return switch (this.kind)
        {
            case EXPONENTIAL -> new DistExponential(stream, this.a);
            case LOGNORMAL ->
            {
                // mean m and standard deviation s of X; ln X ~ N(mu, sigma)
                double sigma2 = Math.log(1 + (this.b * this.b) / (this.a * this.a));
                double mu = Math.log(this.a) - sigma2 / 2;
                yield new DistLogNormal(stream, mu, Math.sqrt(sigma2));
            }
            case ERLANG -> new DistErlang(stream, this.a / this.b, (int) this.b);
            case UNIFORM -> this.a == this.b ? new DistConstant(stream, this.a) : new DistUniform(stream, this.a, this.b);
            case DETERMINISTIC -> new DistConstant(stream, this.a);
            case EMPIRICAL -> new EmpiricalDuration(stream, this.table);
        };
    }
}
