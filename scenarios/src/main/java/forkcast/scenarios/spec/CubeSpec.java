package forkcast.scenarios.spec;

import java.util.List;

/** {@code cubes[]:} a CUBE media proxy forking to 1 to 5 recorders (R10, R12). */
public record CubeSpec(String id, String site, String platform, Integer maxSessions, List<String> forkTo,
        List<DownSpec> down, Double maxSetupsPerSecond)
{
}
