package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every YAML example of docs/scenario-format.md is a section of the deployment of
 * examples/branch-phone-vs-network.yaml: put in that file in place of its own section, each loads and validates (ids,
 * references, ranges), so that a planner who copies one copies something Forkcast reads.
 */
class ScenarioFormatExamplesTest
{
    private static final Path DOC = Path.of("..", "docs", "scenario-format.md");
    private static final Path BASE = Path.of("examples", "branch-phone-vs-network.yaml");

    @Test
    void everyYamlExampleValidatesInTheDeploymentItIsTakenFrom() throws Exception
    {
        YAMLMapper yaml = YAMLMapper.shared();
        ObjectNode base = (ObjectNode) yaml.readTree(BASE.toFile());
        List<String> examples = examples(Files.readAllLines(DOC));
        Set<String> sections = new TreeSet<>();
        for (String example : examples)
        {
            JsonNode fragment = yaml.readTree(example);
            assertTrue(fragment instanceof ObjectNode && !fragment.isEmpty(), "a mapping of sections: " + example);
            ObjectNode scenario = base.deepCopy();
            for (String key : fragment.propertyNames())
            {
                assertTrue(base.has(key) || key.equals("targets"), key + " is a section of " + BASE);
                scenario.set(key, fragment.get(key));
                sections.add(key);
            }
            byte[] bytes = yaml.writeValueAsString(scenario).getBytes(StandardCharsets.UTF_8);
            assertDoesNotThrow(() -> new ScenarioLoader(Catalog.builtIn()).loadAlternatives("scenario-format.md",
                    bytes, List.of()), example);
        }
        assertTrue(sections.containsAll(List.of("links", "cubes", "mtpPools", "trunks", "routeLists",
                "recordingProfiles", "variants", "targets")), "the examples cover " + sections);
    }

    /** @return the text of every fenced {@code yaml} block */
    private static List<String> examples(final List<String> lines)
    {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : lines)
        {
            if (block == null && line.strip().equals("```yaml"))
            {
                block = new StringBuilder();
            }
            else if (block != null && line.strip().equals("```"))
            {
                blocks.add(block.toString());
                block = null;
            }
            else if (block != null)
            {
                block.append(line).append('\n');
            }
        }
        assertFalse(blocks.isEmpty(), "the page has YAML examples");
        return blocks;
    }
}
