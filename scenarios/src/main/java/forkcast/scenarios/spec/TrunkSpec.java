package forkcast.scenarios.spec;

/** {@code trunks[]:} a SIP trunk to a recorder. */
public record TrunkSpec(String id, String to, Integer maxDialogs)
{
}
