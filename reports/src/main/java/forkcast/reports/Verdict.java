package forkcast.reports;

import java.util.ArrayList;
import java.util.List;

import forkcast.sim.ExperimentResults;
import forkcast.sim.Rating;
import forkcast.sim.metrics.Metric;
import forkcast.sim.stats.MetricSummary;

/**
 * A rated capacity judged against the run. Soft ratings (BHCC, CTI, link megabits): OVER when the mean peak exceeds
 * the rating, NEAR when the upper 95% bound does or the mean peak is 80% of it or more (less than 20% headroom left),
 * else OK. Hard limits (channels, dialogs, streams), which refuse what does not fit: FULL when any replication reached
 * the limit or, where the element counts its own refusals ({@link Rating#refusals}), refused anything; NEAR when the
 * mean peak is 80% of it or more, else OK.
 *
 * @param label what is rated
 * @param metric the metric judged
 * @param limit the rating
 * @param peak the metric over replications
 * @param status OK, NEAR, OVER or FULL
 * @param refused whether the element itself refused work in some replication (counted where its rating keeps a count,
 *            {@link Rating#refusals}): FULL then even where no peak reached the limit
 * @param assumed whether the rating is a catalog assumption the scenario left standing (a CUBE platform's planning
 *            figure, not a Cisco rating): the terminal and the report say so beside it
 */
public record Verdict(String label, Metric metric, double limit, MetricSummary peak, String status, boolean refused,
        boolean assumed)
{
    /** A verdict on a rating the scenario or a cited source gives. */
    public Verdict(final String label, final Metric metric, final double limit, final MetricSummary peak,
            final String status, final boolean refused)
    {
        this(label, metric, limit, peak, status, refused, false);
    }

    /** What follows an assumed rating wherever it is shown ("5000 (assumed)"). */
    public static final String ASSUMED = " (assumed)";

    /** Share of a rating above which a verdict warns. */
    public static final double NEAR_SHARE = 0.8;

    /** The statuses from best to worst: a node, a sweep's point or a run is as good as its worst verdict. */
    private static final List<String> ORDER = List.of("OK", "NEAR", "FULL", "OVER");

    /** @return the worse of two statuses (OK, NEAR, FULL, OVER; one outside that order, such as n/a, never wins) */
    public static String worse(final String a, final String b)
    {
        return ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a;
    }

    public static List<Verdict> judge(final ExperimentResults results, final List<Rating> ratings)
    {
        return judge(results, ratings, List.of());
    }

    /**
     * @param assumed the scenario settings that hold a catalog assumption ({@code Scenario#assumed}): a rating whose
     *            bill line one of them holds is judged against that assumption, and marked so
     */
    public static List<Verdict> judge(final ExperimentResults results, final List<Rating> ratings,
            final List<String> assumed)
    {
        List<Verdict> verdicts = new ArrayList<>();
        for (Rating rating : ratings)
        {
            if (!results.summaries().containsKey(rating.metric().name()))
            {
                continue; // the run did not produce the figure (retained storage without a storage-per-day basis)
            }
            MetricSummary peak = results.summary(rating.metric().name());
            boolean refused = refused(results, rating);
            boolean assumption = rating.purchases().stream()
                    .anyMatch(p -> p.setting() != null && assumed.contains(p.setting().key()));
            verdicts.add(new Verdict(rating.label(), rating.metric(), rating.limit(), peak,
                    status(rating, peak, refused), refused, assumption));
        }
        return verdicts;
    }

    /** @return whether the rated element itself refused anything in some replication (its own refusal count) */
    private static boolean refused(final ExperimentResults results, final Rating rating)
    {
        Metric count = rating.refusals();
        if (count == null || !results.summaries().containsKey(count.name()))
        {
            return false;
        }
        MetricSummary s = results.summary(count.name());
        return s.n() > 0 && s.max() > 0;
    }

    private static String status(final Rating rating, final MetricSummary peak, final boolean refused)
    {
        if (peak.n() == 0)
        {
            return "OK";
        }
        double limit = rating.limit();
        if (rating.hard())
        {
            if (peak.max() >= limit || refused)
            {
                return "FULL";
            }
            return peak.mean() >= NEAR_SHARE * limit ? "NEAR" : "OK";
        }
        if (peak.mean() > limit)
        {
            return "OVER";
        }
        boolean upperOver = peak.ci95high() != null && peak.ci95high() > limit;
        return upperOver || peak.mean() >= NEAR_SHARE * limit ? "NEAR" : "OK";
    }

    /** @return mean peak ÷ limit */
    public double utilization()
    {
        return this.peak.mean() == null || this.limit == 0 ? 0 : this.peak.mean() / this.limit;
    }
}
