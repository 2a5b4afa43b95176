package forkcast.scenarios.spec;

/** {@code mtpPools[]:} media termination points for mandatory Early Offer. */
public record MtpPoolSpec(String id, String site, Integer size) implements Identified
{
}
