package forkcast.scenarios.spec;

/** {@code cluster.nodes[]:} a CUCM node (subscriber) with its services and limits. */
public record NodeSpec(String id, String role, String platform, Double bhccRating, Integer ctiDevices,
        Integer ctiLines, Integer ctiPorts, Integer ctiRoutePoints, String site, java.util.List<DownSpec> down)
{
}
