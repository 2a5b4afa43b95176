package forkcast.sim.stats;

/**
 * The busy hour: the 60-minute window, made of whole intervals of the grid, with the largest total. When the measured
 * period is shorter than an hour, the whole period is the window and its total is scaled to an hour, so the figure is
 * still a per-hour rate. The first window with the largest total wins ties, so the choice is deterministic.
 *
 * @param firstInterval index of the first interval of the busy hour
 * @param intervals number of intervals in it
 * @param scale factor that turns a total over those intervals into a per-hour figure (1 for a full hour)
 */
public record BusyHour(int firstInterval, int intervals, double scale)
{
    public static final double HOUR = 3600.0;

    /**
     * @param window the grid; an hour must be a whole number of intervals (checked by scenario validation)
     * @param totals the per-interval totals that decide which hour is busiest
     * @return the busy-hour window
     */
    public static BusyHour of(final MeasurementWindow window, final double[] totals)
    {
        int perHour = (int) Math.round(HOUR / window.interval());
        if (perHour < 1)
        {
            perHour = 1;
        }
        if (totals.length < perHour || window.length() < HOUR - 1e-9)
        {
            return new BusyHour(0, totals.length, HOUR / window.length());
        }
        double sum = 0;
        for (int i = 0; i < perHour; i++)
        {
            sum += totals[i];
        }
        double best = sum;
        int bestStart = 0;
        for (int i = perHour; i < totals.length; i++)
        {
            sum += totals[i] - totals[i - perHour];
            if (sum > best + 1e-9)
            {
                best = sum;
                bestStart = i - perHour + 1;
            }
        }
        double span = window.intervalEnd(bestStart + perHour - 1) - window.intervalStart(bestStart);
        return new BusyHour(bestStart, perHour, HOUR / span);
    }

    /** @return the total of {@code series} over the busy hour, scaled to an hour */
    public double total(final double[] series)
    {
        double sum = 0;
        for (int i = this.firstInterval; i < this.firstInterval + this.intervals; i++)
        {
            sum += series[i];
        }
        return sum * this.scale;
    }
}
