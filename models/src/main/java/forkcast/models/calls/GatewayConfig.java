package forkcast.models.calls;

/**
 * A voice gateway: the PSTN side of inbound and outbound calls.
 *
 * @param id gateway id
 * @param site where it stands (the far end of the call's own media)
 * @param channels calls it carries at once; a call that finds them all busy is blocked at the gateway
 */
public record GatewayConfig(String id, String site, int channels)
{
    public GatewayConfig
    {
        if (channels < 0)
        {
            throw new IllegalArgumentException("gateway " + id + ": channels must be >= 0");
        }
    }
}
