package forkcast.scenarios.spec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A duration written with a unit: {@code 300ms}, {@code 30s}, {@code 15m}, {@code 1h}, {@code 7d}. */
public record DurationValue(double seconds, String text)
{
    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");

    public static final String EXPECTED = "a duration with a unit, like 300ms, 30s, 15m, 1h or 7d";

    /**
     * Not a creator: a map of keys ({@code rate: {}}) is refused as the wrong kind of value, never read as zero.
     */
    @JsonCreator(mode = JsonCreator.Mode.DISABLED)
    public DurationValue
    {
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DurationValue parse(final String text)
    {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches())
        {
            throw new IllegalArgumentException("'" + text + "' is not " + EXPECTED);
        }
        double value = Double.parseDouble(m.group(1));
        double unit = switch (m.group(2))
        {
            case "ms" -> 0.001;
            case "s" -> 1;
            case "m" -> 60;
            case "h" -> 3600;
            default -> 86_400;
        };
        return new DurationValue(value * unit, text.trim());
    }

    @Override
    public String toString()
    {
        return this.text;
    }
}
