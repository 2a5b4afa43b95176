package forkcast.scenarios.spec;

/** {@code traffic[].transfer:} a share of calls is transferred to group {@code to}, by consult or blind. */
public record TransferSpec(Double share, String to, String kind, DistributionSpec consult, Double recordConsultShare)
{
}
