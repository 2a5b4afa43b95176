package forkcast.models.cucm;

/**
 * What a CUCM cluster node runs: the Cisco CallManager service (phones register to it; it counts their calls in its
 * BHCC), the Cisco CTI Manager service (CTI applications open devices and lines through it), or both.
 */
public enum NodeRole
{
    CALL_PROCESSING(true, false),
    CTI_MANAGER(false, true),
    BOTH(true, true);

    private final boolean callProcessing;
    private final boolean ctiManager;

    NodeRole(final boolean callProcessing, final boolean ctiManager)
    {
        this.callProcessing = callProcessing;
        this.ctiManager = ctiManager;
    }

    /** @return true when phones can register to the node (CallManager service) */
    public boolean callProcessing()
    {
        return this.callProcessing;
    }

    /** @return true when CTI applications can connect to the node (CTI Manager service) */
    public boolean ctiManager()
    {
        return this.ctiManager;
    }
}
