package forkcast.sim;

/**
 * A rated capacity and the metric to hold against it: the report's verdict is OK when the metric's peak stays at or
 * below the limit, OVER otherwise.
 *
 * @param label what is rated, for people ("recorder rec-a streams")
 * @param metric the metric compared with the limit (its mean over replications and its upper 95% bound)
 * @param limit the rating, in the metric's unit
 */
public record Rating(String label, String metric, double limit)
{
}
