package forkcast.reports;

import java.util.List;
import java.util.Objects;

import forkcast.sim.ExperimentResults;
import forkcast.sim.Rating;
import forkcast.sim.metrics.Metric;
import forkcast.sim.stats.MetricSummary;

/**
 * The run that confirms a bill of materials (docs/answer.md). Where a hard limit refused sessions or calls, the bill's
 * other lines (links, CAC budgets, storage, set-up rates) are sized from the traffic that was carried, which the
 * refusals held down; a run with the bill's quantities says whether they hold. This is what that run sets.
 *
 * @param settings the {@code --set} arguments of the lines above what their element has, one each
 *            ("--set recorders.rec-a.maxStreams=478"); empty when there are none
 * @param unsized the hard limits that refused work and that no line of the bill sizes ("gateway gw-dc channels"):
 *            the planner raises them in that run too
 */
public record BillConfirmation(List<String> settings, List<String> unsized)
{
    /** What the terminal and the report say first. */
    public static final String NOTE = "hard limits refused sessions or calls, so the other lines (links, CAC, storage)"
            + " are sized from the traffic that was carried: confirm the bill by a run with its quantities";

    /** None needed: no hard limit refused anything. */
    static final BillConfirmation NONE = new BillConfirmation(List.of(), List.of());

    public BillConfirmation
    {
        settings = List.copyOf(settings);
        unsized = List.copyOf(unsized);
    }

    /** @return what confirms {@code bill}, the run's bill of materials; {@link #NONE} where no hard limit refused */
    public static BillConfirmation of(final ExperimentResults results, final List<Rating> ratings,
            final List<BillOfMaterials.Line> bill)
    {
        if (!refused(results, ratings))
        {
            return NONE;
        }
        List<String> settings = bill.stream().map(BillOfMaterials.Line::set).filter(Objects::nonNull)
                .map(s -> "--set " + s).toList();
        List<String> unsized = ratings.stream().filter(r -> r.purchases().isEmpty() && refusing(results, r))
                .map(Rating::label).toList();
        return new BillConfirmation(settings, unsized);
    }

    /** @return true when a hard limit refused work: the count of its losses is above 0 */
    static boolean refused(final ExperimentResults results, final List<Rating> ratings)
    {
        return ratings.stream().anyMatch(r -> r.hard() && r.losses().stream().anyMatch(m -> counted(results, m)));
    }

    /**
     * @return true when {@code rating} is a hard limit that refused work: it reached its limit in a replication (FULL)
     *         and the refusals it causes were counted (the counts are per reason, so reaching the limit names it)
     */
    private static boolean refusing(final ExperimentResults results, final Rating rating)
    {
        if (!rating.hard() || !results.summaries().containsKey(rating.metric().name()))
        {
            return false;
        }
        MetricSummary peak = results.summary(rating.metric().name());
        return peak.n() > 0 && peak.max() >= rating.limit() && rating.losses().stream().anyMatch(m -> counted(results, m));
    }

    /** @return true when {@code count} is above 0 in the mean over replications */
    private static boolean counted(final ExperimentResults results, final Metric count)
    {
        if (!results.summaries().containsKey(count.name()))
        {
            return false;
        }
        Double mean = results.summary(count.name()).mean();
        return mean != null && mean > 0;
    }

    /** @return the {@code --set} arguments on one line, ready to paste ("--set a=1 --set b=2"); empty when none */
    public String arguments()
    {
        return String.join(" ", this.settings);
    }

    /** @return true when the bill needs a confirming run */
    public boolean needed()
    {
        return !this.settings.isEmpty() || !this.unsized.isEmpty();
    }

    /** @return the note, ending where the arguments follow */
    public String note()
    {
        return NOTE + (this.settings.isEmpty() ? "." : ":");
    }

    /** @return the limits no line sizes, in a sentence; empty when there are none */
    public String unsizedNote()
    {
        return this.unsized.isEmpty() ? "" : "no line of the bill sizes " + String.join(", ", this.unsized)
                + ", which refused work: raise " + (this.unsized.size() == 1 ? "it" : "them") + " in that run too.";
    }
}
