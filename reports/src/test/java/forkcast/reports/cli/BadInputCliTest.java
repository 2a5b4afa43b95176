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
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input exits 2 with FILE:LINE:COLUMN, no stack trace, and nothing written under --out. */
class BadInputCliTest
{
    private static final Path BAD = Path.of("..", "scenarios", "src", "test", "resources", "bad");
    private static final Pattern LOCATED = Pattern.compile("^.+\\.yaml:\\d+:\\d+: error: .+", Pattern.MULTILINE);

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"malformed.yaml", "unknown-key.yaml", "bad-duration.yaml", "missing-reference.yaml",
            "negative-capacity.yaml", "empty.yaml", "duplicate-key.yaml", "alias.yaml", "not-utf8.yaml",
            "unknown-node.yaml"})
    void runRefusesBadScenarios(final String file) throws IOException
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", BAD.resolve(file).toString(), "--out", out.toString());
        assertEquals(2, cli.exitCode);
        assertTrue(LOCATED.matcher(cli.err).find(), cli.err);
        assertTrue(cli.err.startsWith(BAD.resolve(file).toString() + ":"), cli.err);
        assertFalse(cli.err.contains("Exception") || cli.err.contains("\tat "), "no stack trace: " + cli.err);
        assertFalse(Files.exists(out), "nothing written");
        try (var entries = Files.list(this.tmp))
        {
            assertEquals(0, entries.count(), "no staging folder either");
        }
    }

    @Test
    void anExistingOutputFolderIsLeftAsItWas() throws IOException
    {
        Path out = Files.createDirectories(this.tmp.resolve("out"));
        Files.writeString(out.resolve("summary.json"), "{}");
        Cli cli = Cli.run("run", BAD.resolve("unknown-key.yaml").toString(), "--out", out.toString());
        assertEquals(2, cli.exitCode);
        assertEquals("{}", Files.readString(out.resolve("summary.json")));
    }

    @Test
    void missingFileAndBadOptionsAreUsageErrors()
    {
        Cli missing = Cli.run("run", "no-such.yaml");
        assertEquals(2, missing.exitCode);
        assertTrue(missing.err.contains("no-such.yaml"), missing.err);
        assertEquals(2, Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--replications", "0").exitCode);
        assertEquals(2, Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--threads", "abc").exitCode);
        assertEquals(2, Cli.run("frobnicate").exitCode);
    }

    @Test
    void validateListsEveryRuleViolationOfTheMisconfiguredExampleWithIdAndLocation()
    {
        Path file = RunCommandTest.EXAMPLES.resolve("misconfigured.yaml");
        Cli cli = Cli.run("validate", file.toString());
        assertEquals(0, cli.exitCode, "warnings do not fail validation: " + cli.err);
        String f = file.toString();
        for (String expected : new String[] {f + ":14:71: warning: R16: ", f + ":15:5: warning: R8: ",
                f + ":16:5: warning: R19: ", f + ":18:5: warning: R33: secure recorder without SRTP fallback",
                f + ":30:80: warning: R21: ", f + ":34:14: warning: R22: the phones' built-in bridge is off",
                f + ":39:33: warning: R22: built-in bridge on with 'MTP required'", f + ":49:33: warning: R25: "})
        {
            assertTrue(cli.out.contains(expected), "missing '" + expected + "' in:\n" + cli.out);
        }
        assertTrue(cli.out.contains(f + ": ok, 8 warnings"), cli.out);
    }

    @Test
    void validateListsEveryFile()
    {
        Cli cli = Cli.run("validate", RunCommandTest.QUICKSTART.toString(), BAD.resolve("negative-capacity.yaml").toString());
        assertEquals(2, cli.exitCode);
        assertTrue(cli.out.contains("quickstart.yaml: ok"), cli.out);
        assertTrue(cli.err.contains("negative-capacity.yaml:6:17: error: maxStreams must be a whole number from 0 to 1000000, not -400"), cli.err);
        assertEquals(0, Cli.run("validate", RunCommandTest.QUICKSTART.toString()).exitCode);
    }

    @Test
    void validateListsAnUnknownKeyARangeAUnitAndAReferenceInOneCall()
    {
        Path file = BAD.resolve("one-error-of-each-kind.yaml");
        Cli cli = Cli.run("validate", file.toString());
        assertEquals(2, cli.exitCode);
        String f = file.toString();
        assertEquals(List.of(f + ":4:1: error: unknown key 'rnu' (did you mean 'run'?)",
                f + ":8:40: error: maxStreams must be a whole number from 0 to 1000000, not -5",
                f + ":16:39: error: 'rate': expected a rate with a time unit, like 2400/h, 40/m or 2/s, not the number"
                        + " 2400",
                f + ":16:56: error: no gateway with id 'gw2' (did you mean 'gw'?)"), cli.err.lines().toList());
    }
}
