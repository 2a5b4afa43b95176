package forkcast.scenarios.spec;

/** {@code gateways[]:} a voice gateway. */
public record GatewaySpec(String id, String site, Integer channels, Boolean ucGatewayServices, Boolean sipProxyInPath)
        implements Identified
{
}
