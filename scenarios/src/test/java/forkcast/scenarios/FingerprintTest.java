package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The trajectory of every example scenario, replication by replication, against the recorded baseline in
 * {@code src/test/resources/fingerprints.csv}. A change in behaviour, intended or not, shows here first. After an
 * intended change, re-record the baseline and review the diff:
 *
 * <pre>mvn -B -pl scenarios -am test -Dtest=FingerprintTest -Dsurefire.failIfNoSpecifiedTests=false -Dforkcast.fingerprints.record=true</pre>
 */
class FingerprintTest
{
    private static final Path EXAMPLES = Path.of("examples");
    private static final Path BASELINE = Path.of("src", "test", "resources", "fingerprints.csv");

    @Test
    void examplesFollowTheRecordedTrajectories() throws IOException, ScenarioException
    {
        Map<String, String> actual = new LinkedHashMap<>();
        List<Path> examples;
        try (Stream<Path> files = Files.list(EXAMPLES))
        {
            examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        for (Path example : examples)
        {
            Scenario scenario = loader.load(example, List.of());
            List<String> one = ScenarioRunner.fingerprints(scenario, 1);
            assertEquals(one, ScenarioRunner.fingerprints(scenario, 2), "the thread count changes nothing");
            for (int r = 0; r < one.size(); r++)
            {
                actual.put(scenario.name() + "," + (r + 1), one.get(r));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("scenario,replication,fingerprint");
        actual.forEach((key, hash) -> lines.add(key + "," + hash));
        if (Boolean.getBoolean("forkcast.fingerprints.record"))
        {
            Files.write(BASELINE, lines, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(String.join("\n", Files.readAllLines(BASELINE, StandardCharsets.UTF_8)), String.join("\n", lines),
                "a trajectory changed; if intended, re-record (see this class's Javadoc) and review the diff");
    }
}
