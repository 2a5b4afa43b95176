package forkcast.models;

import forkcast.models.metrics.ElementMetrics;
import forkcast.models.recording.Recorder;
import forkcast.models.recording.StoragePerDay;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.BusyHour;
import forkcast.sim.stats.MeasurementWindow;

/**
 * Publishes each recorder's storage per day and retained storage, and their totals, on the basis
 * {@link StoragePerDay} chooses for the run. Nothing is published when storage per day is not reported: the report
 * and summary.json say why instead of showing a zero.
 */
final class StorageFigures
{
    private final StoragePerDay basis;
    private final MeasurementWindow window;
    private final BusyHour busyHour;
    private double totalBytesPerDay;
    private double totalTerabytesRetained;
    private boolean everyRecorderRetains = true;

    /** The busy hour is the BHCC busy hour, as for the cluster's figures (SPEC section 3). */
    StorageFigures(final Deployment deployment, final Equipment equipment, final MeasurementWindow window)
    {
        this.basis = StoragePerDay.of(window.length(), deployment.busyHourShare());
        this.window = window;
        this.busyHour = BusyHour.of(window, equipment.bhcc().totalPerInterval());
    }

    void recorder(final ReplicationOutput out, final Recorder recorder)
    {
        if (!this.basis.reported())
        {
            return;
        }
        String id = recorder.config().id();
        double bytes = this.basis.bytesPerDay(recorder.payload(), this.window, this.busyHour);
        out.put(ElementMetrics.RECORDER_STORAGE.of(id), bytes / 1e9);
        this.totalBytesPerDay += bytes;
        if (recorder.config().retentionDays().isPresent())
        {
            double tb = StoragePerDay.terabytesRetained(bytes, recorder.config().retentionDays().getAsInt());
            out.put(ElementMetrics.RECORDER_RETAINED.of(id), tb);
            this.totalTerabytesRetained += tb;
        }
        else
        {
            this.everyRecorderRetains = false;
        }
    }

    /** After every recorder: the totals (retained only when every recorder declares its retention). */
    void totals(final ReplicationOutput out, final int recorders)
    {
        if (!this.basis.reported() || recorders == 0)
        {
            return;
        }
        out.put(ElementMetrics.STORAGE_TOTAL.of(), this.totalBytesPerDay / 1e9);
        if (this.everyRecorderRetains)
        {
            out.put(ElementMetrics.RETAINED_TOTAL.of(), this.totalTerabytesRetained);
        }
    }
}
