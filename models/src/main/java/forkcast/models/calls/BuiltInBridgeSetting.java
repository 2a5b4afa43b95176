package forkcast.models.calls;

/** A phone's built-in bridge setting (R22): on, off, or the cluster's default. */
public enum BuiltInBridgeSetting
{
    ON, OFF, DEFAULT;

    /** @return whether the bridge is on, given the cluster-wide default (R22: the phone overrides unless DEFAULT) */
    public boolean effective(final boolean clusterDefault)
    {
        return this == DEFAULT ? clusterDefault : this == ON;
    }
}
