package forkcast.scenarios;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntax of a {@code --set}/{@code --vary} path: dotted segments, where a segment that meets a list names
 * elements by id ({@code recorders.rec-a.maxStreams}), all of them ({@code recorders.*.maxStreams}) or some
 * ({@code recorders.[rec-a,rec-b].maxStreams}); several paths moved together are separated by commas outside brackets
 * ({@code links.wan-1.mbps,links.wan-2.mbps}).
 */
public final class OverridePath
{
    /** The segment that selects every element of a list. */
    public static final String ALL = "*";

    private OverridePath()
    {
    }

    /** @return the paths of a group {@code a,b,c} (commas inside {@code [...]} belong to an id list) */
    public static List<String> group(final String text)
    {
        return split(text, ',');
    }

    /** @return the segments of one path (dots inside {@code [...]} do not split) */
    static List<String> segments(final String path)
    {
        return split(path, '.');
    }

    /** @return whether a segment selects list elements by pattern ({@code *} or an id list) */
    static boolean selects(final String segment)
    {
        return segment.equals(ALL) || segment.startsWith("[");
    }

    /** @return the ids of a segment: itself, or the members of {@code [a,b]}; null when the brackets are malformed */
    static List<String> ids(final String segment)
    {
        if (!segment.startsWith("[") && !segment.endsWith("]"))
        {
            return List.of(segment);
        }
        if (!segment.startsWith("[") || !segment.endsWith("]") || segment.length() < 3)
        {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (String id : segment.substring(1, segment.length() - 1).split(",", -1))
        {
            if (id.isBlank() || id.contains("[") || id.contains("]"))
            {
                return null;
            }
            ids.add(id.trim());
        }
        return ids;
    }

    /** @return whether the path text holds a group, a wildcard or an id list (it may set more than one value) */
    public static boolean isGrouped(final String text)
    {
        return text.contains(",") || text.contains("[") || segments(text).contains(ALL);
    }

    private static List<String> split(final String text, final char separator)
    {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++)
        {
            char c = text.charAt(i);
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth = Math.max(0, depth - 1);
            }
            if (c == separator && depth == 0)
            {
                parts.add(part.toString().trim());
                part.setLength(0);
            }
            else
            {
                part.append(c);
            }
        }
        parts.add(part.toString().trim());
        return parts;
    }
}
