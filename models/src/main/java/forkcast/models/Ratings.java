package forkcast.models;

import java.util.ArrayList;
import java.util.List;

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
import forkcast.models.recording.MtpPoolConfig;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.RejectReason;
import forkcast.models.recording.TrunkConfig;
import forkcast.sim.Purchase;
import forkcast.sim.Rating;
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
                    .buying(SessionPurchases.channels(g))
                    .losing(CallMetrics.BLOCKED_AT_GATEWAY.total().of()));
        }
        for (TrunkConfig t : deployment.trunks().stream().filter(t -> t.maxDialogs() != Integer.MAX_VALUE).toList())
        {
            ratings.add(new Rating("SIP trunk " + t.id() + " dialogs", ElementMetrics.TRUNK_DIALOGS.peak().of(t.id()), t.maxDialogs(), true)
                    .buying(SessionPurchases.sessions("SIP trunk " + t.id() + " dialogs", "dialogs",
                            ElementMetrics.TRUNK_DIALOGS, t.id(), 2,
                            new Purchase.Setting("trunks." + t.id() + ".maxDialogs", 1, t.maxDialogs())))
                    .losing(failed(RejectReason.TRUNK_FULL)));
        }
        double settling = SteadyRatePurchases.settling(deployment);
        for (RecorderConfig r : deployment.recorders())
        {
            ratings.add(new Rating("recorder " + r.id() + " streams", ElementMetrics.RECORDER_STREAMS.peak().of(r.id()), r.maxStreams(), true)
                    .buying(SessionPurchases.streams(r, deployment.cubeForksTo(r.id())))
                    .buying(r.retentionDays().isPresent() ? List.of(SteadyRatePurchases.storage(r, settling))
                            : List.of())
                    .losing(failed(RejectReason.RECORDER_FULL)));
            if (!Double.isInfinite(r.maxSetupsPerSecond()))
            {
                ratings.add(setupRate("recorder " + r.id(), ElementMetrics.RECORDER_SETUP.utilisation().of(r.id()),
                        r.maxSetupsPerSecond(), RejectReason.RECORDER_SETUP_TIMEOUT, "recorders." + r.id(),
                        SteadyRatePurchases.setupOutages(deployment, r.down(), t -> r.id().equals(t.recorder()))));
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
                    .buying(SessionPurchases.cubeDialogs(c))
                    .losing(failed(RejectReason.CUBE_FULL)));
            if (!Double.isInfinite(c.maxSetupsPerSecond()))
            {
                ratings.add(setupRate("CUBE " + c.id(), ElementMetrics.CUBE_SETUP.utilisation().of(c.id()),
                        c.maxSetupsPerSecond(), RejectReason.CUBE_SETUP_TIMEOUT, "cubes." + c.id(),
                        SteadyRatePurchases.setupOutages(deployment, c.down(), t -> c.id().equals(t.cube()))));
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
                    .buying(LinkPurchases.megabits(l, l.siteB(), goal), LinkPurchases.megabits(l, l.siteA(), goal)));
            if (l.hasCac())
            {
                // F7: CAC refuses what does not fit, so reaching the budget, or refusing, is FULL
                ratings.add(new Rating("link " + l.id() + " locations-CAC budget (kbit/s)",
                        LinkMetrics.CAC_KBPS.peak().of(l.id()), l.cacKbps(), true)
                        .buying(LinkPurchases.cacBudget(l, cacClasses), LinkPurchases.cacBandwidth(l, goal, cacClasses))
                        .losing(failed(RejectReason.LOCATION_CAC), CallMetrics.BLOCKED_BY_CAC.total().of())
                        // a deduction (80 or 160 kbit/s) that does not fit is refused short of the budget
                        .refusing(LinkMetrics.CAC_REFUSALS.total().of(l.id())));
            }
        }
        return ratings;
    }

    /**
     * A recorder's or CUBE's set-up rate, judged as the share of {@code maxSetupsPerSecond} its set-ups kept busy;
     * what to buy for it is {@link SteadyRatePurchases#setupRate}'s line, and its refusals are its set-up time-outs.
     */
    private static Rating setupRate(final String element, final Metric load, final double maxSetupsPerSecond,
            final RejectReason timeout, final String path, final Purchase.Outages down)
    {
        return new Rating(element + " set-up rate (share of maxSetupsPerSecond)", load, 1.0, false)
                .buying(SteadyRatePurchases.setupRate(element, load, maxSetupsPerSecond, path, down))
                .losing(failed(timeout));
    }

    private static Metric failed(final RejectReason reason)
    {
        return RecordingMetrics.FAILED_FOR.total().of(reason.key());
    }
}
