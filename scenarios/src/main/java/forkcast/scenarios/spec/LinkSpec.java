package forkcast.scenarios.spec;

import java.util.List;

/**
 * {@code links[]:} a link between two sites; {@code layer2} is ethernet, dot1q or a number of bytes; {@code cacKbps} its
 * locations-CAC audio budget (F7), absent for none.
 */
public record LinkSpec(String id, List<String> between, Double mbps, Object layer2, List<DownSpec> down,
        Double cacKbps) implements Identified
{
}
