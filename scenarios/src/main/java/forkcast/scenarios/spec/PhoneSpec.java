package forkcast.scenarios.spec;

/** {@code agentGroups[].phone:} the agents' phones. */
public record PhoneSpec(String builtInBridge, String protocol, Boolean mtpRequired, Boolean authenticated,
        String recordKey, Boolean earlyOffer)
{
    /** The section left out: every key absent, so each takes its default. */
    public static final PhoneSpec ABSENT = new PhoneSpec(null, null, null, null, null, null);
}
