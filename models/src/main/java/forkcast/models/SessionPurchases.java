package forkcast.models;

import java.util.List;

import forkcast.models.calls.GatewayConfig;
import forkcast.models.metrics.CallMetrics;
import forkcast.models.metrics.ElementMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.sim.Purchase;
import forkcast.sim.metrics.LevelMetric;
import forkcast.sim.metrics.Metric;

/**
 * The Erlang-B lines of the bill: what to buy for an element that holds units per recording session (trunk dialogs,
 * recorder streams, CUBE sessions) or per call (gateway channels), at its blocking target, with what held its demand
 * back in the run.
 */
final class SessionPurchases
{
    private SessionPurchases()
    {
    }

    /**
     * What holds the demand on the recording path back, beyond the sessions that failed: refusals that a route list
     * advanced past, copies a forked recorder refused or a failure cut, calls a gateway or locations CAC refused. The
     * model counts refusals per reason, not per element, so an element's peak in use is taken as what it was asked
     * for only when none of these happened anywhere (a recorder behind a full trunk refuses nothing, yet is asked less).
     */
    static final List<Metric> HELD_BACK = List.of(RecordingMetrics.ROUTE_ADVANCES.total().of(),
            RecordingMetrics.COPIES_FAILED.total().of(), RecordingMetrics.COPIES_CUT.total().of(),
            CallMetrics.BLOCKED_AT_GATEWAY.total().of(), CallMetrics.BLOCKED_BY_CAC.total().of());

    /**
     * The calls refused before they could ask for a recording session: at a gateway, and by locations CAC (F7). Once
     * the bill's channels and budgets are bought they arrive, so the recording path's lines gross each interval's
     * load up by that interval's share of them too (assumption: they would be recorded in the same proportion as the
     * calls that connected; docs/answer.md).
     */
    private static final Purchase.RefusedCalls REFUSED_CALLS = new Purchase.RefusedCalls(
            CallMetrics.OFFERED.perInterval().of(), List.of(CallMetrics.BLOCKED_AT_GATEWAY.perInterval().of(),
                    CallMetrics.BLOCKED_BY_CAC.perInterval().of()));

    /**
     * Erlang-B sizing of element {@code id}, which holds {@code perSession} units of {@code inUse} per recording
     * session, at the blocking target; each interval's carried load is grossed up by that interval's share of sessions
     * lost and of calls refused, and the quantity is capped at the peak in use where nothing held the demand back.
     */
    static Purchase sessions(final String element, final String unit, final LevelMetric inUse,
            final String id, final double perSession, final Purchase.Setting setting)
    {
        return new Purchase(element, unit, Purchase.Method.ERLANG_B, inUse.perInterval().of(id), perSession,
                RecordingMetrics.BLOCKING_PROBABILITY.of().name(), 1)
                .carrying(new Purchase.Sessions("session", RecordingMetrics.REQUESTED.perInterval().of(),
                        RecordingMetrics.FAILED.perInterval().of(), inUse.peak().of(id), HELD_BACK, REFUSED_CALLS))
                .heldBy(setting);
    }

    /**
     * A gateway's channels by Erlang-B at the gateway-blocking target, one channel per call (Cisco sizes voice trunks
     * this way at P.01; docs/answer.md): each interval's carried channels grossed up by that interval's share of the
     * calls offered to the gateway that it refused, capped at the peak in use where no call was refused anywhere. A
     * call that locations CAC refused gave its channel back early, so it too holds the gateway's demand back.
     */
    static Purchase channels(final GatewayConfig g)
    {
        LevelMetric inUse = ElementMetrics.GATEWAY_CHANNELS;
        return new Purchase("gateway " + g.id() + " channels", "channels", Purchase.Method.ERLANG_B,
                inUse.perInterval().of(g.id()), 1, ElementMetrics.GATEWAY_BLOCKING.of(g.id()).name(), 1)
                .carrying(new Purchase.Sessions("call", ElementMetrics.GATEWAY_OFFERED.perInterval().of(g.id()),
                        ElementMetrics.GATEWAY_BLOCKED.perInterval().of(g.id()), inUse.peak().of(g.id()),
                        List.of(CallMetrics.BLOCKED_AT_GATEWAY.total().of(), CallMetrics.BLOCKED_BY_CAC.total().of()),
                        null))
                .heldBy(new Purchase.Setting("gateways." + g.id() + ".channels", 1, g.channels()));
    }
}
