package forkcast.reports.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * {@code --set PATH=VALUE} (picocli mixin): the overrides of scenario values, declared once for every command that
 * reads scenarios with them (the simulating commands through {@link RunOptions}, and {@code validate}), so that the
 * option is named, described and accepted alike everywhere.
 */
final class OverrideOptions
{
    // order places it in the --help of the commands that list options in their own order (RunOptions); validate lists
    // its options alphabetically
    @Option(names = "--set", order = 5, paramLabel = "PATH=VALUE", description = "Override a scenario value by dotted"
            + " path; list elements are named by id, * (all) or [id1,id2], e.g. recorders.rec-a.maxStreams=120,"
            + " recorders.*.maxStreams=120; several paths separated by commas get the same value. Repeatable.")
    private List<String> assignments = new ArrayList<>();

    /** @return the overrides in the order given, as the scenario loader applies them */
    List<String> assignments()
    {
        return Collections.unmodifiableList(this.assignments);
    }

    /** Add an override that another option stands for (e.g. {@code --scale-traffic F}: {@code run.trafficScale=F}). */
    void add(final String assignment)
    {
        this.assignments.add(assignment);
    }
}
