package forkcast.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import forkcast.models.calls.CallEvent;
import forkcast.models.calls.CallTrace;

/** The events a replication's calls go through, as the exact timeline tests read them. */
final class Timeline
{
    /** One lifecycle event of one call (or leg). */
    record Step(double time, long call, CallEvent event, String detail)
    {
    }

    private Timeline()
    {
    }

    /** @return a trace that appends every event to {@code steps} */
    static CallTrace into(final List<Step> steps)
    {
        return (time, call, event, detail) -> steps.add(new Step(time, call, event, detail));
    }

    /** @return {@code steps} grouped by call, in the order each call first appears */
    static Map<Long, List<Step>> byCall(final List<Step> steps)
    {
        Map<Long, List<Step>> calls = new LinkedHashMap<>();
        for (Step s : steps)
        {
            calls.computeIfAbsent(s.call(), k -> new ArrayList<>()).add(s);
        }
        return calls;
    }
}
