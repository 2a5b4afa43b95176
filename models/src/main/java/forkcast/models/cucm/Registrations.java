package forkcast.models.cucm;

import java.util.IdentityHashMap;
import java.util.Map;

import forkcast.models.calls.AgentGroup;

/**
 * Which cluster node each agent group's phones are registered to at a given time. A group's device pool names a
 * CUCM group (Unified CM group) of a primary node and a backup node; phones register to the primary and, while it is
 * down, to the backup, and come back when it returns (Cisco SRND, call processing redundancy). A node's failure
 * windows are compared with the time of each call, so no event is scheduled and the trajectory stays the same.
 * When the backup is absent or down as well, the calls stay counted on the primary (assumption: CUCM would refuse
 * them; Forkcast keeps the traffic and shows the load where the phones belong).
 */
public final class Registrations
{
    /** A primary node and a backup node (-1 for none), by index in the cluster's node list. */
    private record Home(int primary, int backup)
    {
    }

    private final Map<AgentGroup, Home> homes = new IdentityHashMap<>();
    private final double[][] downFrom;
    private final double[][] downUntil;

    /**
     * @param downFrom for each node, the start of each failure window (seconds of simulated time)
     * @param downUntil for each node, the end of each failure window, in the same order
     */
    public Registrations(final double[][] downFrom, final double[][] downUntil)
    {
        if (downFrom.length != downUntil.length)
        {
            throw new IllegalArgumentException("failure window starts and ends differ in number");
        }
        this.downFrom = downFrom.clone();
        this.downUntil = downUntil.clone();
    }

    /** @return registrations of a cluster without nodes: every {@link #nodeOf} is -1 */
    public static Registrations none()
    {
        return new Registrations(new double[0][], new double[0][]);
    }

    /** @return how many nodes the cluster has (0: the cluster is one box) */
    public int nodes()
    {
        return this.downFrom.length;
    }

    /** The group's phones register to node {@code primary}, or to {@code backup} (-1: none) while it is down. */
    public void register(final AgentGroup group, final int primary, final int backup)
    {
        if (primary < 0 || primary >= nodes() || backup >= nodes())
        {
            throw new IllegalArgumentException("no such node for agent group " + group.config().id());
        }
        this.homes.put(group, new Home(primary, backup));
    }

    /** @return the node the group's phones are registered to at {@code now}, or -1 when the cluster has no nodes */
    public int nodeOf(final AgentGroup group, final double now)
    {
        Home home = this.homes.get(group);
        if (home == null)
        {
            return -1;
        }
        if (home.backup() >= 0 && down(home.primary(), now) && !down(home.backup(), now))
        {
            return home.backup();
        }
        return home.primary();
    }

    /** @return whether node {@code node} is in one of its failure windows at {@code now} (start in, end out) */
    public boolean down(final int node, final double now)
    {
        double[] from = this.downFrom[node];
        double[] until = this.downUntil[node];
        for (int i = 0; i < from.length; i++)
        {
            if (now >= from[i] && now < until[i])
            {
                return true;
            }
        }
        return false;
    }
}
