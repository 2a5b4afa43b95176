package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few hundred seeded, deterministic mutants of the example scenarios (numbers replaced by NaN, infinities, huge,
 * negative and fractional values; keys deleted and duplicated; values of the wrong kind, tags, aliases; control
 * characters; files cut short), each validated in-process, and a sample of the accepted ones run briefly: the exit code
 * is 0 or 2, never a stack trace, an internal error or a raw control character, and a refused run leaves no --out.
 */
class MutationFuzzTest
{
    private static final long SEED = 20_261_201L;
    private static final int MUTANTS = 300;
    private static final int RUNS = 10;
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,] )-?\\d+(\\.\\d+)?(?=[\\s,\\]}]|$)");
    private static final Pattern UNIT_VALUE = Pattern.compile("(?<=[:\\[,] )\\d+(\\.\\d+)?(ms|s|m|h|d|/h|/m|/s)\\b");
    private static final Pattern VALUE = Pattern.compile("(?<=: )[^\\s{\\[#][^,}\\]#]*");
    private static final String[] NUMBERS = {".nan", ".inf", "-.inf", "1E+999999999", "-1", "0", "0.5", "89.99",
        "4.9e-324", "1e-300", "9".repeat(400), "1e308", "-0", "2147483648", "99999999999999999999999", "1.0"};
    private static final String[] VALUES = {"[1, 2]", "{a: 1}", "true", "~", "'text'", "!!binary aGVsbG8=", "*a",
        "&a x", "!!str 5", "\"\"", "null", "0x1F", ".NaN", "1_000", "{}", "[]"};
    private static final String[] UNIT_VALUES = {"0s", "0/h", "9".repeat(400) + "s", "9".repeat(400) + "/s",
        "0.0000000000000000000001ms", "367d", "1000000000/s", "1.5d"};
    private static final String[] CONTROLS = {"\u001b[2J", "\u001b]0;owned\u0007", "\n", "\u0000", "\u202e", "\u0085",
        "\r", "\t", "\u007f"};

    @TempDir
    Path tmp;

    @Test
    void mutantsOfTheExamplesAreRefusedOrRunNeverCrash() throws IOException
    {
        List<String> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "scenarios", "examples")))
        {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList())
            {
                examples.add(Files.readString(f));
            }
        }
        assertTrue(examples.size() >= 5);
        Random random = new Random(SEED);
        TreeMap<String, Integer> outcomes = new TreeMap<>();
        List<Path> accepted = new ArrayList<>();
        for (int i = 0; i < MUTANTS; i++)
        {
            String base = examples.get(random.nextInt(examples.size()));
            int times = 1 + random.nextInt(3);
            String mutant = base;
            String what = "";
            for (int t = 0; t < times; t++)
            {
                int op = random.nextInt(9);
                what += (what.isEmpty() ? "" : "+") + op;
                mutant = mutate(mutant, op, random);
            }
            Path file = this.tmp.resolve("m" + i + ".yaml");
            Files.write(file, mutant.getBytes(StandardCharsets.UTF_8));
            Cli cli = Cli.run("validate", file.toString());
            String output = cli.out + cli.err;
            String context = "mutant " + i + " (ops " + what + "):\n" + output;
            assertTrue(cli.exitCode == 0 || cli.exitCode == 2, context);
            assertSafe(output, context);
            if (cli.exitCode == 2)
            {
                assertTrue(cli.err.startsWith(file.toString() + ":"), context);
            }
            else
            {
                accepted.add(file);
            }
            outcomes.merge(cli.exitCode == 0 ? "accepted" : "refused", 1, Integer::sum);
        }
        System.out.println("mutants: " + outcomes);
        assertTrue(outcomes.getOrDefault("refused", 0) > MUTANTS / 3, "most mutants are refused: " + outcomes);
        assertTrue(outcomes.getOrDefault("accepted", 0) >= RUNS, "enough mutants are accepted to run: " + outcomes);
        for (int k = 0; k < RUNS; k++)
        {
            Path file = accepted.get(random.nextInt(accepted.size()));
            Path out = this.tmp.resolve("out-" + k);
            Cli cli = Cli.run("run", file.toString(), "--out", out.toString(), "--quiet", "--replications", "1",
                    "--threads", "1", "--set", "run.warmup=0s", "--set", "run.duration=2m", "--set", "run.interval=1m");
            String context = "run of " + file + ":\n" + cli.out + cli.err;
            assertTrue(cli.exitCode == 0 || cli.exitCode == 2, context);
            assertSafe(cli.out + cli.err, context);
            if (cli.exitCode == 0)
            {
                assertTrue(Files.isRegularFile(out.resolve("summary.json")), context);
            }
            else
            {
                assertFalse(Files.exists(out), "a refused run leaves no --out: " + context);
            }
        }
    }

    @Test
    void setValuesOfTheSameKindsAreRefusedOrAcceptedNeverCrash()
    {
        String[] paths = {"run.replications", "run.duration", "links.wan-branch.mbps", "gateways.gw-dc.channels",
            "traffic.inbound.rate", "traffic.inbound.holdingTime", "traffic.inbound.codecs", "description", "seed",
            "agentGroups.agents.agents", "nosuch.key", "recorders.rec-a", "recorders.rec-x.maxStreams", "run",
            "traffic.inbound.profile", "cluster.ctiCosts.observersPerLine", "links.wan-branch.layer2", ".", "a..b"};
        List<String> values = new ArrayList<>(List.of(NUMBERS));
        values.addAll(List.of(VALUES));
        values.addAll(List.of(UNIT_VALUES));
        values.addAll(List.of("{dist: erlang, mean: 60s, k: 2.5}", "[1, .nan]", "{G711: 0.5, G729: 0.5}", "[", "a: b"));
        Random random = new Random(SEED + 1);
        TreeMap<Integer, Integer> codes = new TreeMap<>();
        for (int i = 0; i < 150; i++)
        {
            String value = values.get(random.nextInt(values.size()));
            if (random.nextInt(4) == 0)
            {
                int at = random.nextInt(value.length() + 1);
                value = value.substring(0, at) + CONTROLS[random.nextInt(CONTROLS.length)] + value.substring(at);
            }
            String set = paths[random.nextInt(paths.length)] + "=" + value;
            Cli cli = Cli.run("validate", QUICKSTART, "--set", set);
            String context = "--set " + set + ":\n" + cli.out + cli.err;
            assertTrue(cli.exitCode == 0 || cli.exitCode == 2, context);
            assertSafe(cli.out + cli.err, context);
            if (cli.exitCode == 2 && !value.equals("null"))
            {
                // (null removes a key; what the file then lacks is reported where the file says it)
                assertTrue(cli.err.startsWith("--set "), "the option is blamed, not the file: " + context);
            }
            codes.merge(cli.exitCode, 1, Integer::sum);
        }
        System.out.println("--set values: exit codes " + codes);
        assertTrue(codes.getOrDefault(2, 0) > 75, "most are refused: " + codes);
    }

    private static final String QUICKSTART = Path.of("..", "scenarios", "examples", "quickstart.yaml").toString();

    private static void assertSafe(final String output, final String context)
    {
        assertFalse(output.contains("Exception") || output.contains("internal error") || output.contains("\tat ")
                || output.contains("Error:") || output.contains("java."), context);
        assertFalse(output.chars().anyMatch(c -> c != '\n' && (c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x202e)),
                "no raw control character: " + context);
    }

    private static String mutate(final String text, final int op, final Random random)
    {
        String[] lines = text.split("\n", -1);
        int line = random.nextInt(lines.length);
        switch (op)
        {
            case 0:
                return replaceOne(text, NUMBER, NUMBERS[random.nextInt(NUMBERS.length)], random);
            case 1:
                return replaceOne(text, UNIT_VALUE, UNIT_VALUES[random.nextInt(UNIT_VALUES.length)], random);
            case 2:
                return replaceOne(text, VALUE, VALUES[random.nextInt(VALUES.length)], random);
            case 3: // delete a line
                lines[line] = "";
                return String.join("\n", lines);
            case 4: // duplicate a line (a duplicate key, or a duplicate list element)
                lines[line] = lines[line] + "\n" + lines[line];
                return String.join("\n", lines);
            case 5: // control characters inside a line
            {
                String l = lines[line];
                int at = l.isEmpty() ? 0 : random.nextInt(l.length());
                lines[line] = l.substring(0, at) + CONTROLS[random.nextInt(CONTROLS.length)] + l.substring(at);
                return String.join("\n", lines);
            }
            case 6: // truncated
                return text.substring(0, random.nextInt(text.length() + 1));
            case 7: // swap two lines
            {
                int other = random.nextInt(lines.length);
                String swap = lines[line];
                lines[line] = lines[other];
                lines[other] = swap;
                return String.join("\n", lines);
            }
            default: // control characters inside an id or a quoted text
                return replaceOne(text, Pattern.compile("(?<=id: )[a-z0-9-]+"), "\"x" + CONTROLS[random.nextInt(
                        CONTROLS.length)].replace("\u001b", "\\e").replace("\n", "\\n") + "y\"", random);
        }
    }

    private static String replaceOne(final String text, final Pattern pattern, final String replacement,
            final Random random)
    {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find())
        {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty())
        {
            return text;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return text.substring(0, span[0]) + replacement + text.substring(span[1]);
    }
}
