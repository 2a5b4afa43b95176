package forkcast.models.recording;

import forkcast.sim.stats.MeasurementWindow;

/**
 * One agent group's recording sessions over the measured window, for the breakdowns per group, site and recording
 * mode: requested, established, failed and failed by reason. Plain totals (no interval series), so that a deployment
 * of many groups does not hold groups × reasons × intervals counts; counted with the run's totals at the same events,
 * so the groups' sums equal the totals exactly.
 */
public final class GroupTally
{
    private final MeasurementWindow window;
    private double requested;
    private double established;
    private double failed;
    private final double[] failedBy = new double[RejectReason.values().length];

    GroupTally(final MeasurementWindow window)
    {
        this.window = window;
    }

    private boolean measured(final double now)
    {
        return this.window.indexOf(now) >= 0;
    }

    void requested(final double now)
    {
        if (measured(now))
        {
            this.requested++;
        }
    }

    void established(final double now)
    {
        if (measured(now))
        {
            this.established++;
        }
    }

    void failed(final double now, final RejectReason reason)
    {
        if (measured(now))
        {
            this.failed++;
            this.failedBy[reason.ordinal()]++;
        }
    }

    public double requested()
    {
        return this.requested;
    }

    public double established()
    {
        return this.established;
    }

    public double failed()
    {
        return this.failed;
    }

    public double failed(final RejectReason reason)
    {
        return this.failedBy[reason.ordinal()];
    }
}
