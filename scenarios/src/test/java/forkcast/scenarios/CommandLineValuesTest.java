package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --set} and {@code --vary} values go through exactly the checks of a file's values, with the same message,
 * located at the option; and a message never carries a control character of the scenario to the terminal.
 */
class CommandLineValuesTest
{
    @TempDir
    Path tmp;

    /** A small scenario that loads, the holding time left to its default (exponential, mean 180 s). */
    static final String SMALL = """
            name: small
            run: { warmup: 1m, duration: 10m, replications: 2, interval: 5m }
            sites: [ { id: dc } ]
            gateways: [ { id: gw, site: dc, channels: 10 } ]
            recorders: [ { id: rec, site: dc, maxStreams: 40 } ]
            trunks: [ { id: t, to: rec } ]
            recordingProfiles: [ { id: rp, trunk: t } ]
            agentGroups: [ { id: ag, site: dc, agents: 5, line: { recording: automatic, profile: rp } } ]
            traffic: [ { id: in, group: ag, rate: 60/h, gateways: [gw] } ]
            """;

    /** The same bad value for gateways.gw.channels, once in the file and once with --set: the same message. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".nan", ".inf", "-.inf", "1E+999999999", "89.99", "2000000", "!!binary aGVsbG8=",
            "!!int 5", "*alias", "&anchor 5"})
    void setValuesMeetTheChecksOfFileValuesWithTheSameMessage(final String value)
    {
        ScenarioException inFile = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL.replace("channels: 10", "channels: " + value)));
        ScenarioException bySet = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL, "gateways.gw.channels=" + value));
        assertTrue(inFile.errors().get(0).location().line() == 4, inFile.getMessage());
        assertEquals("--set gateways.gw.channels=" + value, bySet.errors().get(0).location().source());
        assertEquals(0, bySet.errors().get(0).location().line());
        assertEquals(inFile.errors().get(0).message(), bySet.errors().get(0).message());
    }

    /**
     * A target is a share, a fraction as docs/scenario-format.md says ("0.01 is 1%"), while --target on the command
     * line takes "1%": the refusal of a percentage in the scenario gives the fraction it stands for, in the file and
     * with --set alike.
     */
    @Test
    void aPercentageWhereAShareIsExpectedIsRefusedWithTheFractionItStandsFor()
    {
        ScenarioException bySet = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL, "targets.recordingBlocking=1%"));
        assertEquals("--set targets.recordingBlocking=1%: error: 'recordingBlocking': expected a number, not the text"
                + " '1%'; shares are fractions: write 0.01 for 1%", bySet.errors().get(0).toString());
        ScenarioException inFile = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL + "targets: { coverage: 99.5% }\n"));
        assertEquals("'coverage': expected a number, not the text '99.5%'; shares are fractions: write 0.995 for"
                + " 99.5%", inFile.errors().get(0).message());
        ScenarioException duration = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL, "run.duration=10%"));
        assertFalse(duration.errors().get(0).message().contains("shares"), "only where a number is expected");
    }

    @Test
    void anAliasInASetValueIsRefusedAsInAFile()
    {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load(SMALL, "description=*a"));
        assertEquals("--set description=*a: error: YAML aliases (*name) are not supported; write the value out in full",
                e.errors().get(0).toString());
    }

    @Test
    void aWrongSetPathIsBlamedOnTheOptionNotOnALineOfTheFile()
    {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load(SMALL, "nosuch.path.x=3"));
        assertTrue(e.errors().get(0).toString().startsWith("--set nosuch.path.x=3: error: unknown key 'nosuch'"),
                e.getMessage());
        ScenarioException inside = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL, "run={warmup: 1m, duration: 10m, replications: 2.9}"));
        assertEquals("--set run={warmup: 1m, duration: 10m, replications: 2.9}: error: replications must be a whole"
                + " number from 1 to 100000, not 2.9", inside.errors().get(0).toString(),
                "a key the file has, replaced through a map value, is the option's too");
    }

    @Test
    void aVariantsValueMeetsTheChecksOfTheFilesValues() throws Exception
    {
        Path file = Files.writeString(this.tmp.resolve("variants.yaml"), SMALL
                + "variants: [ { name: more, set: { run.replications: 2.5 } } ]\n");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader(Catalog.builtIn()).loadAlternatives(file, List.of()));
        assertEquals(file + ":10:52: error: replications must be a whole number from 1 to 100000, not 2.5",
                e.errors().get(0).toString());
    }

    @Test
    void aVaryValueIsReportedAsVaryNotSet() throws Exception
    {
        Path file = Files.writeString(this.tmp.resolve("small.yaml"), SMALL);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Sweep.load(new ScenarioLoader(
                Catalog.builtIn()), file, List.of(), List.of(SweepAxis.parse("gateways.gw.channels=10,2.5")),
                List.of("2.5")));
        assertEquals("--vary gateways.gw.channels=2.5: error: channels must be a whole number from 0 to 1000000, not"
                + " 2.5", e.errors().get(0).toString());
    }

    @Test
    void aSweepChecksEveryPointBeforeRunningAny() throws Exception
    {
        Path file = Files.writeString(this.tmp.resolve("small.yaml"), SMALL);
        List<Sweep.Point> ran = new ArrayList<>();
        ScenarioException e = assertThrows(ScenarioException.class, () -> Sweep.run(new ScenarioLoader(
                Catalog.builtIn()), file, List.of(), List.of(SweepAxis.parse("gateways.gw.channels=10,20,.nan")), null,
                1, 1, ran::add));
        assertEquals("--vary gateways.gw.channels=.nan", e.errors().get(0).location().source());
        assertEquals(List.of(), ran, "no point ran");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x=1E-999999999..1", "x=1..1E+999999999", "x=0..1:1E-999999999"})
    void aVaryRangeOfUnboundedPrecisionIsRefused(final String text)
    {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse(text));
        assertTrue(e.getMessage().contains("between -1e15 and 1e15 with at most 15 decimals"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x<=1e-", "x<=1e999", "x>=.", "x<=-"})
    void aSizingTargetThatIsNotAFiniteNumberIsRefusedInPlainWords(final String text)
    {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SizingTarget.parse(text));
        assertEquals("--target '" + text + "': X must be a finite number", e.getMessage());
    }

    @Test
    void controlCharactersInMessagesAreEscapedSoOneErrorIsOneLine()
    {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load(SMALL.replace("id: rec,",
                "id: \"r\\e]0;title\\a\\e[2J\\nsmall.yaml:1:1: error: fake\\u202e\\u0085\\x7f\",")));
        for (ScenarioError error : e.errors())
        {
            String line = error.toString();
            assertFalse(line.chars().anyMatch(c -> c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x202e), line);
        }
        String first = e.errors().get(0).toString();
        assertTrue(first.contains("'r\\u001b]0;title\\u0007\\u001b[2J\\nsmall.yaml:1:1: error: fake\\u202e\\u0085"
                + "\\u007f'"), first);
        ScenarioException set = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL, "description=x\ny: [", "run.replications=0"));
        assertTrue(set.errors().get(0).toString().startsWith("--set description=x\\ny: [: error: "),
                set.errors().get(0).toString());
        ScenarioException escape = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL, "description=a\u001b[2Jb"));
        assertTrue(escape.errors().get(0).toString().startsWith("--set description=a\\u001b[2Jb: error: "),
                escape.errors().get(0).toString());
    }

    @Test
    void textWithoutControlCharactersIsPrintedAsItIs()
    {
        assertEquals("plain 'text' ü ✓ \\ /", ControlCharacters.escape("plain 'text' ü ✓ \\ /"));
        assertEquals("a\\tb\\rc\\u2066", ControlCharacters.escape("a\tb\rc\u2066"));
    }
}
