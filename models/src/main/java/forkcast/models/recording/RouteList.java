package forkcast.models.recording;

/**
 * A route list of trunks (R20) with its distribution: top-down always starts at the first trunk; circular starts
 * each new session one trunk further than the previous one. Route advance then tries the others in order.
 */
public final class RouteList
{
    private final RouteListConfig config;
    private final SipTrunk[] trunks;
    private int next;

    public RouteList(final RouteListConfig config, final SipTrunk[] trunks)
    {
        this.config = config;
        this.trunks = trunks.clone();
    }

    /** @return where the next session starts in {@link #trunks()} */
    public int start()
    {
        if (!this.config.circular())
        {
            return 0;
        }
        int start = this.next;
        this.next = (this.next + 1) % this.trunks.length;
        return start;
    }

    /** @return the trunks in order; shared array, do not change it */
    public SipTrunk[] trunks()
    {
        return this.trunks;
    }

    public RouteListConfig config()
    {
        return this.config;
    }
}
