package forkcast.reports;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import forkcast.models.calls.TrafficConfig;
import forkcast.scenarios.Scenario;

/**
 * Whether the alternatives of a comparison offer the same calls. Common random numbers give each alternative the same
 * calls only when their traffic streams are the same after loading: the same ids with the same rate (a
 * {@code callsPerAgentPerHour} already multiplied by the group's agents, {@code run.trafficScale} applied), day
 * profile, direction, gateways, codecs, secure share, holding time, hold, transfer and conference. Anything else may
 * differ (media source, recorders, links, profiles: what is being compared). When the streams differ, a paired
 * difference compares other calls as well as other configurations, so it is not like for like, and its interval is
 * no longer narrowed by shared traffic.
 */
public final class TrafficDifference
{
    private TrafficDifference()
    {
    }

    /**
     * @param alternatives the comparison's alternatives, the baseline first
     * @return for each alternative whose traffic is not the baseline's, a phrase saying how (the streams only one of
     *         them has, or those of the same id set otherwise); empty when every alternative has the baseline's
     */
    public static List<String> of(final List<Scenario> alternatives)
    {
        Scenario baseline = alternatives.get(0);
        Map<String, TrafficConfig> base = streams(baseline);
        List<String> differences = new ArrayList<>();
        for (Scenario alternative : alternatives.subList(1, alternatives.size()))
        {
            Map<String, TrafficConfig> other = streams(alternative);
            List<String> parts = new ArrayList<>();
            List<String> onlyBase = base.keySet().stream().filter(id -> !other.containsKey(id)).toList();
            List<String> onlyOther = other.keySet().stream().filter(id -> !base.containsKey(id)).toList();
            List<String> changed = base.keySet().stream()
                    .filter(id -> other.containsKey(id) && !sameValue(base.get(id), other.get(id))).toList();
            if (!onlyBase.isEmpty())
            {
                parts.add("streams only in " + baseline.name() + ": " + String.join(", ", onlyBase));
            }
            if (!onlyOther.isEmpty())
            {
                parts.add("only in " + alternative.name() + ": " + String.join(", ", onlyOther));
            }
            if (!changed.isEmpty())
            {
                parts.add("set otherwise: " + String.join(", ", changed));
            }
            if (!parts.isEmpty())
            {
                differences.add(alternative.name() + " has other traffic than " + baseline.name() + " ("
                        + String.join("; ", parts) + ")");
            }
        }
        return differences;
    }

    /** @return the one warning a comparison of these alternatives needs, or null when their traffic is the same */
    public static String warning(final List<Scenario> alternatives)
    {
        List<String> differences = of(alternatives);
        return differences.isEmpty() ? null : "the alternatives do not see the same calls, so a paired difference is"
                + " not like for like (it mixes the traffic's difference with the configuration's): "
                + String.join("; ", differences);
    }

    private static Map<String, TrafficConfig> streams(final Scenario scenario)
    {
        Map<String, TrafficConfig> streams = new LinkedHashMap<>();
        scenario.deployment().traffic().forEach(t -> streams.put(t.id(), t));
        return streams;
    }

    /**
     * @return whether two values are equal by value: records component by component and arrays element by element
     *         (a record's own equals compares an array component, such as a day profile, by identity)
     */
    private static boolean sameValue(final Object a, final Object b)
    {
        if (a == null || b == null || a.getClass() != b.getClass())
        {
            return a == b;
        }
        if (a.getClass().isArray())
        {
            return Arrays.deepEquals(new Object[] {a}, new Object[] {b});
        }
        if (a instanceof List<?> x && b instanceof List<?> y)
        {
            if (x.size() != y.size())
            {
                return false;
            }
            for (int i = 0; i < x.size(); i++)
            {
                if (!sameValue(x.get(i), y.get(i)))
                {
                    return false;
                }
            }
            return true;
        }
        if (!a.getClass().isRecord())
        {
            return a.equals(b);
        }
        for (RecordComponent c : a.getClass().getRecordComponents())
        {
            try
            {
                if (!sameValue(c.getAccessor().invoke(a), c.getAccessor().invoke(b)))
                {
                    return false;
                }
            }
            catch (IllegalAccessException | InvocationTargetException e)
            {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + a.getClass().getName(), e);
            }
        }
        return true;
    }
}
