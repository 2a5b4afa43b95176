package forkcast.models;

import forkcast.models.cucm.BhccAccount;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.cucm.CtiAccount;
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

    static void publish(final ReplicationOutput out, final Equipment equipment, final ClusterConfig cluster,
            final MeasurementWindow window)
    {
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
