package forkcast.scenarios.spec;

import java.util.List;

/**
 * {@code cubes[]:} a CUBE media proxy forking to 1 to 5 recorders (R10, R12); {@code callMovementDerating} the share of
 * its session capacity and set-up rate left when calls have multiple call movements (F9).
 */
public record CubeSpec(String id, String site, String platform, Integer maxSessions, List<String> forkTo,
        List<DownSpec> down, Double maxSetupsPerSecond, Double callMovementDerating) implements Identified
{
}
