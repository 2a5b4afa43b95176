package forkcast.models.cucm;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Call;
import forkcast.models.calls.CallDirection;
import forkcast.models.calls.TrafficSource;
import forkcast.models.network.LocationsCac;
import forkcast.models.network.MediaNetwork;

/**
 * The calls' own media on the links (not the forked recording streams): one stream each way between the agent's phone
 * and the first gateway in the path; for an internal call from another agent group, and for a consult call, one
 * stream each way between the two agents' sites; an internal call from an unmodelled phone stays at the agent's site.
 * Between the same two ends, locations CAC (F7) admits the call and holds its codec's deduction until it ends.
 */
final class CallMedia
{
    private static final int NO_SITE = -1;

    private final MediaNetwork network;
    private final LocationsCac cac;

    CallMedia(final MediaNetwork network)
    {
        this.network = network;
        this.cac = network.cac();
    }

    /**
     * F7: admit the call's media, as answered by an agent of {@code group}, through locations CAC; the call then holds
     * its codec's deduction on every budgeted link between the agent's site and the far end.
     * @return false when a link on the way has no room (nothing is held then)
     */
    boolean admit(final Call call, final AgentGroup group, final double now)
    {
        return admitBetween(call, group.siteIndex(), farEnd(call), now);
    }

    /** F7: admit a consult call between the two agents' sites, as {@link #admit}. */
    boolean admitConsult(final Call consult, final AgentGroup consulting, final AgentGroup target, final double now)
    {
        return admitBetween(consult, consulting.siteIndex(), target.siteIndex(), now);
    }

    private boolean admitBetween(final Call call, final int from, final int to, final double now)
    {
        if (to == NO_SITE || from == to)
        {
            return true;
        }
        int deduction = call.codec().cacBitsPerSecond();
        if (!this.cac.admit(now, from, to, deduction))
        {
            return false;
        }
        call.cacHeld(from, to, deduction);
        return true;
    }

    /** F7: the call gives back the deduction it holds, if any. */
    void releaseCac(final Call call, final double now)
    {
        if (call.holdsCac())
        {
            this.cac.release(now, call.cacFromSite(), call.cacToSite(), call.cacBitsPerSecond(), 1);
            call.cacReleased();
        }
    }

    /** @return the site of the call's far end, or {@link #NO_SITE} when its media stays at the agent's site */
    private static int farEnd(final Call call)
    {
        TrafficSource source = call.source();
        if (call.peer() != null)
        {
            return call.peer().group().siteIndex();
        }
        if (source.callerGroup() != null)
        {
            return source.callerGroup().siteIndex();
        }
        if (source.config().direction() == CallDirection.INTERNAL || source.gateways().isEmpty())
        {
            return NO_SITE;
        }
        return source.gateways().get(0).siteIndex();
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
