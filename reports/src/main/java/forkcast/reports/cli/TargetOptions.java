package forkcast.reports.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import forkcast.scenarios.DeclaredMetrics;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.SizingTarget;
import forkcast.sim.Goal;
import picocli.CommandLine.Option;

/**
 * {@code --target METRIC<=X|METRIC>=X} on {@code run} and {@code compare}, written as on {@code size}: each replaces the
 * scenario's goal on that metric (from {@code targets:} or its default) or adds a goal on any other metric. The last
 * word is the command line's: defaults, then the file's {@code targets:}, then {@code --set targets.*}, then
 * {@code --target} (docs/scenario-format.md). The targets are checked before anything runs, as {@code --assert}'s
 * and {@code size --target}'s are: a metric no run has is bad usage, and so are two targets on one metric (a goal
 * holds one limit a metric, so one of them would be dropped unsaid).
 */
final class TargetOptions
{
    @Option(names = "--target", order = 7, paramLabel = "METRIC<=X|METRIC>=X", description = "A target to judge and"
            + " size for, replacing the scenario's on that metric (e.g. recording.blockingProbability<=0.005;"
            + " X may be a percentage, 0.5%%). Repeatable, one per metric.")
    private List<String> targets = new ArrayList<>();

    /**
     * @return the targets, parsed and checked
     * @throws CommandException (bad usage) for a target that does not parse, names no declared metric or names a
     *         metric another target names
     */
    List<SizingTarget> parsed()
    {
        Map<String, String> byMetric = new LinkedHashMap<>();
        List<SizingTarget> parsed = new ArrayList<>();
        for (String text : this.targets)
        {
            SizingTarget t;
            try
            {
                t = SizingTarget.parse(text);
            }
            catch (IllegalArgumentException e)
            {
                throw CommandException.usage(e.getMessage());
            }
            DeclaredMetrics.problem("--target", t.metric()).ifPresent(problem ->
            {
                throw CommandException.usage(problem);
            });
            String earlier = byMetric.putIfAbsent(t.metric(), text);
            if (earlier != null)
            {
                throw CommandException.usage("--target '" + earlier + "' and --target '" + text + "' are both on "
                        + t.metric() + ": give one target per metric");
            }
            parsed.add(t);
        }
        return parsed;
    }

    /**
     * @return {@code scenario} with every {@code --target} applied
     * @throws CommandException (bad usage) as {@link #parsed}
     */
    Scenario apply(final Scenario scenario)
    {
        Scenario s = scenario;
        for (SizingTarget t : parsed())
        {
            s = s.withTargets(s.targets().with(new Goal(t.metric(), t.metric(), t.atMost(), t.limit())));
        }
        return s;
    }

    /** @throws CommandException (exit 2) when a target names a metric a result does not have (an element's id) */
    void checkMetrics(final List<Gates.Case> cases)
    {
        Gates.requireMetrics("--target", parsed(), cases);
    }

    /** @return the targets as given, for the batch identity and run.json */
    List<String> given()
    {
        return List.copyOf(this.targets);
    }
}
