package forkcast.reports;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import forkcast.sim.ExperimentResults;
import forkcast.sim.Rating;
import forkcast.sim.metrics.Metric;
import forkcast.sim.stats.MetricSummary;

/**
 * The run that confirms a bill of materials (docs/answer.md). A line above what the scenario gives its element asks
 * more than the run had, and where a hard limit refused sessions or calls, the bill's other lines (links, CAC budgets,
 * storage, set-up rates) are sized from the traffic that was carried, which the refusals held down: a run with the
 * bill's quantities says whether they hold. This is what that run sets, or, where this run already has every quantity
 * of the bill, that it is that run.
 *
 * @param settings the {@code --set} arguments of the lines above what their element has, one per setting
 *            ("--set recorders.rec-a.maxStreams=478"); empty when there are none
 * @param unsized the hard limits that refused work and that no line of the bill sizes ("MTP pool mtp-a"): the planner
 *            raises them in that run too
 * @param refused true when a hard limit refused work in this run
 * @param notMet the targets this run does not meet, with their verdict ("recording blocking NEAR")
 * @param agents the calls refused for want of a free agent: where there were any, the bill, confirmed or not, is for
 *            the calls the agents take, and the note says so
 */
public record BillConfirmation(List<String> settings, List<String> unsized, boolean refused, List<String> notMet,
        AgentLimit agents)
{
    /** What the terminal and the report say first where a hard limit refused work. */
    public static final String NOTE = "hard limits refused sessions or calls, so the other lines (links, CAC, storage)"
            + " are sized from the traffic that was carried: confirm the bill by a run with its quantities";

    /** What they say first where lines ask more than the run had and no hard limit refused anything. */
    public static final String ASKS_MORE = "the bill asks more than this run had: confirm it by a run with its"
            + " quantities";

    /** What they say where the run has every quantity of the bill: the buy-and-rerun loop ends here. */
    public static final String CONFIRMING = "this run has every quantity of the bill (no line asks more than the"
            + " scenario has), so it is the run that confirms the bill";

    public BillConfirmation
    {
        settings = List.copyOf(settings);
        unsized = List.copyOf(unsized);
        notMet = List.copyOf(notMet);
    }

    /** @return what confirms {@code bill}, the run's bill of materials judged by {@code goals} */
    public static BillConfirmation of(final ExperimentResults results, final List<Rating> ratings,
            final List<BillOfMaterials.Line> bill, final List<GoalVerdict> goals, final AgentLimit agents)
    {
        List<String> settings = bill.stream().map(BillOfMaterials.Line::set).filter(Objects::nonNull).distinct()
                .map(s -> "--set " + s).toList();
        List<String> unsized = ratings.stream().filter(r -> r.purchases().isEmpty() && refusing(results, r))
                .map(Rating::label).toList();
        List<String> notMet = goals.stream().filter(g -> "NEAR".equals(g.status()) || "OVER".equals(g.status()))
                .map(g -> g.goal().label() + " " + g.status()).toList();
        return new BillConfirmation(settings, unsized, refused(results, ratings), notMet, agents);
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

    /** @return true when the bill needs a confirming run: this run lacks a quantity of it, or a limit no line sizes */
    public boolean needed()
    {
        return !this.settings.isEmpty() || !this.unsized.isEmpty();
    }

    /**
     * @return where a run is needed, the note, ending where the arguments follow; otherwise that this run is the one
     *         that confirms the bill, and whether it meets the targets
     */
    public String note()
    {
        if (!needed())
        {
            return CONFIRMING + (this.notMet.isEmpty() ? ": it meets every target."
                    : ", and it does not meet every target: " + String.join(", ", this.notMet) + ".");
        }
        return (this.refused ? NOTE : ASKS_MORE) + (this.settings.isEmpty() ? "." : ":");
    }

    /**
     * @return everything the terminal and the report say, in sentences, without the arguments (summary.json gives
     *         them apart): the note, ending with a full stop, then the limits no line sizes, then what the bill is for
     *         where agents refused calls
     */
    public String statement()
    {
        String note = !needed() ? note() : (this.refused ? NOTE : ASKS_MORE) + ".";
        return Stream.of(note, unsizedNote(), this.agents.note()).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** @return the limits no line sizes, in a sentence; empty when there are none */
    public String unsizedNote()
    {
        return this.unsized.isEmpty() ? "" : "no line of the bill sizes " + String.join(", ", this.unsized)
                + ", which refused work: raise " + (this.unsized.size() == 1 ? "it" : "them") + " in that run too.";
    }
}
