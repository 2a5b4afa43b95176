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
            "negative-capacity.yaml", "bad-bib.yaml", "missing-name.yaml", "empirical-without-file.yaml",
            "empty-sites.yaml", "bad-layer2.yaml"})
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

    /**
     * The loader reads every word of a choice in any case ({@code ETHERNET}, {@code On}); the schema says so beside
     * each list of words with a pattern in character classes (JSON Schema has no case-insensitive enum, and editors
     * run patterns as ECMAScript, which has no portable inline flag). CUBE platforms are the exception: catalog model
     * names, matched exactly.
     */
    @Test
    void everyChoiceOfWordsIsReadInAnyCaseAsTheLoaderReadsIt() throws IOException
    {
        List<String> checked = new java.util.ArrayList<>();
        choices(JsonMapper.shared().readTree(SCHEMA.toFile()), "", null, checked);
        assertTrue(checked.size() >= 16, "every choice of words: " + checked);
    }

    private static void choices(final JsonNode node, final String at, final JsonNode siblings, final List<String> seen)
    {
        if (node.isObject())
        {
            JsonNode words = node.get("enum");
            if (words != null && words.get(0).isString() && !at.endsWith("/platform"))
            {
                String pattern = anyCase(words);
                boolean paired = false;
                for (int i = 0; siblings != null && i < siblings.size(); i++)
                {
                    paired |= siblings.get(i).path("type").asString("").equals("string")
                            && siblings.get(i).path("pattern").asString("").equals(pattern);
                }
                assertTrue(paired, at + ": needs the pattern " + pattern + " beside it in its anyOf");
                seen.add(at);
            }
            node.properties().forEach(e -> choices(e.getValue(), at + "/" + e.getKey(),
                    e.getKey().equals("anyOf") ? e.getValue() : null, seen));
            JsonNode constant = node.get("const");
            assertFalse(constant != null && constant.isString(), at + ": a word is matched in any case, not by const");
        }
        else if (node.isArray())
        {
            for (int i = 0; i < node.size(); i++)
            {
                choices(node.get(i), at + "/" + i, siblings, seen);
            }
        }
    }

    /** @return {@code ^([Oo][Nn]|[Oo][Ff][Ff])$} for on, off */
    private static String anyCase(final JsonNode words)
    {
        List<String> alternatives = new java.util.ArrayList<>();
        for (JsonNode w : words)
        {
            StringBuilder p = new StringBuilder();
            for (char c : w.asString().toCharArray())
            {
                p.append(Character.isLetter(c) ? "[" + Character.toUpperCase(c) + Character.toLowerCase(c) + "]"
                        : String.valueOf(c));
            }
            alternatives.add(p.toString());
        }
        return "^(" + String.join("|", alternatives) + ")$";
    }

    @Test
    void wordsInCapitalsAreAcceptedByTheSchemaAndTheLoaderAlike() throws Exception
    {
        String text = Files.readString(Path.of("examples", "quickstart.yaml"))
                .replace("builtInBridge: on", "builtInBridge: ON").replace("layer2: ethernet", "layer2: Ethernet")
                .replace("builtInBridge: default", "builtInBridge: DEFAULT")
                .replace("recording: automatic", "recording: AUTOMATIC").replace("mediaSource: phone", "mediaSource: Phone")
                .replace("dist: exponential", "dist: EXPONENTIAL").replace("dist: lognormal", "dist: LogNormal")
                .replace("direction: inbound", "direction: INBOUND");
        assertFalse(text.matches("(?s).*(: on\\b|: ethernet|: default|: automatic|: phone|: exponential|: lognormal"
                + "|n: inbound).*"), "every word in capitals: " + text);
        assertEquals(List.of(), schema().validate(YAML.readTree(text)).stream().map(Object::toString).toList());
        // the records print every setting; the traffic profile, an array, prints by identity and is left out
        String lower = ScenarioText.load(Files.readString(Path.of("examples", "quickstart.yaml"))).deployment()
                .toString().replaceAll("\\[D@[0-9a-f]+", "[D");
        assertEquals(lower, ScenarioText.load(text).deployment().toString().replaceAll("\\[D@[0-9a-f]+", "[D"),
                "the same deployment as in lower case");
        JsonNode typo = YAML.readTree(text.replace("layer2: Ethernet", "layer2: Ethernets"));
        assertFalse(schema().validate(typo).isEmpty(), "a word that is none of the choices, in any case");
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
