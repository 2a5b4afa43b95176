package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import forkcast.scenarios.spec.ScenarioSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schema of the scenario format ({@code scenarios/schema/forkcast-scenario.schema.json}, for editors and
 * other tools) accepts every example, refuses what the loader refuses for shape, and names exactly the keys the
 * loader binds, record by record, so that the two cannot drift apart.
 */
class SchemaTest
{
    private static final Path SCHEMA = Path.of("schema", "forkcast-scenario.schema.json");
    private static final YAMLMapper YAML = new YAMLMapper();

    private static Schema schema() throws IOException
    {
        try (InputStream in = Files.newInputStream(SCHEMA))
        {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    static Stream<Path> examples() throws IOException
    {
        try (Stream<Path> files = Files.list(Path.of("examples")))
        {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleMatchesTheSchema(final Path example) throws IOException
    {
        JsonNode scenario = YAML.readTree(example.toFile());
        assertEquals(List.of(), schema().validate(scenario).stream().map(Object::toString).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unknown-key.yaml", "bad-duration.yaml", "bad-rate.yaml", "wrong-type.yaml",
            "negative-capacity.yaml", "bad-bib.yaml", "missing-name.yaml", "empirical-without-file.yaml"})
    void badShapesAreRefusedByTheSchemaToo(final String file) throws IOException
    {
        JsonNode scenario = YAML.readTree(Path.of("src", "test", "resources", "bad", file).toFile());
        assertFalse(schema().validate(scenario).isEmpty(), file);
    }

    @Test
    void theSchemaNamesExactlyTheKeysTheLoaderBinds() throws Exception
    {
        JsonNode root = JsonMapper.shared().readTree(SCHEMA.toFile());
        assertEquals(components(ScenarioSpec.class), keys(root.get("properties")));
        JsonNode defs = root.get("$defs");
        Set<String> checked = new TreeSet<>();
        for (var def : defs.properties())
        {
            Class<?> record = Class.forName("forkcast.scenarios.spec." + def.getKey());
            assertEquals(components(record), keys(def.getValue().get("properties")), def.getKey());
            assertFalse(def.getValue().get("additionalProperties").asBoolean(), def.getKey() + " refuses unknown keys");
            checked.add(def.getKey());
        }
        try (Stream<Path> specs = Files.list(Path.of("src", "main", "java", "forkcast", "scenarios", "spec")))
        {
            Set<String> records = new TreeSet<>(specs.map(f -> f.getFileName().toString().replace(".java", ""))
                    .filter(n -> n.endsWith("Spec") && !n.equals("ScenarioSpec")).toList());
            assertEquals(records, checked, "every section record has its definition");
        }
        assertTrue(checked.size() > 20);
    }

    private static Set<String> components(final Class<?> record)
    {
        Set<String> names = new TreeSet<>();
        for (RecordComponent c : record.getRecordComponents())
        {
            JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
            if (renamed == null && c.getAnnotation(JsonProperty.class) != null)
            {
                renamed = c.getAnnotation(JsonProperty.class);
            }
            names.add(renamed != null ? renamed.value() : c.getName());
        }
        return names;
    }

    private static Set<String> keys(final JsonNode properties)
    {
        Set<String> keys = new TreeSet<>();
        properties.properties().forEach(e -> keys.add(e.getKey()));
        return keys;
    }
}
