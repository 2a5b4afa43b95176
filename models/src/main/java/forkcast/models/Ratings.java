package forkcast.models;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import forkcast.models.calls.GatewayConfig;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.cucm.NodeConfig;
import forkcast.models.metrics.CallMetrics;
import forkcast.models.metrics.ClusterMetrics;
import forkcast.models.metrics.ElementMetrics;
import forkcast.models.metrics.LinkMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.models.network.DeductionClass;
import forkcast.models.network.LinkConfig;
import forkcast.models.recording.CubeConfig;
import forkcast.models.recording.DownWindow;
import forkcast.models.recording.MtpPoolConfig;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.RejectReason;
import forkcast.models.recording.TrunkConfig;
import forkcast.sim.Purchase;
import forkcast.sim.Rating;
import forkcast.sim.metrics.LevelMetric;
import forkcast.sim.metrics.Metric;

/**
 * A deployment's rated capacities: for each rated element, the metric its peak is read from, its limit, what to buy
 * for it (the bill of materials) and which refusals it causes (the headline's binding constraint). Everything the
 * planner's answer says about an element comes from its one entry here.
 */
final class Ratings
{
    private Ratings()
    {
    }

    /**
     * @return every rated capacity with the metric to compare against it, in a stable order: cluster BHCC, the
     *         nodes' BHCC, the CTI Managers' and the cluster's CTI devices and lines (with nodes), then gateways,
     *         trunks, recorders, CUBEs, MTP pools, links. Each entry also says what to buy for it (the bill of
     *         materials) and which refusals it causes (the headline's binding constraint); a new kind of rated element
     *         is one more entry here.
     */
    static List<Rating> of(final Deployment deployment)
    {
        ClusterConfig cluster = deployment.cluster();
        List<Rating> ratings = new ArrayList<>();
        ratings.add(new Rating("CUCM busy-hour call completions", ClusterMetrics.BHCC_TOTAL.of(), cluster.bhccRating(), false));
        // CTI is rated by the devices and lines CTI applications open, per CTI Manager and per cluster (SRND); the
        // message rate (cti.messagesPerSecond) is a load indicator with no published rating, so it has no verdict
        for (NodeConfig n : cluster.nodes())
        {
            if (n.role().callProcessing())
            {
                // the rating to ask of the node: its own busiest hour's completions, rounded up to 100 calls/h
                Metric own = ClusterMetrics.NODE_BHCC_OWN.of(n.id());
                ratings.add(new Rating("CUCM node " + n.id() + " busy-hour call completions (its busiest hour)",
                        own, n.bhccRating(), false)
                        .buying(new Purchase("CUCM node " + n.id() + " BHCC rating", "calls/h",
                                Purchase.Method.UTILISATION, own, 1, null, 100)
                                .heldBy(new Purchase.Setting("cluster.nodes." + n.id() + ".bhccRating", 1,
                                        n.bhccRating()))));
            }
        }
        for (NodeConfig n : cluster.nodes())
        {
            if (n.role().ctiManager())
            {
                ratings.add(new Rating("CTI Manager " + n.id() + " CTI-controlled devices",
                        ClusterMetrics.NODE_CTI_DEVICES.of(n.id()), n.ctiDevices(), false));
                ratings.add(new Rating("CTI Manager " + n.id() + " CTI-controlled lines",
                        ClusterMetrics.NODE_CTI_LINES.of(n.id()), n.ctiLines(), false));
            }
        }
        if (!cluster.nodes().isEmpty())
        {
            ratings.add(new Rating("cluster CTI-controlled devices", ClusterMetrics.CTI_DEVICES.of(),
                    cluster.ctiDevices(), false));
            ratings.add(new Rating("cluster CTI-controlled lines", ClusterMetrics.CTI_LINES.of(),
                    cluster.ctiLines(), false));
        }
        for (GatewayConfig g : deployment.gateways())
        {
            ratings.add(new Rating("gateway " + g.id() + " channels", ElementMetrics.GATEWAY_CHANNELS.peak().of(g.id()), g.channels(), true)
                    .buying(channels(g))
                    .losing(CallMetrics.BLOCKED_AT_GATEWAY.total().of()));
        }
        for (TrunkConfig t : deployment.trunks().stream().filter(t -> t.maxDialogs() != Integer.MAX_VALUE).toList())
        {
            ratings.add(new Rating("SIP trunk " + t.id() + " dialogs", ElementMetrics.TRUNK_DIALOGS.peak().of(t.id()), t.maxDialogs(), true)
                    .buying(sessions("SIP trunk " + t.id() + " dialogs", "dialogs", ElementMetrics.TRUNK_DIALOGS,
                            t.id(), 2, new Purchase.Setting("trunks." + t.id() + ".maxDialogs", 1, t.maxDialogs())))
                    .losing(failed(RejectReason.TRUNK_FULL)));
        }
        double settling = settling(deployment);
        for (RecorderConfig r : deployment.recorders())
        {
            ratings.add(new Rating("recorder " + r.id() + " streams", ElementMetrics.RECORDER_STREAMS.peak().of(r.id()), r.maxStreams(), true)
                    .buying(sessions("recorder " + r.id() + " streams", "streams", ElementMetrics.RECORDER_STREAMS,
                            r.id(), 2, new Purchase.Setting("recorders." + r.id() + ".maxStreams", 1, r.maxStreams())))
                    .buying(r.retentionDays().isPresent() ? List.of(storage(r, settling)) : List.of())
                    .losing(failed(RejectReason.RECORDER_FULL)));
            if (!Double.isInfinite(r.maxSetupsPerSecond()))
            {
                ratings.add(setupRate("recorder " + r.id(), ElementMetrics.RECORDER_SETUP.utilisation().of(r.id()),
                        r.maxSetupsPerSecond(), RejectReason.RECORDER_SETUP_TIMEOUT, "recorders." + r.id(),
                        setupOutages(deployment, r.down(), t -> r.id().equals(t.recorder()))));
            }
            if (r.storageTb().isPresent() && r.retentionDays().isPresent())
            {
                // the disk the retention period fills (docs/storage.md); a run that cannot say storage per day (no
                // busyHourShare, shorter than a day) has no retained figure and so no verdict on it
                ratings.add(new Rating("recorder " + r.id() + " storage retained (TB)",
                        ElementMetrics.RECORDER_RETAINED.of(r.id()), r.storageTb().getAsDouble(), false));
            }
        }
        for (CubeConfig c : deployment.cubes())
        {
            // R10: two inbound dialogs per session and two per forked copy; the bill's line is named for its unit, so
            // that its dialogs are not read as sessions
            ratings.add(new Rating("CUBE " + c.id() + " sessions (dialogs)", ElementMetrics.CUBE_SESSIONS.peak().of(c.id()),
                    c.deratedSessions(), true)
                    .buying(sessions("CUBE " + c.id() + " dialogs", "dialogs", ElementMetrics.CUBE_SESSIONS, c.id(),
                            2 + 2 * c.forkTo().size(),
                            new Purchase.Setting("cubes." + c.id() + ".maxSessions", c.callMovementDerating(),
                                    c.maxSessions())))
                    .losing(failed(RejectReason.CUBE_FULL)));
            if (!Double.isInfinite(c.maxSetupsPerSecond()))
            {
                ratings.add(setupRate("CUBE " + c.id(), ElementMetrics.CUBE_SETUP.utilisation().of(c.id()),
                        c.maxSetupsPerSecond(), RejectReason.CUBE_SETUP_TIMEOUT, "cubes." + c.id(),
                        setupOutages(deployment, c.down(), t -> c.id().equals(t.cube()))));
            }
        }
        for (MtpPoolConfig m : deployment.mtpPools())
        {
            ratings.add(new Rating("MTP pool " + m.id(), ElementMetrics.MTPS_IN_USE.peak().of(m.id()), m.size(), true)
                    .losing(failed(RejectReason.MTP_UNAVAILABLE)));
        }
        List<DeductionClass> cacClasses = deployment.cacClasses();
        for (LinkConfig l : deployment.links())
        {
            String goal = LinkMetrics.UTILIZATION.of(l.id()).name();
            ratings.add(new Rating("link " + l.id() + " Mbit/s (busier direction)", LinkMetrics.MBPS_PEAK.of(l.id()),
                    l.mbps(), false)
                    .buying(megabits(l, l.siteB(), goal), megabits(l, l.siteA(), goal)));
            if (l.hasCac())
            {
                // F7: CAC refuses what does not fit, so reaching the budget, or refusing, is FULL
                ratings.add(new Rating("link " + l.id() + " locations-CAC budget (kbit/s)",
                        LinkMetrics.CAC_KBPS.peak().of(l.id()), l.cacKbps(), true)
                        .buying(cacBudget(l, cacClasses), cacBandwidth(l, goal, cacClasses))
                        .losing(failed(RejectReason.LOCATION_CAC), CallMetrics.BLOCKED_BY_CAC.total().of())
                        // a deduction (80 or 160 kbit/s) that does not fit is refused short of the budget
                        .refusing(LinkMetrics.CAC_REFUSALS.total().of(l.id())));
            }
        }
        return ratings;
    }

    /**
     * The profile of set-ups over the run: the sessions asked for per interval. Its busiest interval over its mean
     * turns a set-up utilisation (a mean over the window) into the busiest interval's rate; assumption: each
     * element's share of the set-ups is the same in every interval (no per-element series of set-ups is measured).
     */
    private static final Metric SETUPS_OFFERED = RecordingMetrics.REQUESTED.perInterval().of();

    /**
     * F6: a recorder's or CUBE's set-up rate is sustained, so the measured mean load ({@code load}, 1 = every second of
     * set-up busy) is held against it, and the rate to buy is the busiest interval's, of a day without the element's
     * failures ({@code down}). The load is a share of the rate the element serves (a CUBE's derated), so load ×
     * {@code maxSetupsPerSecond} is in the setting's own terms: the line is held by {@code path}'s
     * {@code maxSetupsPerSecond} as it is.
     */
    private static Rating setupRate(final String element, final Metric load, final double maxSetupsPerSecond,
            final RejectReason timeout, final String path, final Purchase.Outages down)
    {
        return new Rating(element + " set-up rate (share of maxSetupsPerSecond)", load, 1.0, false)
                .buying(new Purchase(element + " set-up rate", "set-ups/s", Purchase.Method.UTILISATION, load,
                        maxSetupsPerSecond, load.name(), 0.1).downIn(down).peakedBy(SETUPS_OFFERED)
                        .heldBy(new Purchase.Setting(path + ".maxSetupsPerSecond", 1, maxSetupsPerSecond)))
                .losing(failed(timeout));
    }

    /**
     * The failures of an element with a set-up rate, {@code windows}, reached by the trunks {@code toIt}. A session
     * asks for its set-ups only when it starts, so the element serves none while it is down, and the sessions that
     * began meanwhile never ask it later (a forked copy is not made again, a route list keeps the session where it
     * advanced to); but new sessions ask it as soon as they reach it again, so its set-ups come back whole, without
     * the ramp of its streams: its load is its rate over the time it was up (docs/answer.md). They reach it again at
     * once, but not through a trunk whose OPTIONS ping marked it out of service: new recording calls skip that trunk
     * until the first answered ping, at most {@code pingIntervalOutOfService} after it came back
     * ({@link forkcast.models.recording.SipTimers}). That time, of the longest such trunk, is left out too (0 where
     * no trunk to it pings); where a forked copy or another trunk reached it sooner, its set-ups then make the line a
     * little high, never low.
     */
    private static Purchase.Outages setupOutages(final Deployment deployment, final List<DownWindow> windows,
            final Predicate<TrunkConfig> toIt)
    {
        double settling = deployment.trunks().stream().filter(toIt).filter(t -> t.timers().optionsPing())
                .mapToDouble(t -> t.timers().pingIntervalOutOfService()).max().orElse(0);
        return windows.isEmpty() ? Purchase.Outages.NONE
                : new Purchase.Outages(downs(windows), settling, null, SETUPS_OFFERED);
    }

    /** @return {@code windows} in the bill's terms: from when to when the element was down */
    private static List<Purchase.Down> downs(final List<DownWindow> windows)
    {
        return windows.stream().map(w -> new Purchase.Down(w.at(), w.at() + w.duration())).toList();
    }

    /**
     * What holds the demand on the recording path back, beyond the sessions that failed: refusals that a route list
     * advanced past, copies a forked recorder refused or a failure cut, calls a gateway or locations CAC refused. The
     * model counts refusals per reason, not per element, so an element's peak in use is taken as what it was asked
     * for only when none of these happened anywhere (a recorder behind a full trunk refuses nothing, yet is asked less).
     */
    private static final List<Metric> HELD_BACK = List.of(RecordingMetrics.ROUTE_ADVANCES.total().of(),
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
    private static Purchase sessions(final String element, final String unit, final LevelMetric inUse,
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
    private static Purchase channels(final GatewayConfig g)
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

    /**
     * The disk a recorder fills in its retention period. Its storage per day is what the run recorded; a recorder
     * that was down in the run recorded nothing meanwhile, nor the sessions that began meanwhile once it was back, and
     * a day is not down, so the line scales to its steady rate: its received Mbit/s per session requested over the
     * intervals clear of its windows and their {@code settling}, times the sessions requested over the window
     * (docs/answer.md, docs/storage.md).
     */
    private static Purchase storage(final RecorderConfig r, final double settling)
    {
        Purchase storage = new Purchase("recorder " + r.id() + " storage (" + r.retentionDays().getAsInt()
                + " days retained)", "TB", Purchase.Method.UTILISATION, ElementMetrics.RECORDER_RETAINED.of(r.id()), 1,
                null, 0.1)
                .downIn(new Purchase.Outages(downs(r.down()), settling,
                        ElementMetrics.RECORDER_INGRESS.perInterval().of(r.id()),
                        RecordingMetrics.REQUESTED.perInterval().of()));
        // held by the disk the scenario declares; without storageTb there is no disk to compare the line with
        return r.storageTb().isEmpty() ? storage
                : storage.heldBy(new Purchase.Setting("recorders." + r.id() + ".storageTb", 1,
                        r.storageTb().getAsDouble()));
    }

    /** Mean holding times after a failure by which an element's load is taken to be back (see {@link #settling}). */
    private static final double SETTLING_HOLDING_TIMES = 3;

    /**
     * How long after a failure ends its element's load takes to come back: the sessions that began while it was down
     * end as their calls do, so the share of the steady load still missing t seconds after it came back is the share
     * of calls in progress then that began before, e^(−t / mean holding time) for exponential holding times: 5% after
     * 3 mean holding times, of the longest traffic's (an assumption; a holding time with a longer tail than the
     * exponential's settles later).
     */
    private static double settling(final Deployment deployment)
    {
        return SETTLING_HOLDING_TIMES * deployment.traffic().stream()
                .mapToDouble(t -> t.holdingTime().mean()).max().orElse(0);
    }

    /**
     * A link direction's megabits at the link's utilisation target. One {@code mbps} is the link's capacity in each
     * direction, so both directions' lines are held by it (the confirming run sets the larger).
     */
    private static Purchase megabits(final LinkConfig l, final String toward, final String goal)
    {
        return new Purchase("link " + l.id() + " toward " + toward, "Mbit/s", Purchase.Method.UTILISATION,
                LinkMetrics.TOWARD_MBPS_PEAK.of(l.id(), toward), 1, goal, 0.1).heldBy(mbps(l));
    }

    /** The link's capacity per direction, the setting that holds its Mbit/s lines. */
    private static Purchase.Setting mbps(final LinkConfig l)
    {
        return new Purchase.Setting("links." + l.id() + ".mbps", 1, l.mbps());
    }

    /** The step of a CAC budget, kbit/s: the budget is configured in whole multiples of it. */
    private static final double CAC_STEP = 8;

    /**
     * F7: a locations-CAC budget is a multi-rate loss system (a call of each codec deducts its fixed size, complete
     * sharing), so the budget to configure is the Kaufman–Roberts size at the cacBlocking target on each deduction
     * class's offered load (docs/locations-cac.md, docs/answer.md), in whole multiples of 8 kbit/s.
     */
    private static Purchase cacBudget(final LinkConfig l, final List<DeductionClass> classes)
    {
        return new Purchase("link " + l.id() + " locations-CAC budget", "kbit/s", Purchase.Method.KAUFMAN_ROBERTS,
                LinkMetrics.CAC_KBPS.peak().of(l.id()), 1, LinkMetrics.CAC_BLOCKING.of(l.id()).name(), CAC_STEP)
                .sharedBy(cacShared(l, classes))
                .heldBy(new Purchase.Setting("links." + l.id() + ".cacKbps", 1, l.cacKbps()));
    }

    /**
     * The WAN bandwidth behind that budget: the budget the bill sizes (deductions, which include the IP overhead, F7)
     * in Mbit/s at the link's utilisation target, so the link can carry every call CAC admits: the link's {@code mbps}
     * holds it.
     */
    private static Purchase cacBandwidth(final LinkConfig l, final String goal, final List<DeductionClass> classes)
    {
        return new Purchase("link " + l.id() + " bandwidth behind its CAC budget", "Mbit/s",
                Purchase.Method.KAUFMAN_ROBERTS, LinkMetrics.CAC_KBPS.peak().of(l.id()), 0.001, goal, 0.1)
                .sharedBy(cacShared(l, classes)).heldBy(mbps(l));
    }

    /**
     * What holds a CAC budget's demand back beyond {@link #HELD_BACK}: recording sessions that failed for any reason
     * (a recording call the recorder, trunk or CUBE refused gave its deduction back at once, and holds it for the
     * session once they are bought) and recording calls any budget refused, route advance included.
     */
    private static final List<Metric> CAC_HELD_BACK = List.of(RecordingMetrics.FAILED.total().of(),
            RecordingMetrics.REJECTED_FOR.of(RejectReason.LOCATION_CAC.key()));

    /** The deduction classes sharing link {@code l}'s budget, judged on its blocking; what holds its demand back. */
    private static Purchase.SharedCapacity cacShared(final LinkConfig l, final List<DeductionClass> classes)
    {
        List<Purchase.CallClass> calls = classes.stream().map(c -> new Purchase.CallClass(c.name(),
                c.bitsPerSecond() / 1000.0, LinkMetrics.CAC_CLASS_ERLANGS.of(l.id(), c.name()),
                LinkMetrics.CAC_CLASS_REQUESTS.of(l.id(), c.name()),
                LinkMetrics.CAC_CLASS_REFUSALS.of(l.id(), c.name()))).toList();
        List<Metric> heldBack = new ArrayList<>(HELD_BACK);
        heldBack.addAll(CAC_HELD_BACK);
        return new Purchase.SharedCapacity(LinkMetrics.CAC_BLOCKING.of(l.id()).name(), "kbit/s", CAC_STEP, calls,
                heldBack);
    }

    private static Metric failed(final RejectReason reason)
    {
        return RecordingMetrics.FAILED_FOR.total().of(reason.key());
    }
}
