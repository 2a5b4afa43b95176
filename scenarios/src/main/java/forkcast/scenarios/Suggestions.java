package forkcast.scenarios;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** "Did you mean" for names given on the command line (metrics of a target, a gate, a sweep's --metric). */
public final class Suggestions
{
    private Suggestions()
    {
    }

    /** @return {@code " (did you mean 'x'?)"} for the closest known name within a few edits, else empty */
    public static String didYouMean(final String wanted, final Collection<String> known)
    {
        Set<String> names = new TreeSet<>(known);
        return SpecChecks.near(wanted, names);
    }
}
