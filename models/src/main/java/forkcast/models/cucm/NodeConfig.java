package forkcast.models.cucm;

/**
 * One node of the CUCM cluster (a subscriber), with its limits resolved (the scenario layer takes unset limits from
 * the catalog's platform entry).
 *
 * @param id node id
 * @param role the services it runs
 * @param bhccRating busy-hour call completions the node is rated for (held against the calls of the phones registered
 *            to it); meaningful only when it runs call processing
 * @param ctiDevices CTI-controlled devices the node's CTI Manager handles; meaningful only when it runs CTI Manager
 * @param ctiLines CTI-controlled lines the node's CTI Manager handles
 * @param ctiPorts CTI ports opened through this node's CTI Manager (each one device and one line)
 * @param ctiRoutePoints CTI route points opened through this node's CTI Manager (each one device and one line)
 * @param site where the node is, or null when the scenario does not say (documentation only for now)
 */
public record NodeConfig(String id, NodeRole role, double bhccRating, int ctiDevices, int ctiLines, int ctiPorts,
        int ctiRoutePoints, String site)
{
    public NodeConfig
    {
        if (!(bhccRating > 0) || ctiDevices < 0 || ctiLines < 0 || ctiPorts < 0 || ctiRoutePoints < 0)
        {
            throw new IllegalArgumentException("node " + id + " needs bhccRating > 0 and no negative CTI figure");
        }
        if (!role.ctiManager() && (ctiPorts > 0 || ctiRoutePoints > 0))
        {
            throw new IllegalArgumentException("node " + id + ": CTI ports and route points need a CTI Manager node");
        }
    }
}
