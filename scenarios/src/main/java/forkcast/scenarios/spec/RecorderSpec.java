package forkcast.scenarios.spec;

/** {@code recorders[]:} a recording server. */
public record RecorderSpec(String id, String site, Integer maxStreams, Double maxSetupsPerSecond, Boolean secure,
        Boolean srtpFallback, java.util.List<DownSpec> down, Integer retentionDays,
        Double storageTb) implements Identified
{
}
