package forkcast.models;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.cucm.NodeConfig;

/**
 * CTI-controlled devices and lines per CTI Manager node, as CUCM sizes CTI (Cisco SRND, "Applications and CTI"; see
 * docs/design.md): each agent phone a CTI application controls or observes (a CTI-monitored line, supervisor
 * monitoring, selective recording started through CTI, R3, F4) is one device with one line (Forkcast's agents have
 * one line each); each CTI port and CTI route point declared on a node is one device and one line. A device counts
 * once however many applications observe it (CUCM 8.6 and later: up to five applications per device without further
 * CTI resources; an assumption for more).
 *
 * <p>A group's devices are opened through the CTI Manager its applications connect to: the group's node when that
 * node runs CTI Manager, else the first CTI Manager node of the cluster (assumption: the application's primary CTI
 * Manager). While that node is down they move to the group's backup node when it runs CTI Manager and is up, else to
 * the next CTI Manager node of the list that is up (assumption: the application's backup CTI Manager). The figures
 * are the most each node carries at any time of the run: the counts without failures, and at the start of each
 * failure window. They follow from the configuration alone, so every replication has the same.
 */
final class CtiResources
{
    private final long[] devices;
    private final long[] lines;
    private final long clusterDevices;
    private final long clusterLines;

    private CtiResources(final long[] devices, final long[] lines, final long clusterDevices, final long clusterLines)
    {
        this.devices = devices;
        this.lines = lines;
        this.clusterDevices = clusterDevices;
        this.clusterLines = clusterLines;
    }

    /** @param runEnd the end of the run: failure windows starting later change nothing */
    static CtiResources of(final Deployment deployment, final double runEnd)
    {
        List<NodeConfig> nodes = deployment.cluster().nodes();
        long[] peakDevices = new long[nodes.size()];
        long[] peakLines = new long[nodes.size()];
        TreeSet<Double> instants = new TreeSet<>();
        instants.add(0.0);
        deployment.nodeOutages().stream().filter(o -> o.window().at() < runEnd).forEach(o -> instants.add(o.window().at()));
        long total = 0;
        for (double t : instants)
        {
            boolean[] down = new boolean[nodes.size()];
            for (Deployment.NodeOutage o : deployment.nodeOutages())
            {
                if (t >= o.window().at() && t < o.window().at() + o.window().duration())
                {
                    down[index(nodes, o.node())] = true;
                }
            }
            long[] here = new long[nodes.size()];
            for (AgentGroupConfig g : deployment.groups())
            {
                if (g.ctiControlled() && g.agents() > 0)
                {
                    int home = primary(nodes, g);
                    here[serving(nodes, down, home, g.backupNode() == null ? -1 : index(nodes, g.backupNode()))]
                            += g.agents();
                }
            }
            for (int n = 0; n < nodes.size(); n++)
            {
                int ports = nodes.get(n).ctiPorts() + nodes.get(n).ctiRoutePoints();
                if (ports > 0)
                {
                    here[serving(nodes, down, n, -1)] += ports;
                }
            }
            total = 0;
            for (int n = 0; n < nodes.size(); n++)
            {
                // one line per device: the agents' phones have one line each, as do CTI ports and route points
                peakDevices[n] = Math.max(peakDevices[n], here[n]);
                peakLines[n] = Math.max(peakLines[n], here[n]);
                total += here[n];
            }
        }
        return new CtiResources(peakDevices, peakLines, total, total);
    }

    /** @return the CTI Manager a group's applications use without failures */
    private static int primary(final List<NodeConfig> nodes, final AgentGroupConfig group)
    {
        int node = index(nodes, group.node());
        if (node >= 0 && nodes.get(node).role().ctiManager())
        {
            return node;
        }
        for (int n = 0; n < nodes.size(); n++)
        {
            if (nodes.get(n).role().ctiManager())
            {
                return n;
            }
        }
        throw new IllegalStateException("no CTI Manager node in the cluster");
    }

    /** @return the CTI Manager serving devices homed on {@code home} while the nodes in {@code down} are down */
    private static int serving(final List<NodeConfig> nodes, final boolean[] down, final int home, final int backup)
    {
        if (!down[home])
        {
            return home;
        }
        if (backup >= 0 && !down[backup] && nodes.get(backup).role().ctiManager())
        {
            return backup;
        }
        for (int k = 1; k < nodes.size(); k++)
        {
            int n = (home + k) % nodes.size();
            if (!down[n] && nodes.get(n).role().ctiManager())
            {
                return n;
            }
        }
        return home;
    }

    private static int index(final List<NodeConfig> nodes, final String id)
    {
        for (int n = 0; n < nodes.size(); n++)
        {
            if (nodes.get(n).id().equals(id))
            {
                return n;
            }
        }
        return -1;
    }

    /** @return the most devices node {@code n} (index in the cluster's list) carries at any time of the run */
    long devices(final int n)
    {
        return this.devices[n];
    }

    long lines(final int n)
    {
        return this.lines[n];
    }

    /** @return the cluster's CTI-controlled devices (failures move them between nodes, never change their number) */
    long clusterDevices()
    {
        return this.clusterDevices;
    }

    long clusterLines()
    {
        return this.clusterLines;
    }

    /** @return ids of the nodes that run CTI Manager, in the cluster's order */
    static List<Integer> ctiManagers(final List<NodeConfig> nodes)
    {
        List<Integer> out = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++)
        {
            if (nodes.get(n).role().ctiManager())
            {
                out.add(n);
            }
        }
        return out;
    }
}
