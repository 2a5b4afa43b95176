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
 * (2) calls were refused at a gateway, by locations CAC or for want of a free agent: their share, and the fullest
 * gateway or CAC budget where one of those refused the most, or, where agents refused the most, that the bill is for
 * the calls the agents take ({@link AgentLimit}) (before (1) where the share of calls refused is larger
 * than the share of sessions lost); (3) a rating that can be exceeded (a link, BHCC, CTI) was exceeded: the most
 * exceeded; (4) a target was missed: the one missed by the largest factor, with how many others are missed; otherwise
 * nothing binds and the sentence names the tightest element, the one with the highest peak over its rating.
 */
public final class Headline
{
    private Headline()
    {
    }

    /** @param agents the calls the scenario's agents refused, for the sentence that names them */
    public static String of(final ExperimentResults results, final List<Rating> ratings, final List<Verdict> verdicts,
            final List<GoalVerdict> goals, final AgentLimit agents)
    {
        double failed = mean(results, RecordingMetrics.FAILED.total().of());
        double refusedShare = refusedShare(results);
        // a call refused is lost with its recording: where calls were refused in a larger share than sessions were
        // lost, the refusals bind (a CAC budget refusing a third of the calls outranks a recorder losing 0.1%)
        if (failed > 0 && failed / mean(results, RecordingMetrics.REQUESTED.total().of()) >= refusedShare)
        {
            return lost(results, ratings, verdicts, failed);
        }
        String refused = refused(results, ratings, verdicts, agents);
        if (refused != null)
        {
            return refused;
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
        GoalVerdict missed = null;
        int others = -1;
        for (GoalVerdict g : goals)
        {
            if ("OVER".equals(g.status()))
            {
                others++;
                missed = missed == null || miss(g) > miss(missed) ? g : missed;
            }
        }
        if (missed != null)
        {
            GoalVerdict g = missed;
            Verdict tight = tightest(verdicts);
            boolean share = "ratio".equals(results.unit(g.goal().metric()));
            return String.format(Locale.ROOT, "%s misses its target (%s, target %s %s)%s%s", g.goal().label(),
                    Numbers.apart(g.value().mean(), g.goal().limit(), share), g.goal().atMost() ? "<=" : ">=",
                    Numbers.target(g.goal().limit(), share),
                    others == 0 ? "" : others == 1 ? ", as does 1 other target" : ", as do " + others + " other targets",
                    tight == null ? "" : "; tightest: " + at(tight));
        }
        Verdict tight = tightest(verdicts);
        return tight == null ? "nothing binds; nothing is rated" : "nothing binds; tightest: " + at(tight);
    }

    /**
     * @return how far a missed target is missed, as a factor of its limit (value ÷ limit for an upper limit, limit ÷
     *         value for a lower one), so that targets on different metrics compare; infinite against a zero
     */
    private static double miss(final GoalVerdict g)
    {
        double value = g.value().mean() == null ? Double.NaN : g.value().mean();
        double limit = g.goal().limit();
        double factor = g.goal().atMost() ? value / limit : limit / value;
        return Double.isNaN(factor) ? 0 : factor;
    }

    /**
     * @return the share of offered calls refused: at gateways, by locations CAC and for want of a free agent (no queue,
     *         or a full one); 0 where none was offered
     */
    private static double refusedShare(final ExperimentResults results)
    {
        double offered = mean(results, CallMetrics.OFFERED.total().of());
        return offered > 0 ? (atGateways(results) + byCac(results) + atAgents(results)) / offered : 0;
    }

    /**
     * Calls were refused: at gateways (no free channel), by locations CAC (no room in a link's budget) or for want of a
     * free agent. The sentence gives the share of all of them, each cause's where there are several, and names the
     * largest cause's element: the fullest gateway or CAC budget; agents are not rated, so where they refused the most
     * it says what that means for the bill.
     *
     * @return the sentence, or null when no call was refused
     */
    private static String refused(final ExperimentResults results, final List<Rating> ratings,
            final List<Verdict> verdicts, final AgentLimit agents)
    {
        double offered = mean(results, CallMetrics.OFFERED.total().of());
        double[] counts = {atGateways(results), byCac(results), atAgents(results)};
        String[] causes = {"at gateways", "by locations CAC", "for want of a free agent"};
        double total = counts[0] + counts[1] + counts[2];
        if (total <= 0 || offered <= 0)
        {
            return null;
        }
        int top = 0;
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++)
        {
            top = counts[i] > counts[top] ? i : top;
            if (counts[i] > 0)
            {
                parts.add(causes[i] + " " + Numbers.percent(counts[i] / offered));
            }
        }
        String share = Numbers.percent(total / offered) + " of calls refused "
                + (parts.size() == 1 ? causes[top] : "(" + String.join(", ", parts) + ")");
        if (top == 2)
        {
            return share + ": " + agents.billFor(); // the cause is in the share's own words
        }
        Metric loss = (top == 1 ? CallMetrics.BLOCKED_BY_CAC : CallMetrics.BLOCKED_AT_GATEWAY).total().of();
        Verdict cause = fullest(verdicts, ratings, loss);
        return share + ": " + (cause != null ? at(cause) : top == 1 ? "no room in a CAC budget" : "no free channel");
    }

    private static double atGateways(final ExperimentResults results)
    {
        return mean(results, CallMetrics.BLOCKED_AT_GATEWAY.total().of());
    }

    private static double byCac(final ExperimentResults results)
    {
        return mean(results, CallMetrics.BLOCKED_BY_CAC.total().of());
    }

    private static double atAgents(final ExperimentResults results)
    {
        return mean(results, CallMetrics.BLOCKED_AT_AGENTS.total().of());
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
        List<Verdict> full = full(verdicts, ratings, top);
        if (full.size() > 1)
        {
            return share + " of sessions lost: " + atAll(full);
        }
        Verdict cause = fullest(verdicts, ratings, top);
        return String.format(Locale.ROOT, "%s of sessions lost: %s", share,
                cause == null ? top.part("reason") + " (" + Numbers.human(most) + " sessions)" : at(cause));
    }

    /**
     * @return the FULL verdicts of the ratings blamed for {@code loss}, fullest first: where several were full (two
     *         recorders of a farm, one CUBE's twin recorders), each lost sessions, so the headline names them all
     */
    private static List<Verdict> full(final List<Verdict> verdicts, final List<Rating> ratings, final Metric loss)
    {
        List<Verdict> full = new java.util.ArrayList<>();
        for (int i = 0; i < ratings.size() && i < verdicts.size(); i++)
        {
            if (ratings.get(i).losses().contains(loss) && "FULL".equals(verdicts.get(i).status()))
            {
                full.add(verdicts.get(i));
            }
        }
        full.sort(java.util.Comparator.comparingDouble(Verdict::utilization).reversed());
        return full;
    }

    /**
     * @return several elements in one phrase: "recorder rec-a and recorder rec-b at 100.0% of 200 streams" where they
     *         share their use and rating, else each with its own ("recorder rec-a at 100.0% of 200 streams and recorder
     *         rec-b at 99.5% of 400 streams"); a list of more than two separated by commas
     */
    private static String atAll(final List<Verdict> verdicts)
    {
        List<String> names = verdicts.stream().map(Headline::name).toList();
        List<String> each = verdicts.stream().map(Headline::at).toList();
        String tail = each.get(0).substring(names.get(0).length());
        boolean alike = java.util.stream.IntStream.range(0, each.size())
                .allMatch(i -> each.get(i).substring(names.get(i).length()).equals(tail));
        return alike ? list(names) + tail : list(each);
    }

    /** @return "a and b", "a, b and c" */
    private static String list(final List<String> items)
    {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
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

    /** @return the element as the headline names it: "recorder rec-a", "link wan-1", "recorder rec-a set-up rate" */
    private static String name(final Verdict v)
    {
        String unit = v.metric().unit();
        String label = v.label().replaceFirst(" \\(.*\\)$", "");
        if (label.endsWith(" " + unit))
        {
            label = label.substring(0, label.length() - unit.length() - 1); // "link wan-1", not "link wan-1 Mbit/s"
        }
        return label;
    }

    /** @return "recorder rec-a streams at 100% of 400 streams" (a share rating: "... set-up rate at 54%") */
    private static String at(final Verdict v)
    {
        String unit = v.metric().unit();
        String label = name(v);
        if ("ratio".equals(unit) && v.limit() == 1.0)
        {
            return label + " at " + Numbers.percent(v.utilization()) + (v.assumed() ? Verdict.ASSUMED : "");
        }
        // the limit as the report's tables state it (40,000 kbit/s), whole without decimals
        return label + " at " + Numbers.percent(v.utilization()) + " of " + Numbers.stated(v.limit()) + " " + unit
                + (v.assumed() ? Verdict.ASSUMED : "");
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
