package forkcast.reports;

import java.util.List;
import java.util.Locale;

import forkcast.models.metrics.CallMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.sim.ExperimentResults;
import forkcast.sim.Rating;
import forkcast.sim.metrics.Metric;
import forkcast.sim.stats.MetricSummary;

/**
 * The run's answer in one sentence: the binding constraint and its number (docs/answer.md). Binding means, in this
 * order: (1) recording sessions were lost: the rated element whose refusals account for the reason that lost the most
 * sessions (the fullest such element when several share it), or the reason itself when no rated element causes it;
 * (2) calls were refused at a gateway: that gateway; (3) a rating that can be exceeded (a link, BHCC, CTI) was
 * exceeded: the most exceeded; (4) a target was missed: that target; otherwise nothing binds and the sentence names the
 * tightest element, the one with the highest peak over its rating.
 */
public final class Headline
{
    private Headline()
    {
    }

    public static String of(final ExperimentResults results, final List<Rating> ratings, final List<Verdict> verdicts,
            final List<GoalVerdict> goals)
    {
        double failed = mean(results, RecordingMetrics.FAILED.total().of());
        if (failed > 0)
        {
            return lost(results, ratings, verdicts, failed);
        }
        double blocked = mean(results, CallMetrics.BLOCKED_AT_GATEWAY.total().of());
        if (blocked > 0)
        {
            Verdict cause = fullest(verdicts, ratings, CallMetrics.BLOCKED_AT_GATEWAY.total().of());
            double offered = mean(results, CallMetrics.OFFERED.total().of());
            return String.format(Locale.ROOT, "%s of calls refused at gateways: %s", Numbers.percent(blocked / offered),
                    cause == null ? "no free channel" : at(cause));
        }
        Verdict over = null;
        for (Verdict v : verdicts)
        {
            if ("OVER".equals(v.status()) && (over == null || v.utilization() > over.utilization()))
            {
                over = v;
            }
        }
        if (over != null)
        {
            return "over its rating: " + at(over);
        }
        for (GoalVerdict g : goals)
        {
            if ("OVER".equals(g.status()))
            {
                Verdict tight = tightest(verdicts);
                return String.format(Locale.ROOT, "%s misses its target (%s, target %s %s)%s", g.goal().label(),
                        shown(g.value().mean(), g.goal().metric(), results), g.goal().atMost() ? "<=" : ">=",
                        shown(g.goal().limit(), g.goal().metric(), results),
                        tight == null ? "" : "; tightest: " + at(tight));
            }
        }
        Verdict tight = tightest(verdicts);
        return tight == null ? "nothing binds; nothing is rated" : "nothing binds; tightest: " + at(tight);
    }

    /** Sessions were lost: name the element that refused the most of them. */
    private static String lost(final ExperimentResults results, final List<Rating> ratings,
            final List<Verdict> verdicts, final double failed)
    {
        String share = Numbers.percent(failed / mean(results, RecordingMetrics.REQUESTED.total().of()));
        Metric top = null;
        double most = 0;
        for (Metric m : results.metrics().values())
        {
            if (m.is(RecordingMetrics.FAILED_FOR.total()) && mean(results, m) > most)
            {
                most = mean(results, m);
                top = m;
            }
        }
        if (top == null)
        {
            return share + " of sessions lost";
        }
        Verdict cause = fullest(verdicts, ratings, top);
        return String.format(Locale.ROOT, "%s of sessions lost: %s", share,
                cause == null ? top.part("reason") + " (" + Numbers.human(most) + " sessions)" : at(cause));
    }

    /** @return the verdict of the rating blamed for {@code loss} with the highest use, or null */
    private static Verdict fullest(final List<Verdict> verdicts, final List<Rating> ratings, final Metric loss)
    {
        Verdict best = null;
        for (int i = 0; i < ratings.size() && i < verdicts.size(); i++)
        {
            if (ratings.get(i).losses().contains(loss)
                    && (best == null || verdicts.get(i).utilization() > best.utilization()))
            {
                best = verdicts.get(i);
            }
        }
        return best;
    }

    private static Verdict tightest(final List<Verdict> verdicts)
    {
        Verdict best = null;
        for (Verdict v : verdicts)
        {
            if (v.peak().n() > 0 && v.limit() > 0 && (best == null || v.utilization() > best.utilization()))
            {
                best = v;
            }
        }
        return best;
    }

    /** @return "recorder rec-a streams at 100% of 400 streams" (a share rating: "... set-up rate at 54%") */
    private static String at(final Verdict v)
    {
        String unit = v.metric().unit();
        String label = v.label().replaceFirst(" \\(.*\\)$", "");
        if (label.endsWith(" " + unit))
        {
            label = label.substring(0, label.length() - unit.length() - 1); // "link wan-1", not "link wan-1 Mbit/s"
        }
        if ("ratio".equals(unit) && v.limit() == 1.0)
        {
            return label + " at " + Numbers.percent(v.utilization());
        }
        return label + " at " + Numbers.percent(v.utilization()) + " of " + Numbers.exact(v.limit()) + " " + unit;
    }

    private static String shown(final double value, final String metric, final ExperimentResults results)
    {
        return "ratio".equals(results.unit(metric)) ? Numbers.percent(value) : Numbers.human(value);
    }

    private static double mean(final ExperimentResults results, final Metric metric)
    {
        if (!results.summaries().containsKey(metric.name()))
        {
            return 0;
        }
        MetricSummary s = results.summary(metric.name());
        return s.mean() == null ? 0 : s.mean();
    }
}
