package forkcast.scenarios;

import java.util.ArrayList;
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
 * <p>
 * A segment that meets a list selects elements: one id, {@code *} for every element, or {@code [id1,id2]} for some;
 * several paths separated by commas are set to the same value ({@link OverridePath}). A selection that matches nothing
 * (an unknown id, {@code *} on an empty list) is an error at the option: a change meant for a group never silently
 * changes fewer elements than asked.
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
     * Set the value at a dotted path (list elements by id, {@code *} or {@code [id1,id2]}; several paths separated by
     * commas), recording {@code origin} as its location.
     * @throws ScenarioException at {@code origin} when a path does not lead anywhere
     */
    public static void set(final YamlDocument document, final String path, final JsonNode value,
            final SourceLocation origin) throws ScenarioException
    {
        for (String one : OverridePath.group(path))
        {
            List<String> segments = OverridePath.segments(one);
            for (String segment : segments)
            {
                if (segment.isEmpty())
                {
                    throw fail(origin, "empty segment in path '" + one + "'");
                }
            }
            set(document, document.root(), one, segments, 0, value, origin, "", "");
        }
    }

    /**
     * @return the concrete paths (list elements by id) that {@code path} selects in the document, in document order,
     *         e.g. {@code recorders.*.maxStreams} → {@code recorders.rec-a.maxStreams, recorders.rec-b.maxStreams}
     * @throws ScenarioException at {@code origin} when a segment selects nothing
     */
    public static List<String> expand(final YamlDocument document, final String path, final SourceLocation origin)
            throws ScenarioException
    {
        List<String> found = new ArrayList<>();
        for (String one : OverridePath.group(path))
        {
            expand(document.root(), one, OverridePath.segments(one), 0, "", origin, found);
        }
        return found;
    }

    private static void expand(final JsonNode node, final String path, final List<String> segments, final int i,
            final String walked, final SourceLocation origin, final List<String> found) throws ScenarioException
    {
        if (i == segments.size())
        {
            found.add(walked);
            return;
        }
        String segment = segments.get(i);
        if (node instanceof ArrayNode array)
        {
            for (int index : select(array, segment, walked, origin))
            {
                expand(array.get(index), path, segments, i + 1, join(walked, array.get(index).get("id").asString()),
                        origin, found);
            }
        }
        else
        {
            // a key: whether it exists is checked when it is set (a key the file leaves out may be set)
            expand(node == null ? null : node.get(segment), path, segments, i + 1, join(walked, segment), origin,
                    found);
        }
    }

    private static void set(final YamlDocument document, final JsonNode node, final String path,
            final List<String> segments, final int i, final JsonNode value, final SourceLocation origin,
            final String pointer, final String walked) throws ScenarioException
    {
        String segment = segments.get(i);
        boolean last = i == segments.size() - 1;
        if (node instanceof ObjectNode object)
        {
            if (OverridePath.selects(segment))
            {
                throw fail(origin, "'" + segment + "' selects list elements, but " + (walked.isEmpty() ? "the scenario"
                        : "'" + walked + "'") + " is not a list");
            }
            String at = pointer + "/" + YamlDocument.escape(segment);
            if (last)
            {
                object.set(segment, value.deepCopy()); // one copy per place: a later --set of one must not move others
                document.replaced(at);
                document.keyAt(at, origin);
                document.valueAt(at, origin);
                return;
            }
            JsonNode child = object.get(segment);
            if ((child == null || child.isNull()) && OverridePath.selects(segments.get(i + 1)))
            {
                throw fail(origin, "'" + segments.get(i + 1) + "' matches no element: " + join(walked, segment)
                        + " has none");
            }
            if (child == null || child.isNull())
            {
                child = object.putObject(segment);
                // the key did not exist in the file: a problem with it (an unknown key) is the option's
                document.keyAt(at, origin);
                document.valueAt(at, origin);
            }
            set(document, child, path, segments, i + 1, value, origin, at, join(walked, segment));
        }
        else if (node instanceof ArrayNode array)
        {
            for (int index : select(array, segment, walked, origin))
            {
                if (last)
                {
                    throw fail(origin, "'" + path + "' names a whole list element; set one of its keys");
                }
                set(document, array.get(index), path, segments, i + 1, value, origin, pointer + "/" + index,
                        join(walked, array.get(index).get("id").asString()));
            }
        }
        else
        {
            throw fail(origin, "'" + walked + "' is a single value; it has no key '" + segment + "'");
        }
    }

    /** @return the indexes of the list elements a segment selects: one id, {@code *} (all) or {@code [id1,id2]} */
    private static List<Integer> select(final ArrayNode array, final String segment, final String walked,
            final SourceLocation origin) throws ScenarioException
    {
        String where = walked.isEmpty() ? "the scenario" : walked;
        List<Integer> indexes = new ArrayList<>();
        if (segment.equals(OverridePath.ALL))
        {
            for (int i = 0; i < array.size(); i++)
            {
                if (array.get(i).isObject() && array.get(i).has("id"))
                {
                    indexes.add(i);
                }
            }
            if (indexes.isEmpty())
            {
                throw fail(origin, "'*' matches no element: " + where + " has none");
            }
            return indexes;
        }
        List<String> ids = OverridePath.ids(segment);
        if (ids == null)
        {
            throw fail(origin, "'" + segment + "': expected an id, * or [id1,id2,...] in " + where);
        }
        for (String id : ids)
        {
            int index = indexOfId(array, id);
            if (index < 0)
            {
                throw fail(origin, "no element with id '" + id + "' in " + where + ids(array));
            }
            if (!indexes.contains(index))
            {
                indexes.add(index);
            }
        }
        return indexes;
    }

    /** @return "; ids: a, b" naming what the list holds, so that a misspelt id is seen at once */
    private static String ids(final ArrayNode array)
    {
        List<String> ids = new ArrayList<>();
        for (JsonNode element : array)
        {
            // an id that is a list or a map is the file's own error, reported by the checks
            if (element.isObject() && element.has("id") && element.get("id").isValueNode())
            {
                ids.add(element.get("id").asString());
            }
        }
        return ids.isEmpty() ? " (it is empty)" : " (ids: " + String.join(", ", ids) + ")";
    }

    private static String join(final String walked, final String segment)
    {
        return walked.isEmpty() ? segment : walked + "." + segment;
    }

    private static int indexOfId(final ArrayNode array, final String id)
    {
        for (int i = 0; i < array.size(); i++)
        {
            JsonNode element = array.get(i);
            if (element.isObject() && element.has("id") && element.get("id").isValueNode()
                    && id.equals(element.get("id").asString()))
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
