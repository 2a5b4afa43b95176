package forkcast.models;

import java.util.List;

import forkcast.models.calls.GatewayConfig;
import forkcast.models.recording.CubeConfig;
import forkcast.models.recording.RecorderConfig;
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
    private static final Purchase.Refusals REFUSED_CALLS = new Purchase.Refusals(
            CallMetrics.OFFERED.perInterval().of(), List.of(CallMetrics.BLOCKED_AT_GATEWAY.perInterval().of(),
                    CallMetrics.BLOCKED_BY_CAC.perInterval().of()), "calls refused at gateways and by locations CAC",
            "the refused calls would have asked for sessions in the same proportion as the connected ones");

    /**
     * Erlang-B sizing of element {@code id}, which holds {@code perSession} units of {@code inUse} per recording
     * session, at the blocking target; each interval's carried load is grossed up by that interval's share of sessions
     * lost and of calls refused, and the quantity is capped at the peak in use where nothing held the demand back.
     */
    static Purchase sessions(final String element, final String unit, final LevelMetric inUse,
            final String id, final double perSession, final Purchase.Setting setting)
    {
        return sessions(element, unit, inUse, id, perSession, setting, List.of(REFUSED_CALLS));
    }

    /** As {@link #sessions(String, String, LevelMetric, String, double, Purchase.Setting)}, grossed up by {@code refusals}. */
    private static Purchase sessions(final String element, final String unit, final LevelMetric inUse,
            final String id, final double perSession, final Purchase.Setting setting,
            final List<Purchase.Refusals> refusals)
    {
        return new Purchase(element, unit, Purchase.Method.ERLANG_B, inUse.perInterval().of(id), perSession,
                RecordingMetrics.BLOCKING_PROBABILITY.of().name(), 1)
                .carrying(new Purchase.Sessions("session", RecordingMetrics.REQUESTED.perInterval().of(),
                        RecordingMetrics.FAILED.perInterval().of(), inUse.peak().of(id), HELD_BACK, refusals))
                .heldBy(setting);
    }

    /**
     * A recorder's streams: the session lines' purchase, and for a recorder a CUBE forks to (R10), grossed up further
     * by the share of the copies forked to it that it refused while their session stood on another recorder. Such a
     * copy is no session lost, so the sessions' share does not count it; without it, a recorder that refused copies
     * was billed for the copies it took only (docs/answer.md).
     *
     * @param forkedTo whether a CUBE forks to it ({@link Deployment#cubeForksTo}): only then are its copies counted
     */
    static Purchase streams(final RecorderConfig r, final boolean forkedTo)
    {
        Purchase.Setting setting = new Purchase.Setting("recorders." + r.id() + ".maxStreams", 1, r.maxStreams());
        String element = "recorder " + r.id() + " streams";
        if (!forkedTo)
        {
            return sessions(element, "streams", ElementMetrics.RECORDER_STREAMS, r.id(), 2, setting);
        }
        return sessions(element, "streams", ElementMetrics.RECORDER_STREAMS, r.id(), 2, setting, List.of(REFUSED_CALLS,
                new Purchase.Refusals(ElementMetrics.RECORDER_COPIES_FORKED.perInterval().of(r.id()),
                        List.of(ElementMetrics.RECORDER_COPIES_REFUSED.perInterval().of(r.id())),
                        "the copies CUBE forked to it that it refused while their session stood",
                        "once it has the streams it takes them as it took the others")));
    }

    /**
     * A CUBE's dialogs, R10: two inbound per session and two per forked copy, grossed up further by the share of the
     * dialogs its legs asked that its recorders refused while the session stood: a refused copy leaves its two
     * outbound dialogs unused (docs/answer.md).
     */
    static Purchase cubeDialogs(final CubeConfig c)
    {
        // named for its unit, so that its dialogs are not read as sessions
        return sessions("CUBE " + c.id() + " dialogs", "dialogs", ElementMetrics.CUBE_SESSIONS, c.id(),
                2 + 2 * c.forkTo().size(),
                new Purchase.Setting("cubes." + c.id() + ".maxSessions", c.callMovementDerating(), c.maxSessions()),
                List.of(REFUSED_CALLS, new Purchase.Refusals(ElementMetrics.CUBE_DIALOGS_ASKED.perInterval().of(c.id()),
                        List.of(ElementMetrics.CUBE_DIALOGS_REFUSED.perInterval().of(c.id())),
                        "the dialogs of copies its recorders refused while their session stood",
                        "once the recorders take them the CUBE holds their dialogs as the others")));
    }

    /**
     * A gateway's channels by Erlang-B at the gateway-blocking target, one channel per call (Cisco sizes voice trunks
     * this way at P.01; docs/answer.md): each interval's carried channels grossed up by that interval's share of the
     * calls offered to the gateway that it refused, and by its share of the calls that took a channel and that
     * locations CAC then refused (F7: they gave their channels back early; once the budget is bought they hold them),
     * capped at the peak in use where no call was refused anywhere.
     */
    static Purchase channels(final GatewayConfig g)
    {
        LevelMetric inUse = ElementMetrics.GATEWAY_CHANNELS;
        return new Purchase("gateway " + g.id() + " channels", "channels", Purchase.Method.ERLANG_B,
                inUse.perInterval().of(g.id()), 1, ElementMetrics.GATEWAY_BLOCKING.of(g.id()).name(), 1)
                .carrying(new Purchase.Sessions("call", ElementMetrics.GATEWAY_OFFERED.perInterval().of(g.id()),
                        ElementMetrics.GATEWAY_BLOCKED.perInterval().of(g.id()), inUse.peak().of(g.id()),
                        List.of(CallMetrics.BLOCKED_AT_GATEWAY.total().of(), CallMetrics.BLOCKED_BY_CAC.total().of()),
                        List.of(new Purchase.Refusals(ElementMetrics.GATEWAY_SEIZED.perInterval().of(g.id()),
                                List.of(ElementMetrics.GATEWAY_REFUSED_BY_CAC.perInterval().of(g.id())),
                                "calls that took a channel and that locations CAC then refused",
                                "once the budget is bought they hold their channels as long as the connected"
                                        + " calls"))))
                .heldBy(new Purchase.Setting("gateways." + g.id() + ".channels", 1, g.channels()));
    }
}
