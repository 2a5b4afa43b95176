package forkcast.models.recording;

import java.util.Objects;
import java.util.OptionalDouble;

import forkcast.sim.stats.BusyHour;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * How a recorder's storage per day is found from what a run measured (docs/storage.md). A recorder stores the codec
 * payload of the streams it receives (F6: G.711 is 64 kbit/s per stream, about 1 MB per recorded minute for both
 * streams; G.729 8 kbit/s, about 128 kB). A day's volume comes from one of two bases, never from a busy hour taken
 * 24 times (a busy hour carries 10 to 15% of a day's calls, not a 24th of them):
 * <ul>
 * <li>{@link Basis#RECORDED_DAY}: the run measures at least a day; the payload recorded over the measured period,
 * per 24 hours of it (exact for a run of whole days);</li>
 * <li>{@link Basis#BUSY_HOUR_SHARE}: a shorter run with {@code run.busyHourShare} declared; the payload recorded in
 * the busy hour (the BHCC busy hour, scaled to an hour when the run is shorter) divided by that share of a day's
 * calls, which assumes the day's calls are recorded like the busy hour's;</li>
 * <li>{@link Basis#NOT_REPORTED}: a shorter run without a share; there is no honest daily figure, so none is
 * published.</li>
 * </ul>
 *
 * @param basis which measurement the daily volume comes from
 * @param busyHourShare the declared busy-hour share used, in (0, 1], with {@link Basis#BUSY_HOUR_SHARE}; NaN with the
 *            other bases
 * @param measuredSeconds the measured duration of a replication (warm-up excluded); at least a day exactly when the
 *            basis is {@link Basis#RECORDED_DAY}
 */
public record StoragePerDay(Basis basis, double busyHourShare, double measuredSeconds)
{
    /** Seconds in a day. */
    public static final double DAY = 86_400.0;

    /** Which measurement the daily volume comes from. */
    public enum Basis
    {
        RECORDED_DAY, BUSY_HOUR_SHARE, NOT_REPORTED
    }

    /** Only the bases {@link #of} can choose: a run of a day or more is never scaled from its busy hour, nor less. */
    public StoragePerDay
    {
        Objects.requireNonNull(basis, "basis");
        if (!(measuredSeconds > 0))
        {
            throw new IllegalArgumentException("measured duration must be > 0");
        }
        if ((basis == Basis.RECORDED_DAY) != (measuredSeconds >= DAY))
        {
            throw new IllegalArgumentException("a run of " + measuredSeconds + " s cannot have the basis " + basis);
        }
        if (basis == Basis.BUSY_HOUR_SHARE ? !(busyHourShare > 0 && busyHourShare <= 1) : !Double.isNaN(busyHourShare))
        {
            throw new IllegalArgumentException("busyHourShare must be in (0, 1] with " + Basis.BUSY_HOUR_SHARE
                    + " and NaN otherwise, not " + busyHourShare + " with " + basis);
        }
    }

    /**
     * @param measuredSeconds the measured duration of a replication (warm-up excluded)
     * @param busyHourShare the busy hour's share of a day's calls, in (0, 1]; empty when not declared
     * @return the basis a run of that length uses: a measured day wins over a declared share
     */
    public static StoragePerDay of(final double measuredSeconds, final OptionalDouble busyHourShare)
    {
        if (busyHourShare.isPresent() && !(busyHourShare.getAsDouble() > 0 && busyHourShare.getAsDouble() <= 1))
        {
            throw new IllegalArgumentException("busyHourShare must be in (0, 1], not " + busyHourShare.getAsDouble());
        }
        if (measuredSeconds >= DAY)
        {
            return new StoragePerDay(Basis.RECORDED_DAY, Double.NaN, measuredSeconds);
        }
        if (busyHourShare.isPresent())
        {
            return new StoragePerDay(Basis.BUSY_HOUR_SHARE, busyHourShare.getAsDouble(), measuredSeconds);
        }
        return new StoragePerDay(Basis.NOT_REPORTED, Double.NaN, measuredSeconds);
    }

    /** @return true when storage per day (and retained) is published */
    public boolean reported()
    {
        return this.basis != Basis.NOT_REPORTED;
    }

    /**
     * @param payloadBitsPerSecond the codec payload the recorder received over the window (both streams of every
     *            session)
     * @param window the measured window
     * @param busyHour the run's busy hour on the window's grid (used by {@link Basis#BUSY_HOUR_SHARE})
     * @return bytes stored per day, or NaN when not reported
     */
    public double bytesPerDay(final TimeWeightedLevel payloadBitsPerSecond, final MeasurementWindow window,
            final BusyHour busyHour)
    {
        switch (this.basis)
        {
            case RECORDED_DAY:
                return payloadBitsPerSecond.integral() / 8.0 * DAY / window.length();
            case BUSY_HOUR_SHARE:
                double[] means = payloadBitsPerSecond.intervalMeans();
                double[] bits = new double[means.length];
                for (int i = 0; i < bits.length; i++)
                {
                    bits[i] = means[i] * window.intervalLength(i);
                }
                return busyHour.total(bits) / 8.0 / this.busyHourShare;
            default:
                return Double.NaN;
        }
    }

    /** @return terabytes (10^12 bytes) kept when {@code bytesPerDay} is stored for {@code retentionDays} days */
    public static double terabytesRetained(final double bytesPerDay, final int retentionDays)
    {
        return bytesPerDay * retentionDays / 1e12;
    }

    /** @return the method in a sentence, for the report and summary.json */
    public String method()
    {
        return switch (this.basis)
        {
            case RECORDED_DAY -> "from the payload recorded over the measured " + hours(this.measuredSeconds)
                    + ", per 24 hours (the run covers at least a day)";
            case BUSY_HOUR_SHARE -> "from the payload recorded in the busy hour divided by run.busyHourShare = "
                    + this.busyHourShare + " (the busy hour's share of a day's calls; the run covers "
                    + hours(this.measuredSeconds) + ")";
            case NOT_REPORTED -> "not reported: the run covers " + hours(this.measuredSeconds) + ", less than a day,"
                    + " and run.busyHourShare is not given; give the busy hour's share of a day's calls (10 to 15%"
                    + " is typical) or run at least 24 h";
        };
    }

    private static String hours(final double seconds)
    {
        double h = seconds / 3600.0;
        return (h == Math.rint(h) ? Long.toString((long) h) : Double.toString(Math.round(h * 100) / 100.0)) + " h";
    }
}
