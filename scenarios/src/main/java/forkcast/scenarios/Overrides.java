package forkcast.scenarios;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code --set PATH=VALUE}: replaces one value of the scenario before it is checked. PATH is dotted; inside a list,
 * the segment is the element's {@code id} ({@code recorders.rec-a.maxStreams}). VALUE is read as YAML, so
 * {@code 120}, {@code true}, {@code 2400/h} and {@code [a, b]} mean what they would in the file. A key that the file
 * leaves out may be set; a list element must exist. VALUE is read by {@link YamlReader} and checked with the file's
 * values, so it meets exactly the same rules (no aliases or tags, numbers within their ranges) and every problem is
 * reported at the option itself, never at a line of the file.
 */
public final class Overrides
{
    /** The option that sets values one by one. */
    public static final String SET = "--set";

    /** The option of a sweep or a sizing, whose values are applied like {@code --set}. */
    public static final String VARY = "--vary";

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
        apply(document, assignments, SET);
    }

    /**
     * @param option the option the assignments were given with ({@link #SET} or {@link #VARY}), which errors name
     */
    public static void apply(final YamlDocument document, final List<String> assignments, final String option)
            throws ScenarioException
    {
        for (String assignment : assignments)
        {
            apply(document, assignment, option);
        }
    }

    private static void apply(final YamlDocument document, final String assignment, final String option)
            throws ScenarioException
    {
        SourceLocation origin = new SourceLocation(option + " " + assignment, 0, 0);
        int eq = assignment.indexOf('=');
        if (eq <= 0)
        {
            throw fail(origin, "expected PATH=VALUE, e.g. recorders.rec-a.maxStreams=120");
        }
        String path = assignment.substring(0, eq).trim();
        String text = assignment.substring(eq + 1);
        set(document, path, YamlReader.readValue(origin, text), origin);
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
                    document.replaced(pointer.toString());
                    document.keyAt(pointer.toString(), origin);
                    document.valueAt(pointer.toString(), origin);
                    return;
                }
                JsonNode child = object.get(segment);
                if (child == null || child.isNull())
                {
                    child = object.putObject(segment);
                    // the key did not exist in the file: a problem with it (an unknown key) is the option's
                    document.keyAt(pointer.toString(), origin);
                    document.valueAt(pointer.toString(), origin);
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
