package forkcast.scenarios;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Automatic sizing: the smallest value of one monotone parameter (recorders' streams, trunk dialogs, agents...) whose
 * confidence bounds meet every target. Bisection over the range, each point run with the same seed; where a point's
 * interval straddles a target it is run again with more replications (up to four times as many) before it is
 * judged, the confidence split over those looks; the value found is checked against its neighbour below, which must
 * fail, so the answer comes with its evidence.
 */
public final class Sizing
{
    /**
     * One evaluated value.
     *
     * @param value the parameter's value
     * @param replications how many replications decided it
     * @param means each target's metric mean, in target order
     * @param bounds each target's one-sided bound, at the confidence of one look ({@link #LOOKS})
     * @param met whether every target was met
     */
    public record Evidence(String value, int replications, List<Double> means, List<Double> bounds, boolean met)
    {
    }

    /**
     * The answer.
     *
     * @param path the parameter
     * @param value the smallest value meeting every target; null when none in the range does
     * @param below the next smaller value, shown to fail; null when the answer is the range's first value
     * @param targets the targets
     * @param confidence the confidence of the bounds
     * @param evidence every evaluation, in the order made
     */
    public record Result(String path, String value, String below, List<SizingTarget> targets, double confidence,
            List<Evidence> evidence)
    {
        /**
         * What the reader must know before trusting the answer. When the smallest value tried meets every target, the
         * true minimum may lie below the range; when, moreover, no target's metric moved between the smallest and the
         * largest value tried (their difference within the confidence half-widths), the varied element is not the one
         * that binds: another one absorbs its load (overflow to the other trunks of a route list, for instance), so
         * the "answer" only says the range started too high.
         *
         * @return warnings, in plain words; empty when the answer is bracketed by a failing value below it
         */
        public List<String> warnings()
        {
            List<String> warnings = new ArrayList<>();
            if (this.value == null || this.below != null || this.evidence.isEmpty())
            {
                return warnings;
            }
            Evidence smallest = this.evidence.stream().filter(e -> e.value().equals(this.value)).findFirst()
                    .orElse(null);
            Evidence largest = this.evidence.get(0); // the bisection judges the top of the range first
            if (smallest != null && smallest != largest && insensitive(smallest, largest))
            {
                warnings.add(this.path + " does not bind over this range: the targets' metrics are the same at "
                        + smallest.value() + " as at " + largest.value() + " (within their confidence intervals). Either"
                        + " another element carries the load (e.g. overflow in a route list absorbs it: size the group"
                        + " that binds, such as recorders.*.maxStreams or recorders.[a,b].maxStreams) or the whole"
                        + " range is more than enough.");
            }
            warnings.add("The answer is the smallest value tried: the true minimum may be lower; extend the range"
                    + " downward to find it.");
            return warnings;
        }

        private static boolean insensitive(final Evidence a, final Evidence b)
        {
            for (int i = 0; i < a.means().size(); i++)
            {
                Double ma = a.means().get(i);
                Double mb = b.means().get(i);
                if (ma == null || mb == null)
                {
                    return false;
                }
                double slack = Math.max(halfWidth(ma, a.bounds().get(i)), halfWidth(mb, b.bounds().get(i)));
                if (Math.abs(ma - mb) > slack)
                {
                    return false;
                }
            }
            return true;
        }

        private static double halfWidth(final double mean, final Double bound)
        {
            return bound == null || bound.isNaN() ? 0 : Math.abs(bound - mean);
        }
    }

    private static final int MAX_ESCALATION = 4;

    /**
     * How many times one value may be judged: with n, 2n, ... up to {@link #MAX_ESCALATION} n replications (3 looks).
     * Each look is a chance to pass by luck, so each is judged at 1 - (1 - confidence) / LOOKS (Bonferroni), which
     * keeps the chance that a value failing the target is declared safe at any look within 1 - confidence; at 95% on
     * every look the three looks let it pass about twice as often as claimed (docs/answer.md, "How sure is size's
     * answer").
     */
    static final int LOOKS = 1 + Integer.numberOfTrailingZeros(MAX_ESCALATION);

    /** A target names a metric the scenario does not produce. */
    public static final class UnknownMetricException extends RuntimeException
    {
        private static final long serialVersionUID = 1L;

        UnknownMetricException(final String message)
        {
            super(message);
        }
    }

    private Sizing()
    {
    }

    /**
     * @param axis the parameter and its ordered candidate values (smallest first; assumed monotone: a larger value
     *            never does worse)
     * @param done told after each evaluation; may be null
     */
    public static Result run(final ScenarioLoader loader, final Path file, final List<String> overrides,
            final SweepAxis axis, final List<SizingTarget> targets, final double confidence, final Long seed,
            final Integer replications, final int threads, final Consumer<Evidence> done) throws ScenarioException
    {
        return run(loader, file, overrides, axis, targets, confidence, seed, replications, threads, null, done);
    }

    /** @param checkpoint keeps finished replications, so that an interrupted sizing resumes; null for none */
    public static Result run(final ScenarioLoader loader, final Path file, final List<String> overrides,
            final SweepAxis axis, final List<SizingTarget> targets, final double confidence, final Long seed,
            final Integer replications, final int threads, final Checkpoint checkpoint, final Consumer<Evidence> done)
            throws ScenarioException
    {
        return run(loader, file, overrides, axis, targets, confidence, seed, replications, threads, checkpoint, null,
                done);
    }

    /** @param replicationDone told each replication as it finishes (for progress); may be null */
    public static Result run(final ScenarioLoader loader, final Path file, final List<String> overrides,
            final SweepAxis axis, final List<SizingTarget> targets, final double confidence, final Long seed,
            final Integer replications, final int threads, final Checkpoint checkpoint,
            final IntConsumer replicationDone, final Consumer<Evidence> done) throws ScenarioException
    {
        return run(loader, file, overrides, axis, targets, confidence, seed, replications, threads, null, checkpoint,
                replicationDone, done);
    }

    /**
     * @param engine where the replications run: null for this process's pool of {@code threads}; else each evaluation
     *            (each escalation of one) is one submission to the engine, since the bisection's next value depends
     *            on the last one's verdict
     */
    public static Result run(final ScenarioLoader loader, final Path file, final List<String> overrides,
            final SweepAxis axis, final List<SizingTarget> targets, final double confidence, final Long seed,
            final Integer replications, final int threads, final ReplicationEngine engine, final Checkpoint checkpoint,
            final IntConsumer replicationDone, final Consumer<Evidence> done) throws ScenarioException
    {
        Scenario base = loader.load(file, overrides);
        for (String value : axis.values())
        {
            Sweep.load(loader, file, overrides, List.of(axis), List.of(value)); // every value is checked before any run
        }
        long s = seed != null ? seed : base.seed();
        int reps = Math.max(2, replications != null ? replications : base.replications());
        List<Evidence> evidence = new ArrayList<>();
        Evaluator evaluate = index ->
        {
            List<String> value = List.of(axis.values().get(index));
            Scenario scenario = Sweep.load(loader, file, overrides, List.of(axis), value).withSeed(s);
            Replications where = new Replications(threads, engine, engine == null ? null : new ScenarioSource(
                    file.toAbsolutePath().toString(), scenario.text().getBytes(StandardCharsets.UTF_8), overrides,
                    Sweep.varied(List.of(axis), value), null), checkpoint, index, replicationDone);
            Evidence e = judge(scenario, axis.values().get(index), targets, confidence, reps, where);
            evidence.add(e);
            if (done != null)
            {
                done.accept(e);
            }
            return e.met();
        };
        int lo = 0;
        int hi = axis.values().size() - 1;
        if (!evaluate.met(hi))
        {
            return new Result(axis.path(), null, axis.values().get(hi), targets, confidence, evidence);
        }
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (evaluate.met(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        String below = null;
        if (hi > 0)
        {
            below = axis.values().get(hi - 1);
            String neighbour = below;
            boolean judged = evidence.stream().anyMatch(e -> e.value().equals(neighbour));
            if (!judged)
            {
                evaluate.met(hi - 1); // bisection already implies it fails; run it anyway, as evidence
            }
        }
        return new Result(axis.path(), axis.values().get(hi), below, targets, confidence, evidence);
    }

    /**
     * @return what the sizing may take at worst: every evaluation at the heavier end of the range and escalated to
     *         the most replications (n, 2n, then 4n)
     */
    public static ResourceEstimate estimate(final ScenarioLoader loader, final Path file, final List<String> overrides,
            final SweepAxis axis, final Integer replications, final int threads) throws ScenarioException
    {
        Scenario base = loader.load(file, overrides);
        int reps = Math.max(2, replications != null ? replications : base.replications());
        Scenario first = Sweep.load(loader, file, overrides, List.of(axis), List.of(axis.values().get(0)));
        Scenario last = Sweep.load(loader, file, overrides, List.of(axis),
                List.of(axis.values().get(axis.values().size() - 1)));
        Scenario heavier = ResourceEstimator.events(first) >= ResourceEstimator.events(last) ? first : last;
        int evaluations = 32 - Integer.numberOfLeadingZeros(axis.values().size()) + 2; // bisection, the top, the value below
        int escalated = 1;
        int all = 1;
        while (escalated < MAX_ESCALATION)
        {
            escalated *= 2;
            all += escalated;
        }
        return ResourceEstimator.sizing(heavier.withReplications(reps * escalated), evaluations, reps * all, threads);
    }

    /**
     * Run with {@code reps} replications, and more while an interval straddles a target; every look judged at its
     * share of the confidence ({@link #LOOKS}).
     */
    private static Evidence judge(final Scenario scenario, final String value, final List<SizingTarget> targets,
            final double confidence, final int reps, final Replications where)
    {
        int n = reps;
        double perLook = 1 - (1 - confidence) / LOOKS;
        while (true)
        {
            RunResult run = where.run(scenario.withReplications(n));
            List<Double> means = new ArrayList<>();
            List<Double> bounds = new ArrayList<>();
            boolean met = true;
            boolean straddles = false;
            for (SizingTarget target : targets)
            {
                if (!run.results().summaries().containsKey(target.metric()))
                {
                    throw new UnknownMetricException("no metric '" + target.metric() + "' in this scenario's results"
                            + Suggestions.didYouMean(target.metric(), run.results().summaries().keySet())
                            + " (summary.json of a run lists them)");
                }
                double[] values = run.results().values(target.metric());
                double bound = target.bound(values, perLook);
                Double mean = run.results().summary(target.metric()).mean();
                means.add(mean);
                bounds.add(bound);
                met &= target.met(bound);
                straddles |= !target.met(bound) && mean != null && target.met(mean);
            }
            if (met || !straddles || n >= MAX_ESCALATION * reps)
            {
                return new Evidence(value, n, means, bounds, met);
            }
            n *= 2;
        }
    }

    /** Where and how one value's replications run: the thread pool or an engine, with the checkpoint's key. */
    private record Replications(int threads, ReplicationEngine engine, ScenarioSource source, Checkpoint checkpoint,
            int point, IntConsumer progress)
    {
        RunResult run(final Scenario scenario)
        {
            if (this.engine != null)
            {
                return new EngineRuns().add(scenario, this.source, this.point).run(this.engine, this.threads,
                        this.checkpoint, this.progress).get(0);
            }
            return this.checkpoint == null ? ScenarioRunner.run(scenario, this.threads, this.progress)
                    : ScenarioRunner.runResuming(scenario, this.threads, this.checkpoint, this.point, this.progress);
        }
    }

    @FunctionalInterface
    private interface Evaluator
    {
        boolean met(int index) throws ScenarioException;
    }
}
