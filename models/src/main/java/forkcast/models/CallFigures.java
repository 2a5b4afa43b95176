package forkcast.models;

import forkcast.models.cucm.CallCounters;
import forkcast.models.cucm.TonePlan;
import forkcast.models.metrics.CallMetrics;
import forkcast.sim.ReplicationOutput;

/** Publishes what call control counted against {@link CallMetrics}. */
final class CallFigures
{
    private CallFigures()
    {
    }

    static void publish(final ReplicationOutput out, final Equipment equipment)
    {
        CallCounters cc = equipment.callControl().counters();
        out.put(CallMetrics.OFFERED, cc.offered());
        out.put(CallMetrics.CONNECTED, cc.connected());
        out.put(CallMetrics.BLOCKED_AT_GATEWAY, cc.blockedAtGateway());
        out.put(CallMetrics.BLOCKED_AT_AGENTS, cc.blockedAtAgents());
        out.put(CallMetrics.BLOCKED_BY_CAC, cc.blockedByCac());
        out.put(CallMetrics.ABANDONED, cc.abandoned());
        out.put(CallMetrics.QUEUED_AT_END.of(), equipment.waitingCalls());
        out.put(CallMetrics.HELD, cc.held());
        out.put(CallMetrics.TRANSFERRED, cc.transferred());
        out.put(CallMetrics.CONFERENCED, cc.conferenced());
        out.put(CallMetrics.FEATURE_FAILED, cc.featureFailed());
        out.put(CallMetrics.MONITORING_STARTED, cc.monitoringStarted());
        out.put(CallMetrics.MONITORING_FAILED, cc.monitoringFailed());
        TonePlan tones = equipment.tones();
        out.put(CallMetrics.SECURE_TONES, tones.secure());
        out.put(CallMetrics.RECORDING_TONES_TO_AGENT, tones.recordingToAgent());
        out.put(CallMetrics.RECORDING_TONES_TO_CUSTOMER, tones.recordingToCustomer());
        out.put(CallMetrics.MONITORING_TONES_PLAYED, tones.monitoringPlayed());
        out.put(CallMetrics.MONITORING_TONES_SUPPRESSED, tones.monitoringSuppressed());
    }
}
