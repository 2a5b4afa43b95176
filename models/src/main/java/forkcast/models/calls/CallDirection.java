package forkcast.models.calls;

/** Where a call's far end is: the PSTN through gateways (inbound or outbound) or another phone (internal). */
public enum CallDirection
{
    INBOUND, OUTBOUND, INTERNAL
}
