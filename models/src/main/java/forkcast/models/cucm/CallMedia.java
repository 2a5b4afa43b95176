package forkcast.models.cucm;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Call;
import forkcast.models.calls.CallDirection;
import forkcast.models.calls.TrafficSource;
import forkcast.models.network.MediaNetwork;

/**
 * The calls' own media on the links (not the forked recording streams): one stream each way between the agent's phone
 * and the first gateway in the path; for an internal call from another agent group, and for a consult call, one
 * stream each way between the two agents' sites; an internal call from an unmodelled phone stays at the agent's site.
 */
final class CallMedia
{
    private final MediaNetwork network;

    CallMedia(final MediaNetwork network)
    {
        this.network = network;
    }

    /** The call's media starts (+1) or stops (-1). */
    void call(final Call call, final double now, final int sign)
    {
        TrafficSource source = call.source();
        Call peer = call.peer();
        if (peer != null)
        {
            consult(call, call.group(), peer.group(), now, sign);
            return;
        }
        if (source.config().direction() == CallDirection.INTERNAL || source.gateways().isEmpty())
        {
            return;
        }
        int phone = call.group().siteIndex();
        int farEnd = source.gateways().get(0).siteIndex();
        this.network.stream(now, phone, farEnd, call.codec(), call.secure(), false, sign);
        this.network.stream(now, farEnd, phone, call.codec(), call.secure(), false, sign);
    }

    /** A consult call's media between {@code consulting} and {@code target} starts (+1) or stops (-1). */
    void consult(final Call consult, final AgentGroup consulting, final AgentGroup target, final double now,
            final int sign)
    {
        this.network.stream(now, consulting.siteIndex(), target.siteIndex(), consult.codec(), consult.secure(), false,
                sign);
        this.network.stream(now, target.siteIndex(), consulting.siteIndex(), consult.codec(), consult.secure(), false,
                sign);
    }
}
