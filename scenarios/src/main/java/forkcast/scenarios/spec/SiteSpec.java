package forkcast.scenarios.spec;

/** {@code sites[]:} a site. */
public record SiteSpec(String id)
{
}
