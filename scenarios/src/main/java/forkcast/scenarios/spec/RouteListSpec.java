package forkcast.scenarios.spec;

import java.util.List;

/** {@code routeLists[]:} ordered trunks with a distribution, top-down or circular (R20). */
public record RouteListSpec(String id, String distribution, List<String> trunks, Boolean sharedStorage)
        implements Identified
{
}
