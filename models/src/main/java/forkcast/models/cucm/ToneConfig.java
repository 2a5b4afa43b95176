package forkcast.models.cucm;

/**
 * The recording notification tone's service parameters (R24): played periodically to the agent and/or to the
 * customer while a call is recorded; either can be off.
 */
public record ToneConfig(boolean toAgent, boolean toCustomer)
{
    /** CUCM's defaults: no recording tone. */
    public static final ToneConfig NONE = new ToneConfig(false, false);
}
