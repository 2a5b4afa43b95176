package forkcast.models.calls;

import java.util.List;

/**
 * What a call drew when it arrived, fixed for its life: its traffic stream, whether it is secure, its holding time
 * and patience, whether selective recording will start and when, its features (hold, transfer, conference), whether
 * a supervisor monitors it, and the gateways in its path. A leg on another agent's line (F8) and a consult call (F3)
 * take the draws of the call they belong to. The codec is drawn too but changes with a conference (R34), so it is
 * kept by {@link Call} with the rest of the call's life.
 *
 * <p>{@link Call} extends this rather than holding it, so a call stays one object on the arrival path.
 */
public abstract class CallDraws
{
    private static final boolean[] NO_GATEWAYS = new boolean[0];

    private final long id;
    private final TrafficSource source;
    private final boolean secure;
    private final double holdingTime;
    private final double patience;
    private final boolean selected;
    private final double selectiveDelay;
    private final CallFeatures features;
    private final List<Gateway> gateways;
    private final boolean consultCall;
    private final boolean monitored;
    private final boolean[] gatewaysCanFork;
    /** On a line set to selective recording within an automatically recorded group (selective.share there). */
    final boolean selectiveLine;

    /**
     * @param selected for a selectively recorded line: whether recording will be started for this call
     * @param selectiveDelay for a selectively recorded line: seconds from connect to the start request
     */
    CallDraws(final long id, final TrafficSource source, final boolean secure, final double holdingTime,
            final double patience, final boolean selected, final double selectiveDelay, final CallFeatures features,
            final boolean monitored)
    {
        this.monitored = monitored;
        this.id = id;
        this.source = source;
        this.secure = secure;
        this.holdingTime = holdingTime;
        this.patience = patience;
        this.selected = selected;
        this.selectiveDelay = selectiveDelay;
        this.features = features;
        this.gateways = source.gateways();
        this.gatewaysCanFork = source.gatewaysCanFork();
        this.consultCall = false;
        this.selectiveLine = selected && source.group().config().line().recording() == RecordingOption.AUTOMATIC;
    }

    /** The draws of a leg of {@code parent} on another agent's line (F3, F8): its own id, no gateway, no features. */
    CallDraws(final long id, final CallDraws parent, final boolean recorded, final boolean consultCall)
    {
        this.id = id;
        this.source = parent.source;
        this.secure = parent.secure;
        this.holdingTime = 0;
        this.patience = 0;
        this.selected = recorded;
        this.selectiveDelay = 0;
        this.features = CallFeatures.PLAIN;
        this.gateways = List.of();
        this.gatewaysCanFork = NO_GATEWAYS;
        this.consultCall = consultCall;
        this.monitored = false;
        this.selectiveLine = false;
    }

    public long id()
    {
        return this.id;
    }

    public TrafficSource source()
    {
        return this.source;
    }

    public boolean secure()
    {
        return this.secure;
    }

    public double holdingTime()
    {
        return this.holdingTime;
    }

    public double patience()
    {
        return this.patience;
    }

    public CallFeatures features()
    {
        return this.features;
    }

    /** @return true when a supervisor silently monitors the call */
    public boolean monitored()
    {
        return this.monitored;
    }

    /** @return true for a consult call between two agents (F3) */
    public boolean consultCall()
    {
        return this.consultCall;
    }

    /** @return the gateways in the call's path, in order (none for a consult call) */
    public List<Gateway> gateways()
    {
        return this.gateways;
    }

    /**
     * @return for each gateway in the path whether it can fork this call (R8, R16, R23, R29); shared array, do not
     *         change it. F5: a gateway stays able to fork while it is in the call's path, across hold, transfer and
     *         conference alike.
     */
    public boolean[] gatewaysCanFork()
    {
        return this.gatewaysCanFork;
    }

    /** @return whether selective recording will be started for this call (R3, R4) */
    public boolean selected()
    {
        return this.selected;
    }

    public double selectiveDelay()
    {
        return this.selectiveDelay;
    }
}
