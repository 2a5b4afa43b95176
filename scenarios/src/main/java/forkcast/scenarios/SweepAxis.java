package forkcast.scenarios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One varied scenario value of a sweep: {@code PATH=V1,V2,...} or {@code PATH=FROM..TO[:STEP]} (numbers; step 1 by
 * default). Values are applied like {@code --set}, so anything a scenario can say can be swept.
 *
 * @param path the dotted path, e.g. {@code recorders.rec-a.maxStreams}
 * @param values the values, in order, as YAML text
 */
public record SweepAxis(String path, List<String> values)
{
    /** Largest number of points one axis may have. */
    public static final int MAX_POINTS = 1000;

    public SweepAxis
    {
        values = List.copyOf(values);
    }

    /** Largest magnitude and finest step of a FROM..TO:STEP range: beyond them, exact decimals grow without bound. */
    private static final BigDecimal LARGEST = new BigDecimal("1e15");
    private static final int FINEST_SCALE = 15;

    /** @throws IllegalArgumentException with a message for the user when the text is not an axis */
    public static SweepAxis parse(final String text)
    {
        try
        {
            return parseAxis(text);
        }
        catch (IllegalArgumentException e)
        {
            throw new IllegalArgumentException(ControlCharacters.escape(e.getMessage()), e);
        }
    }

    private static SweepAxis parseAxis(final String text)
    {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1)
        {
            throw new IllegalArgumentException("--vary '" + text + "': expected PATH=V1,V2,... or PATH=FROM..TO[:STEP]");
        }
        String path = text.substring(0, eq).trim();
        String spec = text.substring(eq + 1).trim();
        int dots = spec.indexOf("..");
        if (dots < 0)
        {
            return new SweepAxis(path, List.of(spec.split(",")).stream().map(String::trim).toList());
        }
        try
        {
            BigDecimal from = bounded(text, spec.substring(0, dots));
            String rest = spec.substring(dots + 2);
            int colon = rest.indexOf(':');
            BigDecimal to = bounded(text, colon < 0 ? rest : rest.substring(0, colon));
            BigDecimal step = colon < 0 ? BigDecimal.ONE : bounded(text, rest.substring(colon + 1));
            if (step.signum() <= 0 || to.compareTo(from) < 0)
            {
                throw new IllegalArgumentException("--vary '" + text + "': needs FROM <= TO and a positive STEP");
            }
            List<String> values = new ArrayList<>();
            for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step))
            {
                values.add(v.stripTrailingZeros().toPlainString());
                if (values.size() > MAX_POINTS)
                {
                    throw new IllegalArgumentException("--vary '" + text + "': more than " + MAX_POINTS + " values");
                }
            }
            return new SweepAxis(path, values);
        }
        catch (NumberFormatException e)
        {
            throw new IllegalArgumentException("--vary '" + text + "': FROM, TO and STEP must be numbers");
        }
    }

    private static BigDecimal bounded(final String text, final String number)
    {
        BigDecimal value = new BigDecimal(number.trim());
        if (value.abs().compareTo(LARGEST) > 0 || value.stripTrailingZeros().scale() > FINEST_SCALE)
        {
            throw new IllegalArgumentException("--vary '" + text + "': FROM, TO and STEP must be numbers between -1e15"
                    + " and 1e15 with at most " + FINEST_SCALE + " decimals");
        }
        return value;
    }

    /** @return the override for value {@code i}, as {@code --set} takes it */
    public String assignment(final int i)
    {
        return this.path + "=" + this.values.get(i);
    }
}
