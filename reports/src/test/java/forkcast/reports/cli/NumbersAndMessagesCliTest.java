package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression suite for the numeric-input reproducers of issue 10 (5, 6, 10, 11, 12): NaN and infinities, fractions in
 * whole-number keys, absurd bandwidths, control characters and internal wording, through the command line, and
 * {@code validate} reporting every file.
 */
class NumbersAndMessagesCliTest
{
    private static final Path QUICKSTART = Path.of("..", "scenarios", "examples", "quickstart.yaml");
    private static final Pattern ONE_ERROR = Pattern.compile("^(\\S+:\\d+:\\d+|--set .*|--vary .*): error: [^\\n]+$");
    /** Words of Jackson and Java that once reached users in place of a plain sentence. */
    private static final List<String> INTERNAL = List.of("Node", "VALUE_", "`", "Numeric value", "'null'", "java.",
            "Exception", "internal error", "BigDecimal", "base64", "+SEQ", "+MAP", "DoubleNode", "property name");

    @TempDir
    Path tmp;

    private Path mutant(final String name, final String from, final String to) throws IOException
    {
        String text = Files.readString(QUICKSTART);
        assertTrue(text.contains(from), from);
        return Files.writeString(this.tmp.resolve(name), text.replace(from, to));
    }

    private static void assertPlain(final Cli cli)
    {
        for (String word : INTERNAL)
        {
            assertFalse(cli.err.contains(word) || cli.out.contains(word), "'" + word + "' in: " + cli.err + cli.out);
        }
        for (String line : cli.err.split("\n"))
        {
            assertTrue(ONE_ERROR.matcher(line).matches(), "one error per line, located: " + line);
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {"mbps: 20|mbps: .nan|20:52: error: '.nan' (not a number)",
            "mbps: 20|mbps: .inf|20:52: error: '.inf' (infinity)",
            "mbps: 20|mbps: -.inf|20:52: error: '-.inf' (infinity)",
            "replications: 10|replications: .nan|9:17: error: '.nan' (not a number)"})
    void reproducer5_nanAndInfinitiesAreErrorsWithTheirLocation(final String from, final String to,
            final String expected) throws IOException
    {
        Path file = mutant("nan.yaml", from, to);
        Cli cli = Cli.run("validate", file.toString());
        assertEquals(2, cli.exitCode, cli.err);
        assertTrue(cli.err.startsWith(file + ":" + expected), cli.err);
        assertPlain(cli);
    }

    @Test
    void reproducer5_validateReportsEveryFileAndEachOfItsErrors() throws IOException
    {
        Path nan = mutant("nan.yaml", "mbps: 20", "mbps: .nan");
        Path two = mutant("two.yaml", "channels: 90", "channels: 89.99, ucGatewayServices: maybe");
        Path fractions = Files.writeString(this.tmp.resolve("fractions.yaml"), Files.readString(QUICKSTART)
                .replace("channels: 90", "channels: 89.99").replace("maxStreams: 160", "maxStreams: 0.5"));
        Cli cli = Cli.run("validate", nan.toString(), QUICKSTART.toString(), fractions.toString(), two.toString());
        assertEquals(2, cli.exitCode);
        assertTrue(cli.err.contains(nan + ":20:52: error: '.nan'"), cli.err);
        assertTrue(cli.out.contains(QUICKSTART + ": ok"), cli.out);
        assertTrue(cli.err.contains(fractions + ":22:38: error: channels must be a whole number"), cli.err);
        assertTrue(cli.err.contains(fractions + ":24:40: error: maxStreams must be a whole number"), cli.err);
        assertTrue(cli.err.contains(two + ":22:38: error: channels must be a whole number"), cli.err);
        assertPlain(cli);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "channels: 90|channels: 89.99|22:38: error: channels must be a whole number from 0 to 1000000, not 89.99",
            "maxStreams: 160|maxStreams: 0.5|24:40: error: maxStreams must be a whole number from 0 to 1000000, not 0.5",
            "agents: 60|agents: 4.9e-324|32:13: error: agents must be a whole number from 0 to 10000000, not 4.9E-324"})
    void reproducer6_fractionsInWholeNumberKeysAreRefusedNotTruncated(final String from, final String to,
            final String expected) throws IOException
    {
        Path file = mutant("fraction.yaml", from, to);
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(2, cli.exitCode, cli.err);
        assertEquals(file + ":" + expected + "\n", cli.err);
        assertFalse(Files.exists(out));
    }

    @Test
    void reproducer6_aFractionalReplicationsBySetIsRefused()
    {
        Cli cli = Cli.run("validate", QUICKSTART.toString(), "--set", "run.replications=2.9");
        assertEquals(2, cli.exitCode);
        assertEquals("--set run.replications=2.9: error: replications must be a whole number from 1 to 100000, not 2.9\n",
                cli.err);
    }

    @Test
    void reproducer10_aBandwidthOfOneE300IsBelowTheDocumentedMinimum() throws IOException
    {
        Path file = mutant("tiny.yaml", "mbps: 20", "mbps: 1e-300");
        Cli cli = Cli.run("validate", file.toString());
        assertEquals(2, cli.exitCode);
        assertEquals(file + ":20:52: error: mbps must be from 0.001 to 1000000, not 1E-300\n", cli.err);
    }

    @Test
    void reproducer11_controlCharactersOfTheScenarioAreEscapedInEveryMessage() throws IOException
    {
        Path file = mutant("escape.yaml", "id: rec-a,", "id: \"rec\\e]0;owned\\a\\e[2J\\nquickstart.yaml:1:1: error: fake\",");
        Cli cli = Cli.run("validate", file.toString(), "--set", "description=\u202eevil");
        assertEquals(2, cli.exitCode);
        assertFalse(cli.err.chars().anyMatch(c -> c != '\n' && (c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x202e)),
                cli.err);
        assertTrue(cli.err.contains("'rec\\u001b]0;owned\\u0007\\u001b[2J\\nquickstart.yaml:1:1: error: fake'"),
                cli.err);
        assertPlain(cli);
        Cli set = Cli.run("validate", QUICKSTART.toString(), "--set", "name=a\u001b[31mb");
        assertEquals(2, set.exitCode);
        assertTrue(set.err.startsWith("--set name=a\\u001b[31mb: error: "), set.err);
        assertPlain(set);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "mbps: 20|mbps: 1E+999999999", "description: 60 agents|description: !!binary aGVsbG8=",
            "seed: 42|seed: .nan", "seed: 42|seed: 99999999999999999999999", "channels: 90|channels: 1e400",
            "sites:|sites: [ ~ ] NEWLINE x:",
            "seed: 42|? [a] NEWLINE : 1", "description: 60 agents|description: !!binary a$b",
            "replications: 10|replications: 99999999999"})
    void reproducer12_messagesNameWhatWasExpectedInPlainWords(final String from, final String to) throws IOException
    {
        Cli cli = Cli.run("validate", mutant("hostile.yaml", from, to.replace(" NEWLINE ", "\n")).toString());
        assertEquals(2, cli.exitCode, cli.err);
        assertPlain(cli);
    }

    @Test
    void reproducer12_aFourHundredDigitDurationIsOutOfRangeNotZero() throws IOException
    {
        Path file = mutant("long.yaml", "mean: 60s", "mean: " + "9".repeat(400) + "s");
        Cli cli = Cli.run("validate", file.toString());
        assertEquals(2, cli.exitCode);
        assertEquals(file + ":35:51: error: mean must be greater than 0s and at most 7d, not 99999999999999999999..."
                + " (401 characters)\n", cli.err);
    }

    @Test
    void reproducer12_setAndVaryAreNamedAsTheyWereGiven() throws IOException
    {
        Cli set = Cli.run("validate", QUICKSTART.toString(), "--set", "description=*a");
        assertEquals(2, set.exitCode);
        assertTrue(set.err.startsWith("--set description=*a: error: YAML aliases"), set.err);
        Cli wrongPath = Cli.run("validate", QUICKSTART.toString(), "--set", "nosuch.key=3");
        assertTrue(wrongPath.err.startsWith("--set nosuch.key=3: error: unknown key 'nosuch'"), wrongPath.err);
        Path out = this.tmp.resolve("sweep");
        Cli vary = Cli.run("sweep", QUICKSTART.toString(), "--vary", "gateways.gw-dc.channels=80,.nan", "--out",
                out.toString(), "--replications", "1");
        assertEquals(2, vary.exitCode, vary.err);
        assertTrue(("\n" + vary.err).contains("\n--vary gateways.gw-dc.channels=.nan: error: '.nan' (not a number)"),
                vary.err);
        assertFalse(vary.err.contains("--set"), vary.err);
        assertFalse(Files.exists(out), "nothing ran, nothing written");
    }
}
