package forkcast.models.network;

/**
 * A WAN or LAN link between two sites.
 *
 * @param id link id
 * @param siteA one end
 * @param siteB the other end
 * @param mbps capacity in megabits per second, each direction (the report flags intervals over it)
 * @param layer2Bytes framing overhead per packet on this link (Ethernet 18, 802.1Q 22)
 * @param cacKbps the link's locations-CAC audio budget in kbit/s (F7): one budget for the link, as CUCM keeps one
 *            per location pair; {@link #NO_CAC} when the link has none
 */
public record LinkConfig(String id, String siteA, String siteB, double mbps, int layer2Bytes, double cacKbps)
{
    /** No locations CAC on the link: nothing is ever refused for its bandwidth. */
    public static final double NO_CAC = Double.POSITIVE_INFINITY;

    /** A link without locations CAC. */
    public LinkConfig(final String id, final String siteA, final String siteB, final double mbps,
            final int layer2Bytes)
    {
        this(id, siteA, siteB, mbps, layer2Bytes, NO_CAC);
    }

    public LinkConfig
    {
        if (!(cacKbps > 0))
        {
            throw new IllegalArgumentException("link " + id + " needs a locations-CAC budget > 0 kbit/s, or none");
        }
        if (siteA.equals(siteB))
        {
            throw new IllegalArgumentException("link " + id + " joins site " + siteA + " to itself");
        }
        if (!(mbps > 0) || layer2Bytes < 0)
        {
            throw new IllegalArgumentException("link " + id + " needs mbps > 0 and layer2 >= 0");
        }
    }

    /** @return whether the link has a locations-CAC budget */
    public boolean hasCac()
    {
        return this.cacKbps != NO_CAC;
    }
}
