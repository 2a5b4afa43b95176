package forkcast.sim;

/**
 * A planner's target on one metric: {@code metric <= limit} or {@code metric >= limit}. The scenario's
 * {@code targets:} section and {@code --target} give them; each is judged with a verdict and sizes the bill of
 * materials.
 *
 * @param label what is targeted, for people ("recording blocking")
 * @param metric the metric's full name
 * @param atMost true for {@code <=}, false for {@code >=}
 * @param limit the target value, in the metric's unit (a ratio for shares)
 */
public record Goal(String label, String metric, boolean atMost, double limit)
{
    /** @return whether {@code value} meets the goal */
    public boolean met(final double value)
    {
        return this.atMost ? value <= this.limit : value >= this.limit;
    }
}
