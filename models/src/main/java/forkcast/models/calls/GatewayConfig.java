package forkcast.models.calls;

import io.soabase.recordbuilder.core.RecordBuilder;

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
@RecordBuilder
public record GatewayConfig(String id, String site, int channels, boolean ucGatewayServices, boolean sipProxyInPath,
        boolean recordingTrunk)
{
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

    /**
     * @return a builder for gateway {@code id} at {@code site} with {@code channels} channels. Unset settings: no UC
     *         gateway services, no SIP proxy in the path, and no trunk with recording information (so it cannot fork
     *         until both services and trunk are set, R8, R19, R23).
     */
    public static GatewayConfigBuilder builder(final String id, final String site, final int channels)
    {
        return GatewayConfigBuilder.builder().id(id).site(site).channels(channels);
    }
}
