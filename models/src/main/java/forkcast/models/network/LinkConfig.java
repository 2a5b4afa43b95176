package forkcast.models.network;

/**
 * A WAN or LAN link between two sites.
 *
 * @param id link id
 * @param siteA one end
 * @param siteB the other end
 * @param mbps capacity in megabits per second, each direction (the report flags intervals over it)
 * @param layer2Bytes framing overhead per packet on this link (Ethernet 18, 802.1Q 22)
 */
public record LinkConfig(String id, String siteA, String siteB, double mbps, int layer2Bytes)
{
    public LinkConfig
    {
        if (siteA.equals(siteB))
        {
            throw new IllegalArgumentException("link " + id + " joins site " + siteA + " to itself");
        }
        if (!(mbps > 0) || layer2Bytes < 0)
        {
            throw new IllegalArgumentException("link " + id + " needs mbps > 0 and layer2 >= 0");
        }
    }
}
