package forkcast.scenarios.spec;

/** {@code cluster.tones:} the recording tone to the agent and to the customer (R24). */
public record ToneSpec(Boolean toAgent, Boolean toCustomer)
{
}
