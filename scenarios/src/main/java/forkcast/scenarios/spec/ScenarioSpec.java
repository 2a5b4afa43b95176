package forkcast.scenarios.spec;

import java.util.List;

/** A whole scenario file (SPEC section 6). */
public record ScenarioSpec(String name, String description, Long seed, RunSpec run, ClusterSpec cluster,
        List<SiteSpec> sites, List<LinkSpec> links, List<RecorderSpec> recorders, List<CubeSpec> cubes,
        List<MtpPoolSpec> mtpPools, List<TrunkSpec> trunks, List<RouteListSpec> routeLists,
        List<RecordingProfileSpec> recordingProfiles, List<GatewaySpec> gateways, List<AgentGroupSpec> agentGroups,
        List<TrafficSpec> traffic, List<VariantSpec> variants, TargetsSpec targets)
{
}
