package forkcast.sim.stats;

/**
 * A {@link TimeWeightedLevel} fed from an exact whole-number total: changes are added to a {@code long} count of
 * units, and the level is set to that total divided by a fixed number of units per value (1000 for bits per second
 * kept in millibits per second, 2 for pairs kept in halves, 1 for a plain count). Adding and removing the same
 * amounts therefore returns the level to exactly the same value, where summing the scaled values in floating point
 * would drift. A change costs a field update, one division and the level's update: no allocation.
 */
public final class ExactLevel
{
    private final TimeWeightedLevel level;
    private final double unitsPerValue;
    private long units;

    /**
     * @param unitsPerValue how many units of the exact total make one unit of the level's value (at least 1)
     */
    public ExactLevel(final MeasurementWindow window, final long unitsPerValue)
    {
        if (unitsPerValue < 1)
        {
            throw new IllegalArgumentException("units per value must be at least 1: " + unitsPerValue);
        }
        this.level = new TimeWeightedLevel(window);
        this.unitsPerValue = unitsPerValue;
    }

    /** @return a level that is the total itself (one unit per value) */
    public static ExactLevel counting(final MeasurementWindow window)
    {
        return new ExactLevel(window, 1);
    }

    /** Add {@code delta} units (negative to remove) at time {@code now}; the level becomes the new total, scaled. */
    public void add(final double now, final long delta)
    {
        this.units += delta;
        this.level.set(now, this.units / this.unitsPerValue);
    }

    /** @return the exact total now, in units */
    public long units()
    {
        return this.units;
    }

    /** @return the level over time: time-weighted mean, peak, per-interval means, in values (units scaled) */
    public TimeWeightedLevel level()
    {
        return this.level;
    }

    /** Integrate the level to the end of the window; call once at the end of the run. */
    public void close()
    {
        this.level.close();
    }
}
