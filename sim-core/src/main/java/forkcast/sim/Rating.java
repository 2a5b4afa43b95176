package forkcast.sim;

import forkcast.sim.metrics.Metric;

/**
 * A rated capacity and the metric to hold against it. A soft rating (BHCC, CTI, link megabits) can be exceeded: the
 * verdict is OVER when the metric goes above it. A hard limit (channels, dialogs, streams) cannot: the element refuses
 * what does not fit, so reaching it is the verdict FULL, and the refusals are counted elsewhere.
 *
 * @param label what is rated, for people ("recorder rec-a streams")
 * @param metric the metric compared with the limit (a peak of the rated element)
 * @param limit the rating, in the metric's unit
 * @param hard true when the element refuses work beyond the limit
 */
public record Rating(String label, Metric metric, double limit, boolean hard)
{
}
