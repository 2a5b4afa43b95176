package forkcast.sim;

import forkcast.sim.metrics.Metric;

/**
 * How much of a rated element to buy so that the run would meet its target: one line of the bill of materials. The
 * quantity comes from the simulated figures by one of two methods (see {@link Method}); the target it is sized for is
 * the goal held on {@code goal} (e.g. {@code recording.blockingProbability} for streams, the link's utilisation for
 * megabits).
 *
 * @param element what is bought, for people ("recorder rec-a streams", "link wan-1 toward dc")
 * @param unit the unit of the quantity ("streams", "Mbit/s")
 * @param method how the quantity is computed
 * @param load the simulated figure it is computed from: for {@link Method#ERLANG_B} the per-interval series of the
 *            units in use; for {@link Method#UTILISATION} a scalar per replication
 * @param factor units per session for {@link Method#ERLANG_B} (two streams or dialogs per session, R5); for
 *            {@link Method#UTILISATION} what turns the load into the unit (1 for Mbit/s, maxSetupsPerSecond for a
 *            set-up utilisation)
 * @param loss for {@link Method#ERLANG_B}: the share of sessions lost (a ratio metric), by which the carried load is
 *            grossed up to the offered load; for {@link Method#UTILISATION}: a count of the work the element refused,
 *            which held the load at its limit (the line then says it is the least to buy); null for none
 * @param goal the metric whose goal (target) sets the quantity: a blocking probability for {@link Method#ERLANG_B},
 *            a utilisation for {@link Method#UTILISATION}
 * @param step the quantity is rounded up to a whole multiple of this (1 for streams, 0.1 for Mbit/s)
 * @param profile for {@link Method#UTILISATION} of a rate averaged over the window (a set-up utilisation): a
 *            per-interval count series whose busiest interval over its mean interval scales each replication's load
 *            to the busiest interval's rate, so a peaked profile is not undersized; null to use the load as it is
 */
public record Purchase(String element, String unit, Method method, Metric load, double factor, Metric loss,
        String goal, double step, Metric profile)
{
    /** A purchase sized from its load as it is (no profile). */
    public Purchase(final String element, final String unit, final Method method, final Metric load,
            final double factor, final Metric loss, final String goal, final double step)
    {
        this(element, unit, method, load, factor, loss, goal, step, null);
    }

    /** @return this purchase, its window-mean load scaled to the busiest interval of {@code series} */
    public Purchase peakedBy(final Metric series)
    {
        return new Purchase(this.element, this.unit, this.method, this.load, this.factor, this.loss, this.goal,
                this.step, series);
    }

    /** How a quantity is computed from the run. */
    public enum Method
    {
        /**
         * Servers for the offered load at the blocking target: A = the busiest interval's mean units in use ÷
         * factor ÷ (1 − loss), the 95% upper bound over replications; quantity = factor × the smallest n with
         * Erlang-B B(n, A) ≤ the target.
         */
        ERLANG_B,
        /** Capacity at the utilisation target: the load's 95% upper bound over replications × factor ÷ target. */
        UTILISATION
    }
}
