package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One command shape: the same bad option gives the same exit code and the same message on every command that takes
 * it, before anything runs; nothing is written under or beside {@code --out} but the lock file (no output, staging
 * or checkpoint folder). Reproduces {@code sweep --threads 0} (it ran) and {@code sweep --replications 0} ("internal
 * error", exit 1, a checkpoint folder left).
 */
class SharedOptionsCliTest
{
    private static final String QUICKSTART = RunCommandTest.QUICKSTART.toString();

    /** The second line of a bad option's message: where to look. */
    private static final String TRY = "Try 'forkcast CMD --help' for more information.";

    /** Each command that simulates, with the arguments that make it valid. */
    private static final List<List<String>> SIMULATING = List.of(
            List.of("run", QUICKSTART),
            List.of("compare", RunCommandTest.EXAMPLES.resolve("branch-phone-vs-network.yaml").toString()),
            List.of("sweep", QUICKSTART, "--vary", "recorders.rec-a.maxStreams=80,120"),
            List.of("size", QUICKSTART, "--vary", "recorders.rec-a.maxStreams=60..200:10", "--target",
                    "recording.blockingProbability<=0.01"));

    /** The commands of {@code --fail-on} and {@code --assert}. */
    private static final List<List<String>> GATED = SIMULATING.subList(0, 3);

    @TempDir
    Path tmp;

    static Stream<Arguments> badOptions()
    {
        List<Arguments> cases = new ArrayList<>();
        List<List<String>> withValidate = new ArrayList<>(SIMULATING);
        withValidate.add(List.of("validate", QUICKSTART));
        add(cases, SIMULATING, List.of("--threads", "0"), "forkcast CMD: --threads must be at least 1, not 0",
                TRY);
        add(cases, SIMULATING, List.of("--threads", "-3"), "forkcast CMD: --threads must be at least 1, not -3",
                TRY);
        add(cases, SIMULATING, List.of("--replications", "0"),
                "forkcast CMD: --replications must be a whole number from 1 to 100000, not 0",
                TRY);
        add(cases, SIMULATING, List.of("--replications", "2.5"),
                "forkcast CMD: Invalid value for option '--replications': '2.5' is not an int",
                TRY);
        add(cases, SIMULATING, List.of("--seed", "x"), "forkcast CMD: Invalid value for option '--seed': 'x' is not a long",
                TRY);
        add(cases, withValidate, List.of("--set", "run.replications=0"),
                "--set run.replications=0: error: replications must be a whole number from 1 to 100000, not 0");
        // an option and a --set (or --vary) of the same value: refused, neither silently wins (docs/command-line.md)
        add(cases, SIMULATING, List.of("--replications", "2", "--set", "run.replications=3"),
                "forkcast CMD: --replications 2 and --set run.replications=3 both set run.replications: give one of"
                        + " them (neither silently wins)");
        add(cases, SIMULATING, List.of("--seed", "5", "--set", "seed=6"),
                "forkcast CMD: --seed 5 and --set seed=6 both set seed: give one of them (neither silently wins)");
        add(cases, SIMULATING, List.of("--scale-traffic", "1.5", "--set", "run.trafficScale=2"),
                "forkcast CMD: --scale-traffic 1.5 and --set run.trafficScale=2 both set run.trafficScale: give one of"
                        + " them (neither silently wins)");
        add(cases, SIMULATING, List.of("--scale-traffic", "-1"),
                "forkcast CMD: --scale-traffic must be a number from 0 to 1000, not -1.0", TRY);
        List<List<String>> onQuickstart = List.of(SIMULATING.get(0), SIMULATING.get(2), SIMULATING.get(3),
                List.of("validate", QUICKSTART));
        add(cases, onQuickstart, List.of("--set", "recorders.[rec-a,rec-x].maxStreams=5"),
                "--set recorders.[rec-a,rec-x].maxStreams=5: error: no element with id 'rec-x' in recorders (ids:"
                        + " rec-a)");
        add(cases, onQuickstart, List.of("--set", "cubes.*.maxSessions=5"),
                "--set cubes.*.maxSessions=5: error: '*' matches no element: cubes has none");
        add(cases, SIMULATING, List.of("--out", ""), "forkcast CMD: --out is empty (an unset variable?); give the folder to"
                + " write to");
        add(cases, GATED, List.of("--assert", "blocking=low"),
                "forkcast CMD: --assert 'blocking=low': expected METRIC<=X or METRIC>=X (X a number, or a percentage"
                + " such as 1%)",
                TRY);
        add(cases, GATED, List.of("--assert", "recording.coverage>=.nan"),
                "forkcast CMD: --assert 'recording.coverage>=.nan': expected METRIC<=X or METRIC>=X (X a number, or a"
                + " percentage such as 1%)",
                TRY);
        add(cases, GATED, List.of("--fail-on", "OK"), "forkcast CMD: Invalid value for option '--fail-on' (STATUS):"
                + " expected one of [NEAR, OVER, FULL] (case-sensitive) but was 'OK'",
                TRY);
        // compare needs 2 replications whatever it asserts (its own check, tested in CompareCommandTest)
        add(cases, List.of(GATED.get(0), GATED.get(2)), List.of("--assert", "calls.connected>=1", "--replications", "1"),
                "forkcast CMD: --assert needs at least 2 replications for its confidence bound, not 1");
        return cases.stream();
    }

    private static void add(final List<Arguments> cases, final List<List<String>> commands, final List<String> bad,
            final String... expected)
    {
        for (List<String> command : commands)
        {
            cases.add(Arguments.of(command, bad, List.of(expected)));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badOptions")
    void theSameBadOptionGivesTheSameExitCodeAndMessageOnEveryCommand(final List<String> command,
            final List<String> bad, final List<String> expected) throws IOException
    {
        Path out = this.tmp.resolve("out");
        List<String> args = new ArrayList<>(command);
        args.addAll(bad);
        if (!command.get(0).equals("validate") && !bad.get(0).equals("--out"))
        {
            args.addAll(List.of("--out", out.toString()));
        }
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertEquals(2, cli.exitCode, cli.err);
        assertEquals(expected.stream().map(line -> line.replace("CMD", command.get(0))).toList(),
                cli.err.lines().toList());
        assertEquals("", cli.out);
        try (Stream<Path> left = Files.list(this.tmp))
        {
            assertTrue(left.allMatch(p -> p.getFileName().toString().equals(".out.forkcast-lock")),
                    "nothing written, no staging or checkpoint folder: " + Files.list(this.tmp).toList());
        }
    }
}
