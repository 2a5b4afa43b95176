package forkcast.reports.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every simulating command shares (picocli mixin): replications, seed, threads, overrides, quiet,
 * --allow-large and --force. */
final class RunOptions
{
    /** The command this mixin is part of, for the command line the manifest records. */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--replications", paramLabel = "N", description = "Replications (default: the scenario's).")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the scenario's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: available processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a scenario value by dotted path;"
            + " list elements are named by id, e.g. recorders.rec-a.maxStreams=120. Repeatable.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--allow-large", description = "Run even when the estimated events, memory or output exceed the"
            + " limits (see docs/resources.md); by default such a run is refused before it starts.")
    boolean allowLarge;

    @Option(names = "--force", description = "Replace forkcast outputs of another kind or batch in --out. Never"
            + " replaces files forkcast did not write.")
    boolean force;

    /** @return worker threads to use */
    int workers()
    {
        return this.threads != null ? this.threads : Runtime.getRuntime().availableProcessors();
    }

    /** @return the command line as given, starting with {@code forkcast}, for run.json */
    List<String> commandLine()
    {
        List<String> args = new ArrayList<>(List.of("forkcast"));
        args.addAll(this.command.commandLine().getParseResult().originalArgs());
        return args;
    }
}
