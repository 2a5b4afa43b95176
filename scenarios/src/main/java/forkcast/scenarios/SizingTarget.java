package forkcast.scenarios;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import forkcast.sim.stats.BootstrapTBound;

/**
 * A sizing target, {@code METRIC<=X} or {@code METRIC>=X} ({@code <} and {@code >} are read the same way: the bound of
 * a continuous estimate is never exactly X), met with confidence: the one-sided bootstrap-t bound
 * ({@link BootstrapTBound}; Student's t under-covers on skewed shares such as blocking) of the metric's mean over
 * replications (the upper bound for {@code <=}, the lower for {@code >=}) must be on the right side
 * of X. A safe answer: the mean alone could meet the target by luck. X may be written as a percentage ({@code 1%} is
 * 0.01), as shares are shown in the reports.
 *
 * @param metric the metric name, e.g. {@code recording.blockingProbability}
 * @param atMost true for {@code <=}, false for {@code >=}
 * @param limit X
 */
public record SizingTarget(String metric, boolean atMost, double limit)
{
    private static final Pattern FORMAT = Pattern.compile("\\s*([A-Za-z0-9_.-]+)\\s*(<=|>=|<|>)\\s*([-+0-9.eE]+)\\s*(%?)\\s*");

    /** @throws IllegalArgumentException with a message for the user */
    public static SizingTarget parse(final String text)
    {
        return parse("--target", text);
    }

    /**
     * @param option the option the text was given with ({@code --target}, {@code --assert}), for the message
     * @throws IllegalArgumentException with a message for the user
     */
    public static SizingTarget parse(final String option, final String text)
    {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches())
        {
            throw new IllegalArgumentException(option + " '" + ControlCharacters.escape(text)
                    + "': expected METRIC<=X or METRIC>=X (X a number, or a percentage such as 1%)");
        }
        double limit;
        try
        {
            limit = Double.parseDouble(m.group(3)) / (m.group(4).isEmpty() ? 1 : 100);
        }
        catch (NumberFormatException e)
        {
            limit = Double.NaN;
        }
        if (!Double.isFinite(limit))
        {
            throw new IllegalArgumentException(option + " '" + ControlCharacters.escape(text) + "': X must be a finite"
                    + " number");
        }
        return new SizingTarget(m.group(1), m.group(2).startsWith("<"), limit);
    }

    /**
     * @param values the metric in each replication (NaN where undefined: left out)
     * @param confidence e.g. 0.95
     * @return the one-sided confidence bound on the target's side: upper for {@code <=}, lower for {@code >=}; NaN
     *         with fewer than two defined values
     */
    public double bound(final double[] values, final double confidence)
    {
        double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        if (defined.length < 2)
        {
            return Double.NaN;
        }
        return this.atMost ? BootstrapTBound.upper(defined, confidence) : BootstrapTBound.lower(defined, confidence);
    }

    /** @return whether a bound meets the target */
    public boolean met(final double bound)
    {
        return !Double.isNaN(bound) && (this.atMost ? bound <= this.limit : bound >= this.limit);
    }

    @Override
    public String toString()
    {
        return this.metric + (this.atMost ? "<=" : ">=") + this.limit;
    }
}
