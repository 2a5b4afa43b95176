package forkcast.models.recording;

/**
 * Where a recording profile's route pattern points (R17, R20): one trunk, or a route list whose distribution gives
 * the order of its trunks.
 */
public final class RecordingRoute
{
    private final SipTrunk[] single;
    private final RouteList routeList;

    private RecordingRoute(final SipTrunk trunk, final RouteList routeList)
    {
        this.single = trunk == null ? null : new SipTrunk[] {trunk};
        this.routeList = routeList;
    }

    public static RecordingRoute of(final SipTrunk trunk)
    {
        return new RecordingRoute(trunk, null);
    }

    public static RecordingRoute of(final RouteList routeList)
    {
        return new RecordingRoute(null, routeList);
    }

    /** @return the trunks to try; shared array */
    public SipTrunk[] trunks()
    {
        return this.single != null ? this.single : this.routeList.trunks();
    }

    /** @return the index to start at for a new session (advances a circular route list) */
    public int start()
    {
        return this.single != null ? 0 : this.routeList.start();
    }

    /** @return the first destination's trunk, whose recorder decides the authenticated-phone policy (R33) */
    public SipTrunk first()
    {
        return trunks()[0];
    }
}
