package forkcast.scenarios;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code --set PATH=VALUE}: replaces one value of the scenario before it is checked. PATH is dotted; inside a list,
 * the segment is the element's {@code id} ({@code recorders.rec-a.maxStreams}). VALUE is read as YAML, so
 * {@code 120}, {@code true}, {@code 2400/h} and {@code [a, b]} mean what they would in the file. A key that the file
 * leaves out may be set; a list element must exist.
 */
public final class Overrides
{
    private static final YAMLMapper VALUES = new YAMLMapper();

    private Overrides()
    {
    }

    /**
     * @param document the scenario, changed in place
     * @param assignments {@code PATH=VALUE} strings, applied in order
     * @throws ScenarioException naming the {@code --set} that cannot be applied
     */
    public static void apply(final YamlDocument document, final List<String> assignments) throws ScenarioException
    {
        for (String assignment : assignments)
        {
            apply(document, assignment);
        }
    }

    private static void apply(final YamlDocument document, final String assignment) throws ScenarioException
    {
        SourceLocation origin = new SourceLocation("--set " + assignment, 0, 0);
        int eq = assignment.indexOf('=');
        if (eq <= 0)
        {
            throw fail(origin, "expected PATH=VALUE, e.g. recorders.rec-a.maxStreams=120");
        }
        String path = assignment.substring(0, eq).trim();
        String text = assignment.substring(eq + 1);
        JsonNode value;
        try
        {
            value = text.isBlank() ? VALUES.getNodeFactory().nullNode() : VALUES.readTree(text);
        }
        catch (JacksonException e)
        {
            throw fail(origin, "cannot read the value '" + text + "' as YAML");
        }
        set(document, path, value, origin);
    }

    /**
     * Set the value at a dotted path (list elements by id), recording {@code origin} as its location.
     * @throws ScenarioException at {@code origin} when the path does not lead anywhere
     */
    public static void set(final YamlDocument document, final String path, final JsonNode value,
            final SourceLocation origin) throws ScenarioException
    {
        String[] segments = path.split("\\.", -1);
        JsonNode node = document.root();
        StringBuilder pointer = new StringBuilder();
        StringBuilder walked = new StringBuilder();
        for (int i = 0; i < segments.length; i++)
        {
            String segment = segments[i];
            if (segment.isEmpty())
            {
                throw fail(origin, "empty segment in path '" + path + "'");
            }
            boolean last = i == segments.length - 1;
            if (node instanceof ObjectNode object)
            {
                pointer.append('/').append(YamlDocument.escape(segment));
                if (last)
                {
                    object.set(segment, value);
                    document.valueAt(pointer.toString(), origin);
                    return;
                }
                JsonNode child = object.get(segment);
                if (child == null || child.isNull())
                {
                    child = object.putObject(segment);
                }
                node = child;
            }
            else if (node instanceof ArrayNode array)
            {
                int index = indexOfId(array, segment);
                if (index < 0)
                {
                    throw fail(origin, "no element with id '" + segment + "' in " + (walked.length() == 0 ? "the scenario"
                            : walked.toString()));
                }
                pointer.append('/').append(index);
                if (last)
                {
                    throw fail(origin, "'" + path + "' names a whole list element; set one of its keys");
                }
                node = array.get(index);
            }
            else
            {
                throw fail(origin, "'" + walked + "' is a single value; it has no key '" + segment + "'");
            }
            walked.append(walked.length() == 0 ? "" : ".").append(segment);
        }
    }

    private static int indexOfId(final ArrayNode array, final String id)
    {
        for (int i = 0; i < array.size(); i++)
        {
            JsonNode element = array.get(i);
            if (element.isObject() && element.has("id") && id.equals(element.get("id").asString()))
            {
                return i;
            }
        }
        return -1;
    }

    private static ScenarioException fail(final SourceLocation origin, final String message)
    {
        return new ScenarioException(ScenarioError.error(origin, message));
    }
}
