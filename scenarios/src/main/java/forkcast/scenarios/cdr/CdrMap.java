package forkcast.scenarios.cdr;

import java.io.IOException;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The planner's map from CDR fields to the scenario's elements ({@code MAP.yaml}):
 *
 * <pre>
 * groups:   { agents-a: { numbers: ["20[0-9][0-9]"], devices: ["SEPA.*"] } }  # directory numbers / device names
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
     */
    public record Matcher(List<Pattern> numbers, List<Pattern> devices)
    {
        boolean number(final String value)
        {
            return any(this.numbers, value);
        }

        boolean device(final String value)
        {
            return any(this.devices, value);
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
        try
        {
            root = MAPPER.readTree(Files.readString(file));
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
                throw error(shown, 0, 0, "unknown key '" + key + "'; a map has groups, gateways and recordingTrunks");
            }
        }
        Map<String, Matcher> groups = matchers(root.get("groups"), "groups", shown);
        if (groups.isEmpty())
        {
            throw error(shown, 0, 0, "'groups' must name at least one agent group");
        }
        Map<String, Matcher> gateways = matchers(root.get("gateways"), "gateways", shown);
        List<Pattern> trunks = patterns(root.get("recordingTrunks"), "recordingTrunks", shown);
        return new CdrMap(groups, gateways, trunks);
    }

    private static Map<String, Matcher> matchers(final JsonNode node, final String key, final String shown)
            throws ScenarioException
    {
        Map<String, Matcher> out = new LinkedHashMap<>();
        if (node == null || node.isNull())
        {
            return out;
        }
        if (!node.isObject())
        {
            throw error(shown, 0, 0, "'" + key + "' must be a map of ids, e.g. { agents-a: { numbers: [\"20..\"] } }");
        }
        for (Map.Entry<String, JsonNode> e : node.properties())
        {
            String id = e.getKey();
            if (!ID.matcher(id).matches())
            {
                throw error(shown, 0, 0, key + " id '" + id + "' may use only a-z, 0-9 and '-'");
            }
            JsonNode v = e.getValue();
            if (v == null || !v.isObject())
            {
                throw error(shown, 0, 0, key + "." + id + " must be a map with 'numbers' and/or 'devices'");
            }
            for (String k : v.propertyNames())
            {
                if (!k.equals("numbers") && !k.equals("devices") || k.equals("numbers") && key.equals("gateways"))
                {
                    throw error(shown, 0, 0, key + "." + id + ": unknown key '" + k + "'"
                            + (key.equals("gateways") ? "; a gateway has 'devices'" : "; a group has 'numbers' and 'devices'"));
                }
            }
            Matcher m = new Matcher(patterns(v.get("numbers"), key + "." + id + ".numbers", shown),
                    patterns(v.get("devices"), key + "." + id + ".devices", shown));
            if (m.numbers().isEmpty() && m.devices().isEmpty())
            {
                throw error(shown, 0, 0, key + "." + id + " needs at least one pattern in 'numbers' or 'devices'");
            }
            out.put(id, m);
        }
        return out;
    }

    private static List<Pattern> patterns(final JsonNode node, final String key, final String shown)
            throws ScenarioException
    {
        List<Pattern> out = new ArrayList<>();
        if (node == null || node.isNull())
        {
            return out;
        }
        if (!node.isArray())
        {
            throw error(shown, 0, 0, "'" + key + "' must be a list of regular expressions");
        }
        for (JsonNode p : node)
        {
            if (!p.isString())
            {
                throw error(shown, 0, 0, "'" + key + "' must be a list of regular expressions, in quotes");
            }
            try
            {
                out.add(Pattern.compile(p.asString()));
            }
            catch (PatternSyntaxException e)
            {
                throw error(shown, 0, 0, key + ": '" + p.asString() + "' is not a regular expression: "
                        + e.getDescription());
            }
        }
        return out;
    }

    private static ScenarioException error(final String shown, final int line, final int column, final String message)
    {
        return new ScenarioException(ScenarioError.error(new SourceLocation(shown, line, column), message));
    }
}
