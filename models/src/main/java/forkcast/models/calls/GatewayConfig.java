package forkcast.models.calls;

/**
 * A voice gateway: the PSTN side of inbound and outbound calls.
 *
 * @param id gateway id
 * @param site where it stands (the far end of the call's own media, and the source site when it forks)
 * @param channels calls it carries at once; a call that finds them all busy is blocked at the gateway
 * @param ucGatewayServices UC gateway services with an XMF provider are configured (R8, R23); without them the
 *            gateway cannot fork recorded media
 * @param sipProxyInPath a SIP proxy sits between CUCM and the gateway (R16); then it cannot be the media source
 * @param recordingTrunk the gateway reaches CUCM over a SIP trunk whose recording information says it is a
 *            recording-enabled gateway (R8, R19); without one it cannot fork
 */
public record GatewayConfig(String id, String site, int channels, boolean ucGatewayServices, boolean sipProxyInPath,
        boolean recordingTrunk)
{
    /** A gateway reached over a SIP trunk with recording information (R19). */
    public GatewayConfig(final String id, final String site, final int channels, final boolean ucGatewayServices,
            final boolean sipProxyInPath)
    {
        this(id, site, channels, ucGatewayServices, sipProxyInPath, true);
    }

    public GatewayConfig
    {
        if (channels < 0)
        {
            throw new IllegalArgumentException("gateway " + id + ": channels must be >= 0");
        }
    }

    /** @return whether the gateway can fork a non-secure call's media (R8, R16, R19, R23) */
    public boolean canFork()
    {
        return this.ucGatewayServices && !this.sipProxyInPath && this.recordingTrunk;
    }
}
