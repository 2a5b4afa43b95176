package forkcast.models;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Gateway;
import forkcast.models.metrics.ElementMetrics;
import forkcast.models.metrics.SetupQueueMetrics;
import forkcast.models.recording.CubeMediaProxy;
import forkcast.models.recording.MtpPool;
import forkcast.models.recording.Recorder;
import forkcast.models.recording.RecordingStatistics;
import forkcast.models.recording.SetupQueue;
import forkcast.models.recording.SipTrunk;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.TimeWeightedLevel;

/** Publishes each element's occupancy and bandwidth against {@link ElementMetrics}, in the configuration's order. */
final class ElementFigures
{
    private static final double MBPS = 1e6;

    private ElementFigures()
    {
    }

    static void publish(final ReplicationOutput out, final Equipment equipment, final Deployment deployment,
            final StorageFigures storage)
    {
        for (Recorder r : equipment.recorders())
        {
            out.put(ElementMetrics.RECORDER_INGRESS, r.ingress(), MBPS, r.config().id());
        }
        out.put(ElementMetrics.FORK_BANDWIDTH, equipment.recording().statistics().forkBitsPerSecond(), MBPS);
        TimeWeightedLevel source = equipment.recording().statistics().sourceForkBitsPerSecond();
        out.put(ElementMetrics.SOURCE_FORK_MEAN.of(), source.mean() / MBPS);
        out.put(ElementMetrics.SOURCE_FORK_PEAK.of(), source.peak() / MBPS);
        for (Recorder r : equipment.recorders())
        {
            String id = r.config().id();
            out.put(ElementMetrics.RECORDER_STREAMS, r.streams(), 1, id);
            if (deployment.cubeForksTo(id))
            {
                out.put(ElementMetrics.RECORDER_COPIES_FORKED, r.copiesForked(), id);
                out.put(ElementMetrics.RECORDER_COPIES_REFUSED, r.copiesRefused(), id);
            }
            storage.recorder(out, r);
            setupQueue(out, ElementMetrics.RECORDER_SETUP, r.setupQueue(), id);
        }
        storage.totals(out, equipment.recorders().size());
        for (SipTrunk t : equipment.trunks())
        {
            out.put(ElementMetrics.TRUNK_DIALOGS, t.dialogs(), 1, t.config().id());
        }
        for (CubeMediaProxy c : equipment.cubes())
        {
            String id = c.config().id();
            out.put(ElementMetrics.CUBE_SESSIONS, c.dialogs(), 1, id);
            out.put(ElementMetrics.CUBE_DIALOGS_ASKED, c.dialogsAsked(), id);
            out.put(ElementMetrics.CUBE_DIALOGS_REFUSED, c.dialogsRefused(), id);
            out.put(ElementMetrics.CUBE_INGRESS, c.ingress(), MBPS, id);
            out.put(ElementMetrics.CUBE_EGRESS, c.egress(), MBPS, id);
            if (!Double.isInfinite(c.config().maxSetupsPerSecond()))
            {
                setupQueue(out, ElementMetrics.CUBE_SETUP, c.setupQueue(), id);
            }
        }
        for (MtpPool m : equipment.mtpPools())
        {
            out.put(ElementMetrics.MTPS_IN_USE, m.inUse(), 1, m.config().id());
        }
        for (Gateway g : equipment.gateways())
        {
            String id = g.config().id();
            out.put(ElementMetrics.GATEWAY_CHANNELS, g.channels(), 1, id);
            out.put(ElementMetrics.GATEWAY_FORK_EGRESS, g.forkEgress(), MBPS, id);
            out.put(ElementMetrics.GATEWAY_OFFERED, g.offered(), id);
            out.put(ElementMetrics.GATEWAY_BLOCKED, g.blocked(), id);
            out.put(ElementMetrics.GATEWAY_SEIZED, g.seized(), id);
            out.put(ElementMetrics.GATEWAY_REFUSED_BY_CAC, g.refusedByCac(), id);
            out.put(ElementMetrics.GATEWAY_BLOCKING.of(id),
                    RecordingFigures.ratio(g.blocked().total(), g.offered().total()));
        }
        RecordingStatistics rec = equipment.recording().statistics();
        for (AgentGroup g : equipment.groups())
        {
            out.put(ElementMetrics.AGENTS_BUSY, g.busy(), 1, g.config().id());
            out.put(ElementMetrics.AGENTS_WAITING.of(g.config().id()), g.waiting().mean());
            out.put(ElementMetrics.AGENTS_SESSIONS.of(g.config().id()), rec.establishedOnLines(g).total());
            out.put(ElementMetrics.AGENTS_SESSIONS_PER_CALL.of(g.config().id()),
                    RecordingFigures.ratio(rec.establishedForCallsOf(g).total(), g.answered().total()));
        }
    }

    /** F6: a set-up queue's waits (mean, 95th percentile), queue length (mean, peak), utilisation and timeouts. */
    private static void setupQueue(final ReplicationOutput out, final SetupQueueMetrics metrics,
            final SetupQueue queue, final String id)
    {
        out.put(metrics.waitMean().of(id), queue.waits().mean());
        out.put(metrics.waitP95().of(id), queue.waits().percentile(95));
        out.put(metrics.queue(), queue.waiting(), 1, id);
        out.put(metrics.utilisation().of(id), queue.utilisation());
        out.put(metrics.timeouts(), queue.timeouts(), id);
    }
}
