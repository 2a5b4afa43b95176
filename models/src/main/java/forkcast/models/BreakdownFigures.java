package forkcast.models;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.LineFigures;
import forkcast.models.calls.RecordingOption;
import forkcast.models.metrics.BreakdownMetrics;
import forkcast.models.recording.GroupTally;
import forkcast.models.recording.RecordingStatistics;
import forkcast.models.recording.RejectReason;
import forkcast.sim.ReplicationOutput;

/**
 * Publishes the breakdowns per agent group, per site and per recording mode ({@link BreakdownMetrics}): every group's
 * lines are counted per recording option (two options in a group with a selective share inside automatic
 * recording); groups, sites and modes are sums of those, so every breakdown adds up to the run's totals exactly. Every site of the
 * deployment and every recording option is published, with zeros where no group is, so the names are stable.
 */
final class BreakdownFigures
{
    /** The sums of one breakdown. */
    private static final class Sums
    {
        double offered;
        double connected;
        double requested;
        double established;
        double failed;
        double recordedSeconds;
        double recordableSeconds;
        double forkMbps;
        double sourceForkMbps;
        final double[] failedFor = new double[RejectReason.values().length];

        void add(final LineFigures g, final GroupTally t)
        {
            this.offered += g.offered().total();
            this.connected += g.connected().total();
            this.requested += t.requested();
            this.established += t.established();
            this.failed += t.failed();
            this.recordedSeconds += g.recordedCalls().integral();
            this.recordableSeconds += g.recordableLegs().integral();
            this.forkMbps += g.forkBitsPerSecond().mean() / 1e6;
            this.sourceForkMbps += g.sourceForkBitsPerSecond().mean() / 1e6;
            for (RejectReason r : RejectReason.values())
            {
                this.failedFor[r.ordinal()] += t.failed(r);
            }
        }

        void publish(final ReplicationOutput out, final BreakdownMetrics.Scope scope, final String key)
        {
            out.put(scope.offered().of(key), this.offered);
            out.put(scope.connected().of(key), this.connected);
            out.put(scope.requested().of(key), this.requested);
            out.put(scope.established().of(key), this.established);
            out.put(scope.failed().of(key), this.failed);
            for (RejectReason r : RejectReason.values())
            {
                out.put(scope.failedFor().of(key, r.key()), this.failedFor[r.ordinal()]);
            }
            out.put(scope.blocking().of(key), RecordingFigures.ratio(this.failed, this.requested));
            out.put(scope.coverage().of(key), RecordingFigures.ratio(this.recordedSeconds, this.recordableSeconds));
            out.put(scope.forkMbps().of(key), this.forkMbps);
            out.put(scope.sourceForkMbps().of(key), this.sourceForkMbps);
        }
    }

    private BreakdownFigures()
    {
    }

    static void publish(final ReplicationOutput out, final Equipment equipment, final Deployment deployment)
    {
        RecordingStatistics rec = equipment.recording().statistics();
        Map<String, Sums> sites = new LinkedHashMap<>();
        deployment.sites().forEach(s -> sites.put(s, new Sums()));
        Map<RecordingOption, Sums> modes = new LinkedHashMap<>();
        for (RecordingOption o : RecordingOption.values())
        {
            modes.put(o, new Sums());
        }
        for (AgentGroup g : equipment.groups())
        {
            Sums one = new Sums();
            for (RecordingOption o : RecordingOption.values())
            {
                LineFigures lines = g.lines(o);
                GroupTally t = rec.tally(g, o);
                one.add(lines, t);
                sites.get(g.config().site()).add(lines, t);
                modes.get(o).add(lines, t);
            }
            one.publish(out, BreakdownMetrics.AGENT_GROUP, g.config().id());
        }
        sites.forEach((site, sums) -> sums.publish(out, BreakdownMetrics.SITE, site));
        modes.forEach((mode, sums) -> sums.publish(out, BreakdownMetrics.MODE, mode.name().toLowerCase(Locale.ROOT)));
    }
}
