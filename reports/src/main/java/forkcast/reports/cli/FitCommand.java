package forkcast.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import forkcast.reports.Printable;
import forkcast.scenarios.Catalog;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioRunner;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.cdr.CdrCheck;
import forkcast.scenarios.cdr.CdrFit;
import forkcast.scenarios.cdr.CdrMap;
import forkcast.scenarios.cdr.FittedScenario;
import forkcast.scenarios.spec.DurationValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code forkcast fit}: a scenario fitted to the cluster's own CUCM CDR exports. */
@Command(usageHelpWidth = ForkcastCommand.HELP_WIDTH, name = "fit", mixinStandardHelpOptions = true,
        description = {"Fit a complete scenario to CUCM CDR exports.", """
                Reads the CDR files (CSV, gzip accepted, CMR files skipped) row by row, maps legs to agent groups, \
                gateways and recording trunks by MAP.yaml, and writes FITTED.yaml: arrival rate and day profile, \
                holding time (exponential, lognormal or empirical, chosen by Kolmogorov-Smirnov), codecs, secure \
                share, transfer and conference shares, callers' patience where legs reached a queue (wasCallQueued, \
                or the map's queue numbers), each group's recording (disabled, automatic, or selective with the share \
                that its agents' recording legs show), each commented with its evidence, and the observed busy-hour \
                and peak figures. Rows that cannot be used are counted by reason and reported. \
                Agents, channels and the recorder are placeholders from the observed peaks: set them before \
                sizing."""},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:success: FITTED.yaml (and any empirical files beside it) written, or the check printed",
                "1:the outputs could not be written, the --check run failed, or an internal error (--debug shows"
                        + " its stack trace)",
                "2:bad usage, a bad map, a file that is not a CDR export (the missing fields are named), no leg"
                        + " matching the map, an --out that exists, or CDRs and a scenario that --check cannot"
                        + " compare (fewer than 2 days, no figure in common); nothing is written"},
        resourceBundle = Examples.BUNDLE + "fit")
final class FitCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CDR_FILE", description = "CUCM CDR files (cdr_*; .gz accepted).")
    private List<Path> files;

    @Option(names = "--map", required = true, paramLabel = "MAP.yaml",
            description = "Groups (number, device or queue patterns), gateways (device patterns) and recordingTrunks.")
    private Path map;

    @Option(names = "--out", paramLabel = "FITTED.yaml", description = "The scenario to write (unless --check).")
    private Path out;

    @Option(names = "--check", paramLabel = "SCENARIO.yaml", description = "Instead of fitting: run SCENARIO.yaml and print"
            + " the CDRs' busy-hour calls, peak calls per group, busy-hour recording calls, peak recording calls and"
            + " (when the scenario has a queue) abandoned calls beside the simulated means and CIs, with a verdict per figure (each observed day against each"
            + " replication, one simulated day, by Welch's t-test at 5%%). Writes nothing.")
    private Path check;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "1h",
            description = "The profile's interval; divides one hour (default: ${DEFAULT-VALUE}).")
    private String interval;

    @Option(names = "--force", description = "Replace FITTED.yaml (and its empirical files) when they exist.")
    private boolean force;

    @Override
    public Integer call()
    {
        PrintWriter out = this.spec.commandLine().getOut();
        PrintWriter err = this.spec.commandLine().getErr();
        int seconds;
        try
        {
            double s = DurationValue.parse(this.interval).seconds();
            seconds = (int) Math.rint(s);
            if (s < 60 || Math.abs(s - seconds) > 1e-9 || 3600 % seconds != 0)
            {
                throw new IllegalArgumentException();
            }
        }
        catch (RuntimeException e)
        {
            err.println("--interval " + this.interval + ": expected a duration of at least 1m that divides one hour"
                    + " evenly, e.g. 15m, 30m or 1h");
            return ExitCodes.INVALID;
        }
        if ((this.out == null) == (this.check == null))
        {
            err.println("forkcast fit: give --out FITTED.yaml to fit, or --check SCENARIO.yaml to check a scenario");
            return ExitCodes.INVALID;
        }
        if (this.check != null)
        {
            return check(seconds, out, err);
        }
        if (Files.isDirectory(this.out) || (Files.exists(this.out) && !this.force))
        {
            // said as every command says bad usage: "forkcast fit: ..." (Failures), naming the option
            throw CommandException.usage("--out " + Printable.of(this.out) + (Files.isDirectory(this.out)
                    ? " is a directory; --out names the scenario file"
                    : " exists; choose another --out or add --force to replace it"));
        }
        FittedScenario.Output fitted;
        CdrFit.Result result;
        try
        {
            CdrMap cdrMap = CdrMap.load(this.map);
            CdrFit fit = new CdrFit(cdrMap, seconds);
            for (Path file : this.files)
            {
                fit.read(file);
            }
            result = fit.result();
            if (result.streams().isEmpty())
            {
                err.println(this.map + ": no call leg of the " + result.legs() + " read matches a group of the map"
                        + " (check the number and device patterns)");
                return ExitCodes.INVALID;
            }
            String stem = stem(this.out);
            fitted = FittedScenario.write(result, name(stem), stem);
        }
        catch (ScenarioException e)
        {
            e.errors().forEach(err::println);
            return ExitCodes.INVALID;
        }
        for (String data : fitted.dataFiles().keySet())
        {
            Path target = sibling(data);
            if (Files.exists(target) && !this.force)
            {
                throw CommandException.usage(Printable.of(target) + ", a data file of --out "
                        + Printable.of(this.out) + ", exists; choose another --out or add --force to replace it");
            }
        }
        try
        {
            publish(fitted);
        }
        catch (IOException e)
        {
            err.println(this.out + ": cannot write: " + e.getMessage());
            return ExitCodes.RUN_FAILED;
        }
        catch (ScenarioException e)
        {
            // the fit wrote something the loader refuses: a fault of this program, reported rather than published
            err.println("internal error: the fitted scenario does not load:");
            e.errors().forEach(err::println);
            return ExitCodes.RUN_FAILED;
        }
        out.println(this.out + ": " + result.streams().size() + " traffic stream" + (result.streams().size() == 1 ? ""
                : "s") + " fitted from " + result.legs() + " legs (" + String.join(", ",
                        FittedScenario.streamIds(result)) + ")");
        result.patience().forEach((group, q) -> out.println(group + ": " + q.queued() + " legs reached the queueing"
                + " point, " + q.abandoned() + " abandoned" + (q.fitted() ? String.format(Locale.ROOT,
                        "; mean patience %.1f s [%.1f, %.1f] (95%%)", q.meanPatience(), q.low(), q.high())
                        : "; no queue written")));
        recording(result, out);
        if (result.bad().total() > 0)
        {
            out.println("rows set aside: " + result.bad().total());
            result.bad().counts().forEach((reason, n) -> out.println("  " + reason + ": " + n + " (first at "
                    + result.bad().firstSeen().get(reason) + ")"));
        }
        return ExitCodes.OK;
    }

    /** One line per group: the recording written for its lines, and the recording legs no group's agent made. */
    private static void recording(final CdrFit.Result result, final PrintWriter out)
    {
        result.recording().forEach((group, rec) -> out.println(group + ": recording "
                + result.recordingMode(group).name().toLowerCase(Locale.ROOT) + (!result.recordingTrunksMapped()
                        ? ", a placeholder (the map names no recording trunk)"
                        : " (" + rec.recordingLegs() + " recording legs for " + rec.answeredCalls() + " answered calls)")));
        if (result.unattributedRecording() > 0)
        {
            out.println("recording legs attributed to no mapped group: " + result.unattributedRecording());
        }
    }

    /** {@code --check}: the CDRs' observed figures beside the scenario's simulated ones. */
    private int check(final int seconds, final PrintWriter out, final PrintWriter err)
    {
        CdrFit.Result result;
        RunResult run;
        try
        {
            Scenario scenario = new ScenarioLoader(Catalog.builtIn()).load(this.check, List.of());
            CdrFit fit = new CdrFit(CdrMap.load(this.map), seconds);
            for (Path file : this.files)
            {
                fit.read(file);
            }
            result = fit.result();
            if (result.days().size() < 2)
            {
                err.println("forkcast fit --check: the CDRs cover " + result.days().size() + " day(s) with answered calls of"
                        + " a mapped group; the check compares days, so it needs at least 2");
                return ExitCodes.INVALID;
            }
            run = ScenarioRunner.run(scenario, Math.max(1, Runtime.getRuntime().availableProcessors()), null);
        }
        catch (ScenarioException e)
        {
            e.errors().forEach(err::println);
            return ExitCodes.INVALID;
        }
        List<CdrCheck.Row> rows = CdrCheck.compare(result, run);
        TerminalText.fill("CDRs: " + result.days().size() + " days; " + Printable.of(this.check) + ": "
                + run.scenario().replications() + " replications (each one simulated day). Per day: the CDRs' mean,"
                + " the model's with its 95% CI below, Welch's p-value", "  ").forEach(out::println);
        CheckTable.lines(rows).forEach(out::println);
        if (rows.isEmpty())
        {
            err.println("forkcast fit --check: the scenario simulates none of the CDRs' figures (are its group ids"
                    + " the map's?)");
            return ExitCodes.INVALID;
        }
        return ExitCodes.OK;
    }

    /**
     * Stage every file in a temporary folder beside {@code --out}, load the staged scenario as a run would, then move
     * the data files and last the scenario into place: a failure leaves no half-written file.
     */
    private void publish(final FittedScenario.Output fitted) throws IOException, ScenarioException
    {
        Path parent = this.out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, ".forkcast-fit-");
        try
        {
            for (Map.Entry<String, String> e : fitted.dataFiles().entrySet())
            {
                Files.writeString(staging.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            Path yaml = staging.resolve(this.out.getFileName().toString());
            Files.writeString(yaml, fitted.yaml(), StandardCharsets.UTF_8);
            new ScenarioLoader(Catalog.builtIn()).load(yaml, List.of());
            for (String data : fitted.dataFiles().keySet())
            {
                move(staging.resolve(data), sibling(data));
            }
            move(yaml, this.out.toAbsolutePath());
        }
        finally
        {
            try (var left = Files.list(staging))
            {
                for (Path p : (Iterable<Path>) left::iterator)
                {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(staging);
        }
    }

    private static void move(final Path from, final Path to) throws IOException
    {
        try
        {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (AtomicMoveNotSupportedException e)
        {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path sibling(final String name)
    {
        return this.out.toAbsolutePath().getParent().resolve(name);
    }

    /** @return the file name without its extension */
    private static String stem(final Path file)
    {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** @return a scenario name ([a-z0-9-]+) made of {@code stem} */
    private static String name(final String stem)
    {
        String n = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "fitted" : n;
    }
}
