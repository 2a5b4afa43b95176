package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each broken file is refused with its first error at the right line and column, in the user's words. */
class BadInputTest
{
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed.yaml         | 5:1: error: invalid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence that starts at line 4, column 9)
            unknown-key.yaml       | 4:26: error: unknown key 'maxStreems' (did you mean 'maxStreams'?)
            bad-duration.yaml      | 3:11: error: '15 minutes' is not a duration with a unit, like 300ms, 30s, 15m, 1h or 7d
            missing-reference.yaml | 4:24: error: no recorder, CUBE or gateway with id 'rec-b' (did you mean 'rec'?)
            negative-capacity.yaml | 6:17: error: maxStreams must not be negative
            empty.yaml             | 1:1: error: the file is empty
            duplicate-key.yaml     | 7:15: error: duplicate key "maxStreams"
            alias.yaml             | 4:5: error: YAML aliases (*name) are not supported; write the value out in full
            not-modelled.yaml      | 3:1: error: 'variants' is part of the scenario format but this version of Forkcast does not model it yet
            wrong-type.yaml        | 3:43: error: 'channels': expected a whole number
            bad-rate.yaml          | 5:30: error: 'rate': expected a rate with a time unit, like 2400/h, 40/m or 2/s
            bad-name.yaml          | 1:7: error: name 'My Scenario' must use only a-z, 0-9 and '-' (it names the output folder)
            list-at-top.yaml       | 1:1: error: a scenario is a map of keys (name:, run:, ...), not a list
            tabs.yaml              | 3:1: error: invalid YAML: found character 'tab' that cannot start any token. (Do not use tab for indentation)
            not-utf8.yaml          | 1:10: error: the file is not valid UTF-8 (byte 0xe9)
            """)
    void refusedWithLocation(final String file, final String expected)
    {
        Path path = Path.of("src", "test", "resources", "bad", file);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader(Catalog.builtIn()).load(path, List.of()));
        assertEquals(path + ":" + expected, e.errors().get(0).toString());
    }
}
