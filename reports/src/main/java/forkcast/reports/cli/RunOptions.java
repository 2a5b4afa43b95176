package forkcast.reports.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import forkcast.scenarios.OverridePath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every simulating command shares (picocli mixin), checked before anything is read, so that a bad value is
 * refused with the same exit code (2) and the same message whichever command it is given to: replications, seed,
 * threads, overrides, --out, quiet, --allow-large and --force. The exit-code section of --help is each command's own
 * ({@link GatedCommand}'s, {@link SizeCommand}'s): a mixin's would override theirs.
 */
@Command(usageHelpWidth = ForkcastCommand.HELP_WIDTH, mixinStandardHelpOptions = true, sortOptions = false)
final class RunOptions
{
    /** The range of {@code run.replications} in a scenario (docs/scenario-format.md#ranges). */
    static final int MAX_REPLICATIONS = 100_000;

    /** The range of {@code run.trafficScale} in a scenario (docs/scenario-format.md#ranges). */
    static final int MAX_TRAFFIC_SCALE = 1000;

    /** The command this mixin is part of, for the command line the manifest records and for the messages. */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    // Every option is a field, none an annotated setter: picocli reads setters in the JVM's reflection order, which
    // differs between runs, and the shell completion generated from these options must come out the same in every
    // build (the release archives are reproducible). The range checks are in checkRanges(), before anything else.
    @Option(names = "--replications", order = 2, paramLabel = "N", description = "Replications (default: the scenario's).")
    Integer replications;

    @Option(names = "--seed", order = 3, paramLabel = "S", description = "Seed (default: the scenario's).")
    Long seed;

    @Option(names = "--threads", order = 4, paramLabel = "T",
            description = "Worker threads (default: available processors). Results do not depend on it.")
    Integer threads;

    /** {@code --set}, shared with {@code validate}. */
    @Mixin
    private OverrideOptions overrides;

    @Option(names = "--out", order = 1, paramLabel = "DIR", description = "Output folder: new, empty, or forkcast outputs,"
            + " replaced as a whole (default: out/<scenario name> for run, out/<command>-<scenario name> otherwise).")
    Path out;

    /** What else a command prints with it, each says in its own help of the option ({@link QuietHelp}). */
    @Option(names = "--quiet", order = 15, description = "Print only errors (no progress, warnings or summary).")
    boolean quiet;

    @Option(names = "--allow-large", order = 11, description = "Run even when the estimated events, memory or output exceed the"
            + " limits (see docs/resources.md); by default such a run is refused before it starts.")
    boolean allowLarge;

    @Option(names = "--force", order = 10, description = "Replace forkcast outputs of another kind or batch in --out. Never"
            + " replaces files forkcast did not write.")
    boolean force;

    /** {@code --scale-traffic}: the traffic growth factor, set as {@code run.trafficScale}; null when not given. */
    @Option(names = "--scale-traffic", order = 6, paramLabel = "F", description = "Traffic growth factor: multiplies"
            + " every traffic stream's rate (sets run.trafficScale), e.g. 1.2 for 20%% more calls.")
    Double scaleTraffic;

    /**
     * Refuse an option value out of its range, as picocli refuses one of the wrong type: a {@link ParameterException}
     * thrown from the command is bad usage (exit 2, with the usage hint), the same for every command.
     */
    private void checkRanges()
    {
        if (this.replications != null && (this.replications < 1 || this.replications > MAX_REPLICATIONS))
        {
            throw new ParameterException(this.command.commandLine(), "--replications must be a whole number from 1 to "
                    + MAX_REPLICATIONS + ", not " + this.replications);
        }
        if (this.threads != null && this.threads < 1)
        {
            throw new ParameterException(this.command.commandLine(), "--threads must be at least 1, not " + this.threads);
        }
        if (this.scaleTraffic != null && !(this.scaleTraffic >= 0 && this.scaleTraffic <= MAX_TRAFFIC_SCALE))
        {
            throw new ParameterException(this.command.commandLine(), "--scale-traffic must be a number from 0 to "
                    + MAX_TRAFFIC_SCALE + ", not " + this.scaleTraffic);
        }
    }

    /**
     * Settle what the options and the overrides say together, once, before any scenario is read. An option and a
     * {@code --set} (or {@code --vary}) of the same value are refused (exit 2) rather than one silently winning:
     * {@code --replications} and {@code run.replications}, {@code --seed} and {@code seed}, {@code --scale-traffic} and
     * {@code run.trafficScale}. {@code --scale-traffic F} then becomes the override {@code run.trafficScale=F}.
     *
     * @param varied the {@code --vary} values of a sweep or a sizing (empty for other commands)
     */
    void settle(final List<String> varied)
    {
        checkRanges();
        refuseBoth("--replications", this.replications, "run.replications", varied);
        refuseBoth("--seed", this.seed, "seed", varied);
        refuseBoth("--scale-traffic", this.scaleTraffic, "run.trafficScale", varied);
        if (this.scaleTraffic != null)
        {
            this.overrides.add("run.trafficScale=" + this.scaleTraffic);
        }
    }

    private void refuseBoth(final String option, final Object value, final String path, final List<String> varied)
    {
        if (value != null)
        {
            refuseBoth(option, value, path, "--set", this.overrides.assignments());
            refuseBoth(option, value, path, "--vary", varied);
        }
    }

    private static void refuseBoth(final String option, final Object value, final String path, final String other,
            final List<String> assignments)
    {
        for (String assignment : assignments)
        {
            int eq = assignment.indexOf('=');
            if (OverridePath.group(eq < 0 ? assignment : assignment.substring(0, eq)).contains(path))
            {
                throw CommandException.usage(option + " " + value + " and " + other + " " + assignment + " both set "
                        + path + ": give one of them (neither silently wins)");
            }
        }
    }

    /** @return the {@code --set} overrides, with the one {@code --scale-traffic} stands for once settled */
    List<String> overrides()
    {
        return this.overrides.assignments();
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
