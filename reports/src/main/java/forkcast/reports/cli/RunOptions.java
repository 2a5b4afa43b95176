package forkcast.reports.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every simulating command shares (picocli mixin), checked as they are parsed, so that a bad value is
 * refused with the same exit code (2) and the same message whichever command it is given to: replications, seed,
 * threads, overrides, --out, quiet, --allow-large and --force. The mixin also gives each such command the exit-code
 * section of its --help.
 */
@Command(usageHelpWidth = 100, mixinStandardHelpOptions = true, sortOptions = false,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_FAILED, ExitCodes.LIST_INVALID, ExitCodes.LIST_GATE})
final class RunOptions
{
    /** The range of {@code run.replications} in a scenario (docs/scenario-format.md#ranges). */
    static final int MAX_REPLICATIONS = 100_000;

    /** The command this mixin is part of, for the command line the manifest records and for the messages. */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    Integer replications;

    @Option(names = "--seed", order = 3, paramLabel = "S", description = "Seed (default: the scenario's).")
    Long seed;

    Integer threads;

    @Option(names = "--set", order = 5, paramLabel = "PATH=VALUE", description = "Override a scenario value by dotted path;"
            + " list elements are named by id, e.g. recorders.rec-a.maxStreams=120. Repeatable.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--out", order = 1, paramLabel = "DIR", description = "Output folder: new, empty, or forkcast outputs,"
            + " replaced as a whole (default: out/<scenario name> for run, out/<command>-<scenario name> otherwise).")
    Path out;

    @Option(names = "--quiet", order = 15, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--allow-large", order = 11, description = "Run even when the estimated events, memory or output exceed the"
            + " limits (see docs/resources.md); by default such a run is refused before it starts.")
    boolean allowLarge;

    @Option(names = "--force", order = 10, description = "Replace forkcast outputs of another kind or batch in --out. Never"
            + " replaces files forkcast did not write.")
    boolean force;

    @Option(names = "--replications", order = 2, paramLabel = "N", description = "Replications (default: the scenario's).")
    void replications(final int n)
    {
        if (n < 1 || n > MAX_REPLICATIONS)
        {
            throw new ParameterException(this.command.commandLine(), "--replications must be a whole number from 1 to "
                    + MAX_REPLICATIONS + ", not " + n);
        }
        this.replications = n;
    }

    @Option(names = "--threads", order = 4, paramLabel = "T",
            description = "Worker threads (default: available processors). Results do not depend on it.")
    void threads(final int n)
    {
        if (n < 1)
        {
            throw new ParameterException(this.command.commandLine(), "--threads must be at least 1, not " + n);
        }
        this.threads = n;
    }

    /** @return worker threads to use */
    int workers()
    {
        return this.threads != null ? this.threads : Runtime.getRuntime().availableProcessors();
    }

    /** @return the command's name, for messages ({@code run}, {@code sweep}, ...) */
    String commandName()
    {
        return this.command.name();
    }

    /** @return where the outputs go: {@code --out}, or {@code out/DEFAULT} */
    Path target(final String defaultName)
    {
        return this.out != null ? this.out : Path.of("out", defaultName);
    }

    /** @return the command line as given, starting with {@code forkcast}, for run.json */
    List<String> commandLine()
    {
        List<String> args = new ArrayList<>(List.of("forkcast"));
        args.addAll(this.command.commandLine().getParseResult().originalArgs());
        return args;
    }
}
