package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import forkcast.models.media.Layer2;

/**
 * A link's {@code layer2} reads as the format's other values do: a whole number of bytes however a whole number is
 * written, a word in any case, and a number in quotes refused as every number field refuses one, with its location.
 * Numbers are echoed in digits, never in BigDecimal's exponent form.
 */
class Layer2ValueTest
{
    private static final String SMALL = """
            name: small
            sites: [ { id: dc }, { id: branch } ]
            links: [ { id: wan, between: [branch, dc], mbps: 10, layer2: LAYER2 } ]
            recorders: [ { id: rec, site: dc } ]
            trunks: [ { id: t, to: rec } ]
            recordingProfiles: [ { id: rp, trunk: t } ]
            agentGroups: [ { id: a, site: branch, agents: 10 } ]
            traffic: [ { id: c, group: a, callsPerAgentPerHour: 12 } ]
            """;

    private static int bytes(final String layer2, final String... overrides) throws ScenarioException
    {
        return ScenarioText.load(SMALL.replace("LAYER2", layer2), overrides).deployment().links().get(0)
                .layer2Bytes();
    }

    private static String error(final String layer2, final String... overrides)
    {
        return assertThrows(ScenarioException.class, () -> bytes(layer2, overrides)).errors().get(0).toString();
    }

    @ParameterizedTest(name = "layer2: {0}")
    @CsvSource(delimiter = '|', value = {"1e1|10", "1.8e1|18", "18.0|18", "18|18", "0|0", "1e3|1000"})
    void aWholeNumberOfBytesReadsHoweverItIsWritten(final String written, final int expected) throws ScenarioException
    {
        assertEquals(expected, bytes(written));
        assertEquals(expected, bytes("ethernet", "links.wan.layer2=" + written), "from --set");
    }

    @ParameterizedTest(name = "layer2: {0}")
    @CsvSource(delimiter = '|', value = {"ETHERNET|" + Layer2.ETHERNET, "Dot1Q|" + Layer2.DOT1Q})
    void aWordReadsInAnyCaseAsEveryChoiceOfTheFormat(final String written, final int expected) throws ScenarioException
    {
        assertEquals(expected, bytes(written));
    }

    @ParameterizedTest(name = "layer2: {0}")
    @CsvSource(delimiter = '|', value = {
        "1e4|test.yaml:3:62: error: layer2 must be a whole number from 0 to 1000, not 10000",
        "2e1.5|test.yaml:3:62: error: layer2 must be ethernet, dot1q or a whole number of bytes (0 to 1000), not the"
                + " text '2e1.5'",
        "\"18\"|test.yaml:3:62: error: layer2 must be ethernet, dot1q or a whole number of bytes (0 to 1000), not the"
                + " text '18' (a number is written without quotes)",
        "\"1e1\"|test.yaml:3:62: error: layer2 must be ethernet, dot1q or a whole number of bytes (0 to 1000), not the"
                + " text '1e1' (a number is written without quotes)",
        "[18]|test.yaml:3:62: error: layer2 must be ethernet, dot1q or a whole number of bytes (0 to 1000), not a"
                + " list",
        "10.5|test.yaml:3:62: error: layer2 must be a whole number from 0 to 1000, not 10.5"})
    void whatIsNotABytesCountIsRefusedWhereItIsWritten(final String written, final String expected)
    {
        assertEquals(expected, error(written));
    }

    @ParameterizedTest(name = "--set {0}")
    @CsvSource(delimiter = '|', value = {
        "links.wan.layer2='18'|--set links.wan.layer2='18': error: layer2 must be ethernet, dot1q or a whole number of"
                + " bytes (0 to 1000), not the text '18' (a number is written without quotes)",
        "links.wan.layer2=2e3|--set links.wan.layer2=2e3: error: layer2 must be a whole number from 0 to 1000, not"
                + " 2000"})
    void aBadValueFromTheCommandLineIsRefusedThere(final String set, final String expected)
    {
        assertEquals(expected, error("ethernet", set));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "mbps: 10|mbps: 2e9|test.yaml:3:50: error: mbps must be from 0.001 to 1000000, not 2000000000",
        "mbps: 10|mbps: '10'|test.yaml:3:50: error: 'mbps': expected a number, not the text '10' (a number is written"
                + " without quotes)",
        "agents: 10|agents: 1e9|test.yaml:7:47: error: agents must be a whole number from 0 to 10000000, not"
                + " 1000000000",
        "agents: 10|agents: \"1e1\"|test.yaml:7:47: error: 'agents': expected a whole number, not the text '1e1' (a"
                + " number is written without quotes)"})
    void everyNumberIsEchoedInDigitsAndAQuotedOneIsExplained(final String from, final String to,
            final String expected)
    {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL.replace("LAYER2", "ethernet").replace(from, to)));
        assertEquals(expected, e.errors().get(0).toString());
    }
}
