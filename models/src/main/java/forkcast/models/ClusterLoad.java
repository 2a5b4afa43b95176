package forkcast.models;

import forkcast.models.cucm.BhccAccount;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.cucm.CtiAccount;
import forkcast.models.cucm.NodeConfig;
import forkcast.models.metrics.ClusterMetrics;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.BusyHour;
import forkcast.sim.stats.MeasurementWindow;

/** Publishes the cluster's busy-hour call completions and CTI messages against {@link ClusterMetrics}. */
final class ClusterLoad
{
    private ClusterLoad()
    {
    }

    /**
     * Per node: BHCC in the cluster's busy hour (the nodes' figures add up to the cluster's) and in the node's own
     * busiest hour (held against its rating); CTI devices and lines per CTI Manager and for the cluster. Nothing
     * without nodes, so that a cluster seen as one box publishes what it always did.
     */
    private static void publishNodes(final ReplicationOutput out, final Equipment equipment,
            final Deployment deployment, final MeasurementWindow window, final BusyHour clusterBusyHour)
    {
        ClusterConfig cluster = deployment.cluster();
        if (cluster.nodes().isEmpty())
        {
            return;
        }
        BhccAccount bhcc = equipment.bhcc();
        CtiResources cti = CtiResources.of(deployment, window.end());
        for (int n = 0; n < cluster.nodes().size(); n++)
        {
            NodeConfig node = cluster.nodes().get(n);
            if (node.role().callProcessing())
            {
                double[] calls = bhcc.node(n).perInterval();
                out.put(ClusterMetrics.NODE_BHCC.of(node.id()), clusterBusyHour.total(calls));
                out.put(ClusterMetrics.NODE_BHCC_OWN.of(node.id()), BusyHour.of(window, calls).total(calls));
                out.putSeries(ClusterMetrics.NODE_BHCC_SERIES.of(node.id()), calls);
            }
            if (node.role().ctiManager())
            {
                out.put(ClusterMetrics.NODE_CTI_DEVICES.of(node.id()), cti.devices(n));
                out.put(ClusterMetrics.NODE_CTI_LINES.of(node.id()), cti.lines(n));
            }
        }
        out.put(ClusterMetrics.CTI_DEVICES.of(), cti.clusterDevices());
        out.put(ClusterMetrics.CTI_LINES.of(), cti.clusterLines());
    }

    static void publish(final ReplicationOutput out, final Equipment equipment, final Deployment deployment,
            final MeasurementWindow window)
    {
        ClusterConfig cluster = deployment.cluster();
        BhccAccount bhcc = equipment.bhcc();
        double[] total = bhcc.totalPerInterval();
        BusyHour busyHour = BusyHour.of(window, total);
        out.put(ClusterMetrics.BHCC_TOTAL.of(), busyHour.total(total));
        out.put(ClusterMetrics.BHCC_AGENT_CALLS.of(), busyHour.total(bhcc.agentCalls().perInterval()));
        out.put(ClusterMetrics.BHCC_RECORDING_CALLS.of(), busyHour.total(bhcc.recordingCalls().perInterval()));
        out.put(ClusterMetrics.BHCC_CONSULT_CALLS.of(), busyHour.total(bhcc.consultCalls().perInterval()));
        out.put(ClusterMetrics.BHCC_UTILIZATION.of(), busyHour.total(total) / cluster.bhccRating());
        out.putSeries(ClusterMetrics.BHCC_SERIES.of(), total);
        out.putSeries(ClusterMetrics.AGENT_CALLS_SERIES.of(), bhcc.agentCalls().perInterval());
        out.putSeries(ClusterMetrics.RECORDING_CALLS_SERIES.of(), bhcc.recordingCalls().perInterval());
        out.putSeries(ClusterMetrics.CONSULT_CALLS_SERIES.of(), bhcc.consultCalls().perInterval());
        publishNodes(out, equipment, deployment, window, busyHour);

        CtiAccount cti = equipment.cti();
        double[] ctiRate = cti.messagesPerSecond();
        double ctiMessages = cti.callEvents().total() + cti.recordingEvents().total() + cti.monitoringEvents().total();
        double ctiPeak = 0;
        for (double v : ctiRate)
        {
            ctiPeak = Math.max(ctiPeak, v);
        }
        out.put(ClusterMetrics.CTI_MEAN.of(), ctiMessages / window.length());
        out.put(ClusterMetrics.CTI_PEAK.of(), ctiPeak);
        out.put(ClusterMetrics.CTI_UTILIZATION.of(), ctiPeak / cluster.ctiRating());
        out.putSeries(ClusterMetrics.CTI_SERIES.of(), ctiRate);
        out.putSeries(ClusterMetrics.CTI_CALL_EVENTS.of(), cti.callEvents().perSecond());
        out.putSeries(ClusterMetrics.CTI_RECORDING_EVENTS.of(), cti.recordingEvents().perSecond());
        out.putSeries(ClusterMetrics.CTI_MONITORING_EVENTS.of(), cti.monitoringEvents().perSecond());
    }
}
