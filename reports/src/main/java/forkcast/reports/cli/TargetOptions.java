package forkcast.reports.cli;

import java.util.ArrayList;
import java.util.List;

import forkcast.scenarios.Scenario;
import forkcast.scenarios.SizingTarget;
import forkcast.sim.Goal;
import picocli.CommandLine.Option;

/**
 * {@code --target METRIC<=X|METRIC>=X} on {@code run} and {@code compare}, written as on {@code size}: each replaces the
 * scenario's goal on that metric (from {@code targets:} or its default) or adds a goal on any other metric. The last
 * word is the command line's: defaults, then the file's {@code targets:}, then {@code --set targets.*}, then
 * {@code --target} (docs/scenario-format.md).
 */
final class TargetOptions
{
    @Option(names = "--target", order = 7, paramLabel = "METRIC<=X|METRIC>=X", description = "A target to judge and"
            + " size for, replacing the scenario's on that metric (e.g. recording.blockingProbability<=0.005)."
            + " Repeatable.")
    private List<String> targets = new ArrayList<>();

    /**
     * @return {@code scenario} with every {@code --target} applied
     * @throws CommandException (bad usage) for a target that does not parse
     */
    Scenario apply(final Scenario scenario)
    {
        Scenario s = scenario;
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
            s = s.withTargets(s.targets().with(new Goal(t.metric(), t.metric(), t.atMost(), t.limit())));
        }
        return s;
    }

    /** @return the targets as given, for the batch identity and run.json */
    List<String> given()
    {
        return List.copyOf(this.targets);
    }
}
