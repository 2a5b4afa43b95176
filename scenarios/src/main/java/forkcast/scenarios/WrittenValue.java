package forkcast.scenarios;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;

/**
 * A value of a scenario as its errors describe it, in the user's terms: "the text '18'", "the number 10", "a list".
 * Errors of every section use it, so that a wrong value reads alike wherever it is refused.
 */
final class WrittenValue
{
    /** Longest whole number shown in digits; beyond it the exponent form is shorter to read. */
    private static final int DIGITS = 40;

    private WrittenValue()
    {
    }

    /** @return ", not VALUE" describing {@code node}, or "" when the document holds nothing there */
    static String not(final JsonNode node)
    {
        if (node == null || node.isMissingNode())
        {
            return "";
        }
        if (node.isNull())
        {
            return ", not an empty value";
        }
        if (node.isString())
        {
            return ", not the text '" + ValueRanges.shown(node.asString()) + "'" + quotedNumberHint(node);
        }
        if (node.isNumber())
        {
            return ", not the number " + ValueRanges.shown(number(node.decimalValue()));
        }
        if (node.isBoolean())
        {
            return ", not " + node.asBoolean();
        }
        if (node.isArray())
        {
            return ", not a list";
        }
        return node.isObject() ? ", not a map of keys" : "";
    }

    /**
     * A number in quotes is a text in YAML; the scenario format does not read texts as numbers (as Jackson's scalar
     * coercion would), so the error says how to write it.
     *
     * @return " (a number is written without quotes)" for a text that reads as a number, else ""
     */
    private static String quotedNumberHint(final JsonNode node)
    {
        if (node == null || !node.isString())
        {
            return "";
        }
        try
        {
            new BigDecimal(node.asString().trim());
            return " (a number is written without quotes)";
        }
        catch (NumberFormatException e)
        {
            return "";
        }
    }

    /**
     * @return a number as a reader writes it: a whole number written with an exponent in digits ({@code 1e1} is
     *         shown as 10, where BigDecimal's own text is "1E+1"); any other number as written (0.5, 10.0), and the
     *         exponent form only for magnitudes that digits would not show at a glance
     */
    static String number(final BigDecimal value)
    {
        if (value.scale() < 0 && value.precision() - value.scale() <= DIGITS)
        {
            return value.toPlainString();
        }
        return value.toString();
    }
}
