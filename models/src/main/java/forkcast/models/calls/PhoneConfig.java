package forkcast.models.calls;

/**
 * The agents' phones in a group.
 *
 * @param builtInBridge the phone's BIB setting (R22); the phone can fork media only with the bridge on (R7)
 */
public record PhoneConfig(BuiltInBridgeSetting builtInBridge)
{
}
