package forkcast.scenarios.spec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A rate written with its time unit: {@code 2400/h}, {@code 40/m}, {@code 2/s}. */
public record RateValue(double perSecond, String text)
{
    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*/\\s*(s|m|h|d)");

    public static final String EXPECTED = "a rate with a time unit, like 2400/h, 40/m or 2/s";

    /**
     * Not a creator: a map of keys ({@code rate: {}}) is refused as the wrong kind of value, never read as zero.
     */
    @JsonCreator(mode = JsonCreator.Mode.DISABLED)
    public RateValue
    {
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RateValue parse(final String text)
    {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches())
        {
            throw new IllegalArgumentException("'" + text + "' is not " + EXPECTED);
        }
        double per = switch (m.group(2))
        {
            case "s" -> 1;
            case "m" -> 60;
            case "h" -> 3600;
            default -> 86_400;
        };
        return new RateValue(Double.parseDouble(m.group(1)) / per, text.trim());
    }

    @Override
    public String toString()
    {
        return this.text;
    }
}
