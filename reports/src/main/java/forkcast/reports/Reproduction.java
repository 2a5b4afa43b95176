package forkcast.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a reader needs to run a batch (a sweep, a sizing) again and get the same numbers: the scenario, the seed and
 * replications actually used (never "the default"), the overrides and the command line. Shown in the batch's
 * {@code report.html}; {@code run.json} holds the same command line.
 *
 * @param scenario the scenario's name
 * @param file the scenario file as given
 * @param seed the seed every point ran with
 * @param replications the replications every point ran with (a sizing may run more where an interval straddles)
 * @param overrides the {@code --set} values, in order (with {@code --scale-traffic} as {@code run.trafficScale})
 * @param varied the {@code --vary} values, as given
 * @param commandLine the command line, starting with {@code forkcast}
 */
public record Reproduction(String scenario, String file, long seed, int replications, List<String> overrides,
        List<String> varied, List<String> commandLine)
{
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");

    /** Options that do not change the numbers, with a value: left out so that the report does not depend on them. */
    private static final Set<String> WITH_VALUE = Set.of("--out", "--threads", "--engine", "--master");

    /** Flags that do not change the numbers. */
    private static final Set<String> FLAGS = Set.of("--resume", "--quiet", "--force", "--allow-large");

    public Reproduction
    {
        overrides = List.copyOf(overrides);
        varied = List.copyOf(varied);
        commandLine = List.copyOf(commandLine);
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

    /** @return the values for a template's "reproduce" section, every point run with {@link #replications} */
    Map<String, Object> view()
    {
        return view(this.replications + " per point");
    }

    /**
     * @param replications what each point ran, as the report says it (a sizing runs more where an interval straddles
     *            a target: "20 for 60, 130; 40 for 114")
     * @return the values for a template's "reproduce" section
     */
    Map<String, Object> view(final String replications)
    {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("scenario", this.scenario);
        view.put("file", this.file);
        view.put("seed", this.seed);
        view.put("replications", replications);
        view.put("overrides", this.overrides);
        view.put("hasOverrides", !this.overrides.isEmpty());
        view.put("varied", this.varied);
        view.put("command", shellCommand());
        return view;
    }
}
