package forkcast.models.media;

/** Layer-2 framing overhead per packet on a link. */
public final class Layer2
{
    /** Ethernet II: 14 header + 4 FCS bytes. */
    public static final int ETHERNET = 18;

    /** Ethernet with an 802.1Q VLAN tag. */
    public static final int DOT1Q = 22;

    /** What recorder ingress and total fork bandwidth are expressed in: the recorder's Ethernet port. */
    public static final int ENDPOINT = ETHERNET;

    private Layer2()
    {
    }
}
