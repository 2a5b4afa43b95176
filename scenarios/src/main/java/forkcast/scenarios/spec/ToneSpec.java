package forkcast.scenarios.spec;

/** {@code cluster.tones:} the recording tone to the agent and to the customer (R24), and the monitoring tone. */
public record ToneSpec(Boolean toAgent, Boolean toCustomer, Boolean monitoring)
{
}
