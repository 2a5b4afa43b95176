package forkcast.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import forkcast.scenarios.Scenario;

/**
 * What a reader needs to run a command (a run, a comparison, a sweep, a sizing) again and get the same numbers: the
 * scenario files with their SHA-256 (as {@code run.json} gives them), the seed and replications actually used (never
 * "the default"), the overrides and the command line. Every {@code report.html} shows it in its "Reproduce" section
 * ({@code reproduce.mustache}); {@code run.json} holds the same command line.
 *
 * @param scenario the scenario's name (a comparison's baseline)
 * @param inputs the scenario files read, each once, in the order given
 * @param seed the seed every replication ran with
 * @param replications the replications every point or alternative ran with (a sizing may run more where an interval
 *            straddles)
 * @param overrides the {@code --set} values, in order (with {@code --scale-traffic} as {@code run.trafficScale})
 * @param varied the {@code --vary} values, as given (empty but for a sweep or a sizing)
 * @param commandLine the command line, starting with {@code forkcast}
 */
public record Reproduction(String scenario, List<Input> inputs, long seed, int replications, List<String> overrides,
        List<String> varied, List<String> commandLine)
{
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");

    /** Options that do not change the numbers, with a value: left out so that the report does not depend on them. */
    private static final Set<String> WITH_VALUE = Set.of("--out", "--threads", "--engine", "--master");

    /** Flags that do not change the numbers. */
    private static final Set<String> FLAGS = Set.of("--resume", "--quiet", "--force", "--allow-large");

    /**
     * A scenario file the command read.
     *
     * @param names the scenarios read from it (a comparison's variants share their file)
     * @param file the file as given
     * @param sha256 the SHA-256 of its text as read (before the overrides), as {@code run.json} gives it
     */
    public record Input(String names, String file, String sha256)
    {
    }

    /** A file as read: its name as given, and its text's hash. */
    private record File(String file, String sha256)
    {
    }

    public Reproduction
    {
        inputs = List.copyOf(inputs);
        overrides = List.copyOf(overrides);
        varied = List.copyOf(varied);
        commandLine = List.copyOf(commandLine);
    }

    /**
     * @param read the scenarios the command read, as loaded (a comparison's alternatives, in order): the first names
     *            the command's scenario; those of one file with the same text share its line
     * @return how to reproduce a command that read {@code read}, with the seed and replications it used
     */
    public static Reproduction of(final List<Scenario> read, final long seed, final int replications,
            final List<String> overrides, final List<String> varied, final List<String> commandLine)
    {
        // one line per file and text: a comparison's variants share their file's
        Map<File, String> names = new LinkedHashMap<>();
        for (Scenario s : read)
        {
            names.merge(new File(s.source(), Manifest.sha256(s.text())), s.name(), (a, b) -> a + ", " + b);
        }
        List<Input> inputs = new ArrayList<>();
        names.forEach((file, name) -> inputs.add(new Input(name, file.file(), file.sha256())));
        return new Reproduction(read.get(0).name(), inputs, seed, replications, overrides, varied, commandLine);
    }

    /** @return how to reproduce a run of {@code run}, the scenario as loaded with the command's options */
    public static Reproduction ofRun(final Scenario run, final List<String> overrides, final List<String> commandLine)
    {
        return of(List.of(run), run.seed(), run.replications(), overrides, List.of(), commandLine);
    }

    /**
     * @return the command line as a POSIX shell reads it back (arguments with other characters single-quoted), without
     *         the options that do not change the numbers (where the outputs go, threads, quiet, resume...), so that
     *         the report is the same whichever of them were given
     */
    public String shellCommand()
    {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < this.commandLine.size(); i++)
        {
            String arg = this.commandLine.get(i);
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (FLAGS.contains(arg) || WITH_VALUE.contains(option))
            {
                i += WITH_VALUE.contains(arg) ? 1 : 0;
                continue;
            }
            words.add(PLAIN.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return String.join(" ", words);
    }

    /**
     * @param replications what each point ran, as the report says it ("20 per point"; a sizing runs more where an
     *            interval straddles a target: "20 for 60, 130; 40 for 114")
     * @return the values for a sweep's or a sizing's "reproduce" section: every point ran with the one seed
     */
    Map<String, Object> pointsView(final String replications)
    {
        return view(replications, "every point on the same traffic");
    }

    /**
     * @param replications what each point, alternative or run ran, as the report says it ("20 per point"; a sizing
     *            runs more where an interval straddles a target: "20 for 60, 130; 40 for 114")
     * @param seedNote what the one seed means for this command ("every point on the same traffic"), or null
     * @return the values for a template's "reproduce" section
     */
    Map<String, Object> view(final String replications, final String seedNote)
    {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("scenario", this.scenario);
        view.put("inputs", this.inputs.stream().map(i -> Map.of("names", i.names(), "file", i.file(), "sha256",
                i.sha256())).toList());
        view.put("seed", this.seed);
        if (seedNote != null)
        {
            view.put("seedNote", seedNote);
        }
        view.put("replications", replications);
        view.put("overrides", this.overrides);
        view.put("hasOverrides", !this.overrides.isEmpty());
        view.put("varied", this.varied);
        view.put("hasVaried", !this.varied.isEmpty());
        view.put("command", shellCommand());
        return view;
    }
}
