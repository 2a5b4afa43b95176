package forkcast.models.recording;

import java.util.List;

/**
 * A route list of trunks (R20): CUCM tries them in the order its distribution gives and advances to the next when
 * one rejects the session.
 *
 * @param id route list id
 * @param circular true for circular distribution (each new session starts after the trunk the last one started
 *            at), false for top-down (always from the first)
 * @param trunks the trunks, in order
 * @param sharedStorage whether the recorders it reaches store into one logical farm (a split session is then still
 *            one recording); informs the lint only
 */
public record RouteListConfig(String id, boolean circular, List<String> trunks, boolean sharedStorage)
{
    /** A route list whose recorders keep their own storage. */
    public RouteListConfig(final String id, final boolean circular, final List<String> trunks)
    {
        this(id, circular, trunks, false);
    }

    public RouteListConfig
    {
        trunks = List.copyOf(trunks);
        if (trunks.isEmpty())
        {
            throw new IllegalArgumentException("route list " + id + " has no trunk");
        }
    }
}
