package forkcast.models.recording;

/**
 * A recording profile (R17): where a line's recording calls go. Its calling search space and destination address
 * reach, through a route pattern (R20), one SIP trunk or a route list of trunks.
 *
 * @param id profile id
 * @param trunk the trunk its route pattern points at, or null
 * @param routeList the route list its route pattern points at, or null (exactly one of the two is set)
 */
public record RecordingProfileConfig(String id, String trunk, String routeList)
{
    public RecordingProfileConfig
    {
        if ((trunk == null) == (routeList == null))
        {
            throw new IllegalArgumentException("recording profile " + id + " points at a trunk or a route list");
        }
    }

    /** A profile whose route pattern points at one trunk. */
    public RecordingProfileConfig(final String id, final String trunk)
    {
        this(id, trunk, null);
    }
}
