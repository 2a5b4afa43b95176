package forkcast.scenarios.spec;

/** {@code agentGroups[].phone:} the agents' phones. */
public record PhoneSpec(String builtInBridge, String protocol, Boolean mtpRequired, Boolean authenticated,
        String recordKey, Boolean earlyOffer)
{
}
