package forkcast.sim;

import java.util.List;

import forkcast.sim.metrics.Metric;

/**
 * A rated capacity and the metric to hold against it. A soft rating (BHCC, CTI, link megabits) can be exceeded: the
 * verdict is OVER when the metric goes above it. A hard limit (channels, dialogs, streams) cannot: the element refuses
 * what does not fit, so reaching it is the verdict FULL, and the refusals are counted elsewhere.
 *
 * <p>A rated element contributes everything the planner's answer needs from this one entry: its verdict, what to
 * buy ({@code purchases}, the bill of materials) and which losses it causes ({@code losses}, for the headline). A new
 * kind of rated element is one entry in the model's list of ratings.
 *
 * @param label what is rated, for people ("recorder rec-a streams")
 * @param metric the metric compared with the limit (a peak of the rated element)
 * @param limit the rating, in the metric's unit
 * @param hard true when the element refuses work beyond the limit
 * @param purchases the bill-of-materials lines that size this element; empty when nothing is bought for it
 * @param losses count metrics of the work refused because this element was full (e.g. sessions failed with
 *            {@code recorder-full}); empty when it refuses nothing
 * @param refusals for a hard limit, the count of what this element itself refused, where one is kept: a refusal makes
 *            it FULL even where its peak never reached the limit (a locations-CAC budget refuses a call whose
 *            deduction does not fit in what is left); null where reaching the limit is the only sign
 */
public record Rating(String label, Metric metric, double limit, boolean hard, List<Purchase> purchases,
        List<Metric> losses, Metric refusals)
{
    public Rating
    {
        purchases = List.copyOf(purchases);
        losses = List.copyOf(losses);
    }

    /** A rating with no bill-of-materials line and no losses of its own. */
    public Rating(final String label, final Metric metric, final double limit, final boolean hard)
    {
        this(label, metric, limit, hard, List.of(), List.of(), null);
    }

    /** @return this rating, FULL wherever {@code count} (what the element itself refused) is above 0 */
    public Rating refusing(final Metric count)
    {
        return new Rating(this.label, this.metric, this.limit, this.hard, this.purchases, this.losses, count);
    }

    /** @return this rating, also sized by {@code more} in the bill of materials */
    public Rating buying(final Purchase... more)
    {
        List<Purchase> all = new java.util.ArrayList<>(this.purchases);
        all.addAll(List.of(more));
        return new Rating(this.label, this.metric, this.limit, this.hard, all, this.losses, this.refusals);
    }

    /** @return this rating, also sized by {@code more} in the bill of materials (none when empty) */
    public Rating buying(final List<Purchase> more)
    {
        return buying(more.toArray(new Purchase[0]));
    }

    /** @return this rating, also blamed for the work counted by {@code more} */
    public Rating losing(final Metric... more)
    {
        List<Metric> all = new java.util.ArrayList<>(this.losses);
        all.addAll(List.of(more));
        return new Rating(this.label, this.metric, this.limit, this.hard, this.purchases, all, this.refusals);
    }
}
