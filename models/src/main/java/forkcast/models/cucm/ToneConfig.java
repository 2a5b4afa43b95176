package forkcast.models.cucm;

/**
 * The notification tones' service parameters (R24): the recording tone, played periodically to the agent and/or to
 * the customer while a call is recorded (either can be off), and the monitoring tone while a supervisor listens.
 */
public record ToneConfig(boolean toAgent, boolean toCustomer, boolean monitoring)
{
    /** CUCM's defaults: no recording or monitoring tone. */
    public static final ToneConfig NONE = new ToneConfig(false, false, false);
}
