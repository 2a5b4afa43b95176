package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import forkcast.scenarios.spec.DurationValue;
import forkcast.scenarios.spec.RateValue;
import forkcast.scenarios.spec.ScenarioSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Numbers are numbers: every numeric key of the format has one documented range, whole-number keys refuse fractions
 * instead of truncating them, and the table, the docs and the JSON Schema say the same.
 */
class ValueRangesTest
{
    private static final String SMALL = """
            name: small
            run: { warmup: 1m, duration: 10m, replications: 2, interval: 5m }
            sites: [ { id: dc }, { id: br } ]
            links: [ { id: wan, between: [dc, br], mbps: 20 } ]
            gateways: [ { id: gw, site: dc, channels: 10 } ]
            recorders: [ { id: rec-a, site: dc, maxStreams: 40 } ]
            trunks: [ { id: t, to: rec-a } ]
            recordingProfiles: [ { id: rp, trunk: t } ]
            agentGroups:
              - { id: ag, site: br, agents: 5, line: { recording: automatic, profile: rp } }
            traffic:
              - { id: in, group: ag, rate: 60/h, gateways: [gw] }
            """;

    @Test
    void everyNumericKeyOfTheFormatHasARange()
    {
        List<String> missing = new ArrayList<>();
        Set<Class<?>> seen = new java.util.HashSet<>();
        walk(ScenarioSpec.class, seen, missing);
        assertEquals(List.of(), missing, "numeric keys without a range in ValueRanges");
        assertTrue(seen.size() > 20, "the walk reached the section records: " + seen.size());
        for (ValueRanges.Range r : ValueRanges.RANGES)
        {
            assertTrue(r.min().compareTo(r.max()) < 0, r.label());
        }
    }

    private static void walk(final Class<?> record, final Set<Class<?>> seen, final List<String> missing)
    {
        if (!seen.add(record))
        {
            return;
        }
        for (RecordComponent c : record.getRecordComponents())
        {
            Type type = c.getGenericType();
            if (type instanceof ParameterizedType p)
            {
                Type[] args = p.getActualTypeArguments();
                type = args[args.length - 1];
            }
            if (type instanceof Class<?> k && k.isRecord() && k != DurationValue.class && k != RateValue.class)
            {
                walk(k, seen, missing);
            }
            else if (type == Integer.class || type == Long.class || type == Double.class || type == DurationValue.class
                    || type == RateValue.class || type == Object.class)
            {
                if (ValueRanges.of(record, ValueRanges.jsonName(c)) == null)
                {
                    missing.add(record.getSimpleName() + "." + ValueRanges.jsonName(c));
                }
            }
        }
    }

    @Test
    void theDocsShowTheRangeTableOfTheCode() throws IOException
    {
        List<String> doc = Files.readAllLines(Path.of("..", "docs", "scenario-format.md"));
        int start = doc.indexOf("## Ranges");
        assertTrue(start >= 0, "docs/scenario-format.md has a '## Ranges' section");
        List<String> rows = new ArrayList<>();
        for (int i = start + 1; i < doc.size() && !doc.get(i).startsWith("## "); i++)
        {
            if (doc.get(i).startsWith("| `"))
            {
                rows.add(doc.get(i));
            }
        }
        assertEquals(ValueRanges.markdownRows(), rows);
    }

    @Test
    void theSchemaRepeatsTheBoundsOfEveryPlainNumber() throws IOException
    {
        JsonNode defs = JsonMapper.shared().readTree(Path.of("schema", "forkcast-scenario.schema.json").toFile());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ValueRanges.Range r : ValueRanges.RANGES)
        {
            if (r.kind() != ValueRanges.Kind.WHOLE && r.kind() != ValueRanges.Kind.NUMBER)
            {
                continue;
            }
            JsonNode key = r.record() == ScenarioSpec.class ? defs.get("properties").get(r.key())
                    : defs.get("$defs").get(r.record().getSimpleName()).get("properties").get(r.key());
            assertNotNull(key, r.label());
            if (key.has("items"))
            {
                key = key.get("items");
            }
            else if (key.has("additionalProperties"))
            {
                key = key.get("additionalProperties");
            }
            else if (key.has("anyOf"))
            {
                // words or a number (layer2): the number's branch
                for (JsonNode branch : key.get("anyOf"))
                {
                    if (List.of("integer", "number").contains(branch.path("type").asString("")))
                    {
                        key = branch;
                    }
                }
            }
            String expected = (r.kind() == ValueRanges.Kind.WHOLE ? "integer" : "number")
                    + (r.above() ? " above " : " from ") + r.minText() + " to " + r.maxText();
            // a bound the value must exceed is the schema's exclusiveMinimum, and then it has no minimum
            JsonNode low = key.path(r.above() ? "exclusiveMinimum" : "minimum");
            boolean same = key.path("type").asString().equals(r.kind() == ValueRanges.Kind.WHOLE ? "integer" : "number")
                    && low.isNumber() && low.decimalValue().compareTo(r.min()) == 0
                    && key.has("minimum") != r.above()
                    && key.path("maximum").isNumber() && key.path("maximum").decimalValue().compareTo(r.max()) == 0;
            if (!same)
            {
                wrong.add(r.label() + ": the schema says " + key + ", the table " + expected);
            }
            checked++;
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked > 25, "plain numbers checked: " + checked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "gateways.gw.channels=89.99|channels must be a whole number from 0 to 1000000, not 89.99",
            "recorders.rec-a.maxStreams=0.5|maxStreams must be a whole number from 0 to 1000000, not 0.5",
            "agentGroups.ag.agents=4.9e-324|agents must be a whole number from 0 to 10000000, not 4.9E-324",
            "run.replications=2.9|replications must be a whole number from 1 to 100000, not 2.9",
            "trunks.t.maxDialogs=1.5|maxDialogs must be a whole number from 0 to 1000000, not 1.5",
            "seed=4.2|seed must be a whole number from -9223372036854775808 to 9223372036854775807, not 4.2"})
    void wholeNumberKeysRefuseFractionsInsteadOfTruncatingThem(final String set, final String message)
            throws ScenarioException
    {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load(SMALL, set));
        assertEquals("--set " + set + ": error: " + message, e.errors().get(0).toString());
        assertTrue(ScenarioText.load(SMALL, set.substring(0, set.indexOf('=')) + "=3.0") != null, "3.0 is whole");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "links.wan.mbps=1e-300|mbps must be from 0.001 to 1000000, not 1E-300",
            "recorders.rec-a.maxSetupsPerSecond=0|maxSetupsPerSecond must be from 0.001 to 1000000, not 0",
            "traffic.in.secureShare=1.5|secureShare must be from 0 to 1, not 1.5",
            "traffic.in.rate=2000000/s|rate must be from 0/s to 1000000/s, not 2000000/s",
            "run.duration=367d|duration must be greater than 0s and at most 366d, not 367d",
            "run.interval=2h|interval must be greater than 0s and at most 1h, not 2h",
            "traffic.in.profile=[1, -0.5]|profile must be from 0 to 1000, not -0.5",
            "cluster.bhccRating=1e-300|bhccRating must be from 1 to 1000000000, not 1E-300"})
    void everyValueIsCheckedAgainstItsDocumentedRange(final String set, final String message)
    {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load(SMALL, set));
        assertEquals("--set " + set + ": error: " + message, e.errors().get(0).toString());
    }

    @Test
    void aFourHundredDigitDurationIsOutOfRangeNotZero()
    {
        String digits = "9".repeat(400);
        String set = "traffic.in.holdingTime={dist: exponential, mean: " + digits + "s}";
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load(SMALL, set));
        assertEquals("--set " + set, e.errors().get(0).location().source());
        String message = e.errors().get(0).message();
        assertTrue(message.startsWith("mean must be greater than 0s and at most 7d, not 9999"), message);
        assertTrue(message.endsWith("(401 characters)"), message);
    }

    @Test
    void rangeErrorsAreReportedWithTheOtherProblemsOfTheFile()
    {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load("""
                name: many
                sites: [ { id: dc } ]
                recorders: [ { id: rec, site: nowhere, maxStreams: 0.5 } ]
                traffic: [ { id: t, group: nobody, rate: 1/h, codecs: { G711: 1.5 } } ]
                """));
        assertEquals(List.of("test.yaml:3:31: error: no site with id 'nowhere'",
                "test.yaml:3:52: error: maxStreams must be a whole number from 0 to 1000000, not 0.5",
                "test.yaml:4:28: error: no agent group with id 'nobody'",
                "test.yaml:4:63: error: codecs must be from 0 to 1, not 1.5"),
                e.errors().stream().map(ScenarioError::toString).toList(), "and no second error for the codec sum");
    }
}
