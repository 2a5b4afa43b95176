package forkcast.sim;

import forkcast.sim.stats.MeasurementWindow;

/**
 * Length of one replication: a warm-up whose statistics are discarded, then the measured duration, cut into intervals
 * for the time series. All in seconds.
 */
public record RunWindow(double warmup, double duration, double interval)
{
    public RunWindow
    {
        if (!(warmup >= 0) || !(duration > 0) || !(interval > 0) || Double.isInfinite(warmup + duration))
        {
            throw new IllegalArgumentException(
                    "run window needs warmup >= 0, duration > 0, interval > 0; got " + warmup + ", " + duration + ", "
                            + interval);
        }
    }

    /** @return the end of the run, warm-up included */
    public double end()
    {
        return this.warmup + this.duration;
    }

    /** @return the measured part (after the warm-up) cut into its intervals, as a replication's outputs are kept */
    public MeasurementWindow measurement()
    {
        return new MeasurementWindow(this.warmup, end(), this.interval);
    }
}
