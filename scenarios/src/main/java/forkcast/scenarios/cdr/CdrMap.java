package forkcast.scenarios.cdr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import forkcast.scenarios.ScenarioError;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.SourceLocation;
import forkcast.scenarios.YamlDocument;
import forkcast.scenarios.YamlReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The planner's map from CDR fields to the scenario's elements ({@code MAP.yaml}):
 *
 * <pre>
 * groups:   { agents-a: { numbers: ["20[0-9][0-9]"], devices: ["SEPA.*"], queues: ["2999"] } }
 *           # directory numbers / device names / the group's queue-enabled hunt pilots (optional)
 * gateways: { gw-dc: { devices: ["GW-DC.*"] } }                                # origDeviceName / destDeviceName
 * recordingTrunks: ["REC-.*"]                                                  # legs to these are recording calls
 * </pre>
 *
 * Patterns are Java regular expressions matched against the whole field. Groups and gateways are tried in the order
 * written; the first that matches wins.
 *
 * @param groups agent groups by id
 * @param gateways gateways by id
 * @param recordingTrunks device-name patterns of the recording trunks
 */
public record CdrMap(Map<String, Matcher> groups, Map<String, Matcher> gateways, List<Pattern> recordingTrunks)
{
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    /**
     * What identifies a group's or a gateway's legs.
     *
     * @param numbers directory-number patterns (callingPartyNumber, originalCalledPartyNumber, finalCalledPartyNumber)
     * @param devices device-name patterns (origDeviceName, destDeviceName)
     * @param queues hunt-pilot number patterns of the group's queues (huntPilotDN, originalCalledPartyNumber,
     *            finalCalledPartyNumber): a leg to one of them is the group's and reached its queueing point; empty
     *            for a gateway and for a group without one
     */
    public record Matcher(List<Pattern> numbers, List<Pattern> devices, List<Pattern> queues)
    {
        boolean number(final String value)
        {
            return any(this.numbers, value);
        }

        boolean device(final String value)
        {
            return any(this.devices, value);
        }

        boolean queue(final String value)
        {
            return any(this.queues, value);
        }
    }

    static boolean any(final List<Pattern> patterns, final String value)
    {
        if (value == null || value.isEmpty())
        {
            return false;
        }
        for (Pattern p : patterns)
        {
            if (p.matcher(value).matches())
            {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code device} is a recording trunk */
    public boolean recordingTrunk(final String device)
    {
        return any(this.recordingTrunks, device);
    }

    /**
     * @return the map in {@code file}
     * @throws ScenarioException naming the file, line and column of what is wrong
     */
    public static CdrMap load(final Path file) throws ScenarioException
    {
        String shown = file.toString();
        JsonNode root;
        Locations at;
        try
        {
            String text = Files.readString(file);
            root = MAPPER.readTree(text);
            at = new Locations(shown, text);
        }
        catch (NoSuchFileException e)
        {
            throw error(shown, 0, 0, "no such file");
        }
        catch (JacksonException e)
        {
            throw error(shown, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "not a YAML map: " + e.getOriginalMessage());
        }
        catch (IOException e)
        {
            throw error(shown, 0, 0, "cannot read the file: " + e.getMessage());
        }
        if (root == null || !root.isObject())
        {
            throw error(shown, 1, 1, "a map needs 'groups' (and may have 'gateways' and 'recordingTrunks')");
        }
        for (String key : root.propertyNames())
        {
            if (!List.of("groups", "gateways", "recordingTrunks").contains(key))
            {
                throw at.key("/" + key, "unknown key '" + key + "'; a map has groups, gateways and recordingTrunks");
            }
        }
        Map<String, Matcher> groups = matchers(root.get("groups"), "groups", at);
        if (groups.isEmpty())
        {
            throw at.value("/groups", "'groups' must name at least one agent group");
        }
        Map<String, Matcher> gateways = matchers(root.get("gateways"), "gateways", at);
        List<Pattern> trunks = patterns(root.get("recordingTrunks"), "recordingTrunks", "/recordingTrunks", at);
        return new CdrMap(groups, gateways, trunks);
    }

    private static Map<String, Matcher> matchers(final JsonNode node, final String key, final Locations at)
            throws ScenarioException
    {
        Map<String, Matcher> out = new LinkedHashMap<>();
        if (node == null || node.isNull())
        {
            return out;
        }
        if (!node.isObject())
        {
            throw at.value("/" + key, "'" + key + "' must be a map of ids, e.g. { agents-a: { numbers: [\"20..\"] } }");
        }
        boolean group = key.equals("groups");
        for (Map.Entry<String, JsonNode> e : node.properties())
        {
            String id = e.getKey();
            String pointer = "/" + key + "/" + YamlDocument.escape(id);
            if (!ID.matcher(id).matches())
            {
                throw at.key(pointer, key + " id '" + id + "' may use only a-z, 0-9 and '-'");
            }
            JsonNode v = e.getValue();
            if (v == null || !v.isObject())
            {
                throw at.value(pointer, key + "." + id + " must be a map with "
                        + (group ? "'numbers', 'devices' and/or 'queues'" : "'devices'"));
            }
            for (String k : v.propertyNames())
            {
                if (!(k.equals("devices") || group && (k.equals("numbers") || k.equals("queues"))))
                {
                    throw at.key(pointer + "/" + YamlDocument.escape(k), key + "." + id + ": unknown key '" + k + "'"
                            + (group ? "; a group has 'numbers', 'devices' and 'queues'" : "; a gateway has 'devices'"));
                }
            }
            Matcher m = new Matcher(patterns(v.get("numbers"), key + "." + id + ".numbers", pointer + "/numbers", at),
                    patterns(v.get("devices"), key + "." + id + ".devices", pointer + "/devices", at),
                    patterns(v.get("queues"), key + "." + id + ".queues", pointer + "/queues", at));
            if (m.numbers().isEmpty() && m.devices().isEmpty() && m.queues().isEmpty())
            {
                throw at.value(pointer, key + "." + id + " needs at least one pattern in "
                        + (group ? "'numbers', 'devices' or 'queues'" : "'devices'"));
            }
            out.put(id, m);
        }
        return out;
    }

    private static List<Pattern> patterns(final JsonNode node, final String key, final String pointer,
            final Locations at) throws ScenarioException
    {
        List<Pattern> out = new ArrayList<>();
        if (node == null || node.isNull())
        {
            return out;
        }
        if (!node.isArray())
        {
            throw at.value(pointer, "'" + key + "' must be a list of regular expressions, e.g. [\"2999\"]");
        }
        int i = 0;
        for (JsonNode p : node)
        {
            String here = pointer + "/" + i++;
            if (!p.isString())
            {
                throw at.value(here, "'" + key + "' must be a list of regular expressions, in quotes");
            }
            try
            {
                out.add(Pattern.compile(p.asString()));
            }
            catch (PatternSyntaxException e)
            {
                throw at.value(here, key + ": '" + p.asString() + "' is not a regular expression: "
                        + e.getDescription());
            }
        }
        return out;
    }

    /**
     * Where each key and value of the map file is, for errors that name line and column: the scenario reader's
     * locations, read once the file is known to be YAML. A file that reader refuses (it is stricter: no anchors)
     * gives errors without a position rather than none.
     */
    private static final class Locations
    {
        private final String shown;
        private final YamlDocument document;

        Locations(final String shown, final String text)
        {
            this.shown = shown;
            YamlDocument doc;
            try
            {
                doc = YamlReader.read(shown, text.getBytes(StandardCharsets.UTF_8));
            }
            catch (ScenarioException e)
            {
                doc = null;
            }
            this.document = doc;
        }

        ScenarioException value(final String pointer, final String message)
        {
            return new ScenarioException(ScenarioError.error(this.document == null ? new SourceLocation(this.shown, 0, 0)
                    : this.document.locate(pointer), message));
        }

        ScenarioException key(final String pointer, final String message)
        {
            return new ScenarioException(ScenarioError.error(this.document == null ? new SourceLocation(this.shown, 0, 0)
                    : this.document.locateKey(pointer), message));
        }
    }

    private static ScenarioException error(final String shown, final int line, final int column, final String message)
    {
        return new ScenarioException(ScenarioError.error(new SourceLocation(shown, line, column), message));
    }
}
