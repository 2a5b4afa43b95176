package forkcast.scenarios;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML into a {@link YamlDocument}: Jackson's streaming YAML parser (YAML 1.2, so {@code on} and {@code no} stay
 * strings) with duplicate keys rejected, building the tree token by token so that every key and value keeps its
 * position. Aliases ({@code *name}) are refused: Jackson would otherwise hand back the alias's bare name as a string
 * and the scenario would silently mean something else. Limits on size, depth and string length bound what a hostile
 * file can cost.
 */
public final class YamlReader
{
    /** Largest scenario file accepted. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    /** Deepest nesting of maps and lists accepted. */
    public static final int MAX_DEPTH = 32;

    /** Longest string value accepted. */
    public static final int MAX_STRING = 64 * 1024;

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING).maxDocumentLength(MAX_BYTES).build())
            .build();

    private YamlReader()
    {
    }

    /**
     * @param source the name errors should show (the path as the user typed it)
     * @param bytes the file's content
     * @throws ScenarioException with the position of the first syntax problem
     */
    public static YamlDocument read(final String source, final byte[] bytes) throws ScenarioException
    {
        if (bytes.length > MAX_BYTES)
        {
            throw new ScenarioException(ScenarioError.error(new SourceLocation(source, 1, 1),
                    "file is " + bytes.length + " bytes; the limit is " + MAX_BYTES + " bytes"));
        }
        String text = decode(source, bytes);
        YamlDocument document = new YamlDocument(source, text);
        if (text.isBlank())
        {
            throw new ScenarioException(ScenarioError.error(new SourceLocation(source, 1, 1), "the file is empty"));
        }
        JsonParser[] open = new JsonParser[1];
        try (JsonParser parser = FACTORY.createParser(tools.jackson.core.ObjectReadContext.empty(), text))
        {
            open[0] = parser;
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT)
            {
                throw new ScenarioException(ScenarioError.error(location(source, parser.currentTokenLocation()),
                        "a scenario is a map of keys (name:, run:, ...), not " + describe(first)));
            }
            document.root(readValue(parser, document, ""));
            JsonToken trailing = parser.nextToken();
            if (trailing != null)
            {
                throw new ScenarioException(ScenarioError.error(location(source, parser.currentTokenLocation()),
                        "one scenario per file: a second YAML document starts here"));
            }
        }
        catch (JacksonException e)
        {
            SourceLocation where = problemLocation(source, e);
            if (where.line() <= 1 && open[0] != null && open[0].currentLocation() != null
                    && open[0].currentLocation().getLineNr() > 1)
            {
                where = location(source, open[0].currentLocation()); // Jackson's limit errors carry no location
            }
            throw new ScenarioException(ScenarioError.error(where, syntaxMessage(e)));
        }
        return document;
    }

    private static JsonNode readValue(final JsonParser parser, final YamlDocument doc, final String pointer)
            throws ScenarioException
    {
        JsonToken token = parser.currentToken();
        SourceLocation here = location(doc.source(), parser.currentTokenLocation());
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias())
        {
            throw new ScenarioException(ScenarioError.error(here,
                    "YAML aliases (*name) are not supported; write the value out in full"));
        }
        doc.valueAt(pointer, here);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token)
        {
            case START_OBJECT:
            {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME)
                {
                    String key = parser.currentName();
                    String child = pointer + "/" + YamlDocument.escape(key);
                    doc.keyAt(child, location(doc.source(), parser.currentTokenLocation()));
                    parser.nextToken();
                    object.set(key, readValue(parser, doc, child));
                }
                return object;
            }
            case START_ARRAY:
            {
                ArrayNode array = nodes.arrayNode();
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY)
                {
                    array.add(readValue(parser, doc, pointer + "/" + i++));
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(parser.getString());
            case VALUE_NUMBER_INT:
                return nodes.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new ScenarioException(ScenarioError.error(here, "unexpected " + describe(token)));
        }
    }

    private static String decode(final String source, final byte[] bytes) throws ScenarioException
    {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError())
        {
            int bad = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < bad; i++)
            {
                if (bytes[i] == '\n')
                {
                    line++;
                    column = 1;
                }
                else if ((bytes[i] & 0xC0) != 0x80)
                {
                    column++;
                }
            }
            throw new ScenarioException(ScenarioError.error(new SourceLocation(source, line, column),
                    "the file is not valid UTF-8 (byte 0x" + String.format("%02x", bytes[bad] & 0xff) + ")"));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static SourceLocation location(final String source, final TokenStreamLocation location)
    {
        if (location == null || location == TokenStreamLocation.NA || location.getLineNr() < 1)
        {
            return new SourceLocation(source, 1, 1);
        }
        return new SourceLocation(source, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** SnakeYAML names the context ("while parsing a flow sequence ... line 4") and then the problem's own mark. */
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    private static SourceLocation problemLocation(final String source, final JacksonException e)
    {
        String message = e.getOriginalMessage();
        if (message != null)
        {
            Matcher m = MARK.matcher(message);
            SourceLocation last = null;
            while (m.find())
            {
                last = new SourceLocation(source, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if (last != null)
            {
                return last;
            }
        }
        return location(source, e.getLocation());
    }

    private static String syntaxMessage(final JacksonException e)
    {
        String message = e.getOriginalMessage();
        if (message == null)
        {
            return "cannot read the YAML";
        }
        if (message.startsWith("Duplicate Object property") || message.startsWith("Duplicate field"))
        {
            int quote = message.indexOf('"');
            String key = quote >= 0 ? message.substring(quote, message.indexOf('"', quote + 1) + 1) : "";
            return "duplicate key " + key;
        }
        if (message.startsWith("Document nesting depth"))
        {
            return "maps and lists nest deeper than " + MAX_DEPTH + " levels, the limit";
        }
        if (message.startsWith("String value length"))
        {
            return "a text value is longer than " + MAX_STRING + " characters, the limit";
        }
        if (message.startsWith("Document length"))
        {
            return "the file is longer than " + MAX_BYTES + " bytes, the limit";
        }
        // SnakeYAML: a context line, marks with a caret drawing (indented), then the problem
        String[] lines = message.split("\n");
        String context = lines[0].trim();
        StringBuilder problem = new StringBuilder();
        for (int i = 1; i < lines.length; i++)
        {
            if (!lines[i].isEmpty() && !Character.isWhitespace(lines[i].charAt(0)))
            {
                problem.append(problem.length() == 0 ? "" : " ").append(lines[i].trim());
            }
        }
        Matcher m = MARK.matcher(message);
        String where = m.find() ? " at line " + m.group(1) + ", column " + m.group(2) : "";
        String text = problem.length() == 0 ? context
                : problem + (context.startsWith("while parsing") ? " (" + context + " that starts" + where + ")" : "");
        return "invalid YAML: " + text.replace("\\t(TAB)", "tab");
    }

    private static String describe(final JsonToken token)
    {
        if (token == null)
        {
            return "nothing";
        }
        return switch (token)
        {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a text value";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "an empty value";
            default -> token.name();
        };
    }
}
