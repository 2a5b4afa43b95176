package forkcast.models.cucm;

/**
 * What a CUCM cluster node runs: the Cisco CallManager service (phones register to it; it counts their calls in its
 * BHCC), the Cisco CTI Manager service (CTI applications open devices and lines through it), or both.
 */
public enum NodeRole
{
    CALL_PROCESSING,
    CTI_MANAGER,
    BOTH;

    /** @return true when phones can register to the node (CallManager service) */
    public boolean callProcessing()
    {
        return this != CTI_MANAGER;
    }

    /** @return true when CTI applications can connect to the node (CTI Manager service) */
    public boolean ctiManager()
    {
        return this != CALL_PROCESSING;
    }
}
