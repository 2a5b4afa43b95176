package forkcast.scenarios;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A scenario's YAML as a tree, with the location of every value and every key, addressed by JSON Pointer
 * ({@code /recorders/0/maxStreams}). Overrides replace values and record their own origin.
 */
public final class YamlDocument
{
    private final String source;
    private JsonNode root;
    private final Map<String, SourceLocation> values = new HashMap<>();
    private final Map<String, SourceLocation> keys = new HashMap<>();
    private final String text;
    private List<ValueRanges.Finding> outOfRange = List.of();
    private List<RefusedValue> refused = List.of();

    YamlDocument(final String source, final String text)
    {
        this.source = source;
        this.text = text;
    }

    void root(final JsonNode node)
    {
        this.root = node;
    }

    void valueAt(final String pointer, final SourceLocation location)
    {
        this.values.put(pointer, location);
    }

    void keyAt(final String pointer, final SourceLocation location)
    {
        this.keys.put(pointer, location);
    }

    /** Forget the locations below {@code pointer}: its value was replaced, and what it holds now is not in the file. */
    void replaced(final String pointer)
    {
        String below = pointer + "/";
        this.values.keySet().removeIf(p -> p.startsWith(below));
        this.keys.keySet().removeIf(p -> p.startsWith(below));
    }

    void outOfRange(final List<ValueRanges.Finding> found)
    {
        this.outOfRange = List.copyOf(found);
    }

    /** @return the values found outside their ranges when the document was last checked, in document order */
    List<ValueRanges.Finding> outOfRange()
    {
        return this.outOfRange;
    }

    void refused(final List<RefusedValue> found)
    {
        this.refused = List.copyOf(found);
    }

    /** @return the keys and values the binding refused, each taken out of the tree (see {@link RefusedValue}) */
    List<RefusedValue> refused()
    {
        return this.refused;
    }

    public JsonNode root()
    {
        return this.root;
    }

    public String source()
    {
        return this.source;
    }

    /** @return the document's text as read (for the report's copy of the scenario) */
    public String text()
    {
        return this.text;
    }

    /**
     * @return the location of the value at {@code pointer}, or of its nearest ancestor that has one (a missing key is
     *         reported where its parent starts)
     */
    public SourceLocation locate(final String pointer)
    {
        String p = pointer;
        while (true)
        {
            SourceLocation location = this.values.get(p);
            if (location != null)
            {
                return location;
            }
            if (p.isEmpty())
            {
                return new SourceLocation(this.source, 1, 1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** @return the location of the key that ends {@code pointer}, else of its value */
    public SourceLocation locateKey(final String pointer)
    {
        SourceLocation location = this.keys.get(pointer);
        return location != null ? location : locate(pointer);
    }

    /** @return JSON Pointer escaping of one path segment */
    public static String escape(final String segment)
    {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
