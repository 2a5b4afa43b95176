package forkcast.reports.cli;

import java.util.ArrayList;
import java.util.List;

import forkcast.reports.Verdict;
import forkcast.scenarios.DeclaredMetrics;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.SizingTarget;
import forkcast.scenarios.Suggestions;
import forkcast.sim.stats.MetricSummary;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What a pipeline may demand of a successful run (picocli mixin of {@code run}, {@code compare} and {@code sweep}):
 * no verdict with a status given to {@code --fail-on}, and every {@code --assert} met. An assertion has the syntax of
 * {@code size --target} and is met as a sizing target is, by the one-sided confidence bound of the metric's mean
 * over the replications ({@link #CONFIDENCE}), so that a value {@code size} found passes the same assertion. Each
 * alternative of a comparison and each point of a sweep must pass.
 */
final class Gates
{
    /** The confidence of an assertion's one-sided bound: that of {@code size --confidence}'s default. */
    static final double CONFIDENCE = 0.95;

    /** The statuses of {@link Verdict} that may fail a run (OK never does). */
    enum Status
    {
        NEAR, OVER, FULL
    }

    /** One result the gates judge: a run, an alternative or a point, with its name (empty for a single run). */
    record Case(String label, RunResult run)
    {
    }

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--fail-on", order = 12, split = ",", paramLabel = "STATUS", description = "Exit 3 when a capacity verdict"
            + " has one of these statuses: ${COMPLETION-CANDIDATES} (comma-separated; outputs are still written).")
    List<Status> failOn = new ArrayList<>();

    @Option(names = "--assert", order = 13, paramLabel = "METRIC<=X|METRIC>=X", description = "Exit 3 unless the metric's"
            + " one-sided 95%% confidence bound meets X (as size --target; outputs are still written). Repeatable.")
    List<String> assertions = new ArrayList<>();

    /** @return the assertions, parsed; a malformed one, or one on a metric no run has, is bad usage */
    List<SizingTarget> targets()
    {
        List<SizingTarget> targets = new ArrayList<>();
        for (String a : this.assertions)
        {
            SizingTarget target;
            try
            {
                target = SizingTarget.parse("--assert", a);
            }
            catch (IllegalArgumentException e)
            {
                throw new ParameterException(this.command.commandLine(), e.getMessage());
            }
            DeclaredMetrics.problem("--assert", target.metric()).ifPresent(problem ->
            {
                throw new ParameterException(this.command.commandLine(), problem);
            });
            targets.add(target);
        }
        return targets;
    }

    /** @throws CommandException (exit 2) when an assertion is given and a bound cannot be had */
    void checkReplications(final int replications)
    {
        if (!this.assertions.isEmpty() && replications < 2)
        {
            throw CommandException.usage("--assert needs at least 2 replications for its confidence bound, not "
                    + replications);
        }
    }

    /** @throws CommandException (exit 2) when an assertion names a metric a result does not have */
    void checkMetrics(final List<Case> cases)
    {
        requireMetrics("--assert", targets(), cases);
    }

    /**
     * The check of a metric's name that only a result can make (an element's id in it), after the run and before
     * anything is written; the metric itself was checked before the run ({@link DeclaredMetrics}).
     * @param option the option the targets were given with, for the message
     * @throws CommandException (exit 2) when a target names a metric a result does not have
     */
    static void requireMetrics(final String option, final List<SizingTarget> targets, final List<Case> cases)
    {
        for (SizingTarget target : targets)
        {
            for (Case c : cases)
            {
                if (!c.run().results().summaries().containsKey(target.metric()))
                {
                    throw CommandException.usage(option + ": no metric '" + target.metric() + "' in the results"
                            + (c.label().isEmpty() ? "" : " of " + c.label())
                            + Suggestions.didYouMean(target.metric(), c.run().results().summaries().keySet())
                            + " (summary.json of a run lists them)");
                }
            }
        }
    }

    /** @return one line for each verdict and assertion that fails, naming the case, value, CI and threshold */
    List<String> failures(final List<Case> cases)
    {
        List<String> failures = new ArrayList<>();
        for (Case c : cases)
        {
            String where = c.label().isEmpty() ? "" : c.label() + ": ";
            for (Verdict v : Verdict.judge(c.run().results(), c.run().ratings()))
            {
                if (this.failOn.stream().anyMatch(s -> s.name().equals(v.status())))
                {
                    MetricSummary p = v.peak();
                    failures.add(where + "--fail-on " + v.status() + ": " + v.label() + " (" + v.metric().name() + ") peak "
                            + Figures.of(p.mean()) + ", 95% CI [" + Figures.of(p.ci95low()) + ", "
                            + Figures.of(p.ci95high()) + "], max " + Figures.of(p.max()) + ", limit "
                            + Figures.of(v.limit()) + (v.refused() ? "; it refused work" : ""));
                }
            }
            for (SizingTarget target : targets())
            {
                double bound = target.bound(c.run().results().values(target.metric()), CONFIDENCE);
                if (!target.met(bound))
                {
                    MetricSummary m = c.run().results().summary(target.metric());
                    failures.add(where + "--assert " + Figures.of(target) + " failed: mean " + Figures.of(m.mean())
                            + ", 95% CI [" + Figures.of(m.ci95low()) + ", " + Figures.of(m.ci95high())
                            + "], " + (Double.isNaN(bound) ? "no bound (fewer than 2 replications define it)"
                                    : "one-sided 95% bound " + Figures.of(bound) + (target.atMost() ? " > " : " < ")
                                            + Figures.exact(target.limit())));
                }
            }
        }
        return failures;
    }
}
