package forkcast.scenarios;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
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
 * and the scenario would silently mean something else. Explicit tags ({@code !!binary}, {@code !!str}) are refused
 * for the same reason: plain YAML says everything a scenario needs. Numbers are numbers: {@code .nan}, {@code .inf}
 * and values beyond what a double holds are refused here, with their position; each key's own range is checked by
 * {@link ValueRanges}. Limits on size, depth and string and number length bound what a hostile file can cost.
 * {@code --set} values are read by the same code ({@link #readValue(SourceLocation, String)}), so they meet the
 * same rules.
 */
public final class YamlReader
{
    /** Largest scenario file accepted. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    /** Deepest nesting of maps and lists accepted. */
    public static final int MAX_DEPTH = 32;

    /** Longest string value accepted. */
    public static final int MAX_STRING = 64 * 1024;

    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER = 100;

    /** Largest magnitude a number may have: beyond it, a double cannot hold it. */
    private static final BigDecimal LARGEST = new BigDecimal(Double.MAX_VALUE);

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER).maxDocumentLength(MAX_BYTES).build())
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
            document.root(readValue(parser, document, "", at -> location(source, at)));
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

    /**
     * Reads one value given on the command line ({@code --set PATH=VALUE}) under the rules of a file's values.
     *
     * @param origin where the value comes from; every error is reported there
     * @param text the value as YAML: {@code 120}, {@code 2400/h}, {@code [a, b]}; blank is null
     * @throws ScenarioException at {@code origin}
     */
    public static JsonNode readValue(final SourceLocation origin, final String text) throws ScenarioException
    {
        if (text.isBlank())
        {
            return JsonNodeFactory.instance.nullNode();
        }
        if (text.length() > MAX_STRING)
        {
            throw new ScenarioException(ScenarioError.error(origin, "the value is longer than " + MAX_STRING
                    + " characters, the limit"));
        }
        YamlDocument scratch = new YamlDocument(origin.source(), text);
        try (JsonParser parser = FACTORY.createParser(tools.jackson.core.ObjectReadContext.empty(), text))
        {
            parser.nextToken();
            JsonNode value = readValue(parser, scratch, "", at -> origin);
            if (parser.nextToken() != null)
            {
                throw new ScenarioException(ScenarioError.error(origin, "one value only: a second YAML document starts"
                        + " in it"));
            }
            return value;
        }
        catch (JacksonException e)
        {
            throw new ScenarioException(ScenarioError.error(origin, syntaxMessage(e)));
        }
    }

    private static JsonNode readValue(final JsonParser parser, final YamlDocument doc, final String pointer,
            final Function<TokenStreamLocation, SourceLocation> locator) throws ScenarioException
    {
        JsonToken token = parser.currentToken();
        SourceLocation here = locator.apply(parser.currentTokenLocation());
        if (parser instanceof YAMLParser yaml)
        {
            if (yaml.isCurrentAlias())
            {
                throw new ScenarioException(ScenarioError.error(here,
                        "YAML aliases (*name) are not supported; write the value out in full"));
            }
            if (anchored(parser, doc.text()))
            {
                throw new ScenarioException(ScenarioError.error(here, "YAML anchors (&name) are not supported, nor"
                        + " the aliases that would use them; write the value out in full (in quotes if '&' is part of"
                        + " the text)"));
            }
            if (yaml.getRawTag() != null)
            {
                throw new ScenarioException(ScenarioError.error(here, "YAML tags (" + tag(yaml.getRawTag())
                        + ") are not supported; write the value plainly (in quotes if it is text)"));
            }
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
                    doc.keyAt(child, locator.apply(parser.currentTokenLocation()));
                    parser.nextToken();
                    object.set(key, readValue(parser, doc, child, locator));
                }
                return object;
            }
            case START_ARRAY:
            {
                ArrayNode array = nodes.arrayNode();
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY)
                {
                    array.add(readValue(parser, doc, pointer + "/" + i++, locator));
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.stringNode(parser.getString());
            case VALUE_NUMBER_INT:
                return nodes.numberNode(finite(parser.getBigIntegerValue(), parser.getString(), here));
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(decimal(parser.getString(), here));
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new ScenarioException(ScenarioError.error(here, "cannot read this value: write a number, a text,"
                        + " true or false, a list or a map"));
        }
    }

    /** @return a floating-point literal as an exact decimal, refusing .nan, .inf and magnitudes no double holds */
    private static BigDecimal decimal(final String text, final SourceLocation here) throws ScenarioException
    {
        String bare = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (bare.endsWith(".nan"))
        {
            throw new ScenarioException(ScenarioError.error(here, "'" + text + "' (not a number) is not a value"
                    + " Forkcast can use; write a number"));
        }
        if (bare.endsWith(".inf"))
        {
            throw new ScenarioException(ScenarioError.error(here, "'" + text + "' (infinity) is not a value Forkcast"
                    + " can use; write a finite number"));
        }
        BigDecimal value;
        try
        {
            value = new BigDecimal(text.trim());
        }
        catch (NumberFormatException e)
        {
            throw new ScenarioException(ScenarioError.error(here, "'" + ValueRanges.shown(text) + "' is not a number"));
        }
        if (value.abs().compareTo(LARGEST) > 0)
        {
            throw tooLarge(text, here);
        }
        return value;
    }

    private static BigInteger finite(final BigInteger value, final String text, final SourceLocation here)
            throws ScenarioException
    {
        if (value.bitLength() > 1024 || new BigDecimal(value).abs().compareTo(LARGEST) > 0)
        {
            throw tooLarge(text, here);
        }
        return value;
    }

    private static ScenarioException tooLarge(final String text, final SourceLocation here)
    {
        return new ScenarioException(ScenarioError.error(here, "the number " + ValueRanges.shown(text)
                + " is too large for any value of a scenario"));
    }

    /**
     * Jackson names the anchor of a map or list, not of a scalar; a value's position is that of its properties, so
     * a value that starts with '&amp;' carries an anchor (a plain text cannot start with it).
     */
    private static boolean anchored(final JsonParser parser, final String text)
    {
        if (parser.getObjectId() != null)
        {
            return true;
        }
        long offset = parser.currentTokenLocation().getCharOffset();
        return offset >= 0 && offset < text.length() && text.charAt((int) offset) == '&';
    }

    /** @return a tag as the user wrote it: {@code !!binary} for the YAML core ones */
    private static String tag(final String raw)
    {
        return raw.startsWith("tag:yaml.org,2002:") ? "!!" + raw.substring("tag:yaml.org,2002:".length()) : raw;
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
        if (message.startsWith("Number value length") || message.startsWith("Number length"))
        {
            return "a number is longer than " + MAX_NUMBER + " characters, the limit";
        }
        if (message.startsWith("Expected a property name"))
        {
            return "a key must be a plain name, not a list or a map";
        }
        if (message.contains("base64"))
        {
            return "YAML tags (!!binary) are not supported; write the value plainly (in quotes if it is text)";
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
        if (text.startsWith("special characters are not allowed"))
        {
            text += " (a control character such as ESC or NUL; in double quotes, write it as an escape like \\t)";
        }
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
            case VALUE_EMBEDDED_OBJECT -> "a tagged value (YAML tags such as !!binary are not supported)";
            default -> "an unusual value";
        };
    }
}
