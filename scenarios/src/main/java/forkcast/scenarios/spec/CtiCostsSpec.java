package forkcast.scenarios.spec;

/** {@code cluster.ctiCosts:} overrides of the catalog's CTI messages per occurrence (F4). */
public record CtiCostsSpec(Double callSetup, Double callRelease, Double recordingStartRequest,
        Double recordingStopRequest, Double recordingStarted,
        Double recordingEnded, Double recordingFailed, Double monitoringRequest, Integer observersPerLine,
        Double costPerMessage)
{
}
