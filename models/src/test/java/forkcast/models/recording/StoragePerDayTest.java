package forkcast.models.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import forkcast.models.media.Codec;
import forkcast.sim.stats.BusyHour;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * Storage per day (docs/storage.md) on payload levels whose every second is known, so that the daily volume is exact
 * to the per-stream payload arithmetic of F6 (G.711: 8,000 bytes per second per stream, G.729: 1,000).
 */
class StoragePerDayTest
{
    private static final Codec G711 = new Codec("G711", 160, 0.020);
    private static final Codec G729 = new Codec("G729", 20, 0.020);

    /** Sessions recorded in each hour of a day: a quiet night, a morning peak at 10:00, an afternoon. */
    private static final int[] SESSIONS_PER_HOUR = {0, 0, 0, 0, 0, 0, 1, 3, 8, 12, 15, 11, 7, 9, 12, 10, 8, 5, 3, 2,
        1, 1, 0, 0};

    /** A payload level holding {@code SESSIONS_PER_HOUR[h]} sessions of both streams of {@code codec} in hour h. */
    private static TimeWeightedLevel day(final MeasurementWindow window, final Codec codec, final double offset)
    {
        TimeWeightedLevel payload = new TimeWeightedLevel(window);
        for (int h = 0; h < 24; h++)
        {
            payload.set(offset + h * 3600.0, SESSIONS_PER_HOUR[h] * 2 * codec.payloadBitsPerSecond());
        }
        payload.close();
        return payload;
    }

    private static int sessionHours()
    {
        int sum = 0;
        for (int s : SESSIONS_PER_HOUR)
        {
            sum += s;
        }
        return sum;
    }

    @Test
    void aRecordedDayStoresThePayloadOfItsRecordedSeconds()
    {
        MeasurementWindow window = new MeasurementWindow(0, 86_400, 3600);
        StoragePerDay storage = StoragePerDay.of(window.length(), OptionalDouble.empty());
        assertEquals(StoragePerDay.Basis.RECORDED_DAY, storage.basis());
        // 108 session-hours; each second of a G.711 session stores 2 streams × 8,000 bytes
        assertEquals(108, sessionHours());
        double expected = 108 * 3600.0 * 2 * 8000;
        assertEquals(expected, storage.bytesPerDay(day(window, G711, 0), window, null), 1e-3);
        assertEquals(108 * 3600.0 * 2 * 1000, storage.bytesPerDay(day(window, G729, 0), window, null), 1e-3);
        // F6: a recorded minute of G.711 is about 1 MB (960,000 bytes exactly), of G.729 about 128 kB (120,000)
        assertEquals(expected / (108 * 60), 960_000, 1e-6);
    }

    @Test
    void aRunOfSeveralDaysGivesItsMeanDayAndADeclaredShareIsNotUsed()
    {
        // the same day twice, after a warm-up of 15 minutes: the measured window is 48 h from 15 min
        MeasurementWindow window = new MeasurementWindow(900, 900 + 2 * 86_400, 300);
        TimeWeightedLevel payload = new TimeWeightedLevel(window);
        for (int d = 0; d < 2; d++)
        {
            for (int h = 0; h < 24; h++)
            {
                payload.set(900 + d * 86_400 + h * 3600.0, SESSIONS_PER_HOUR[h] * 2 * G711.payloadBitsPerSecond());
            }
        }
        payload.close();
        StoragePerDay storage = StoragePerDay.of(window.length(), OptionalDouble.of(0.12));
        assertEquals(StoragePerDay.Basis.RECORDED_DAY, storage.basis());
        assertEquals(108 * 3600.0 * 2 * 8000, storage.bytesPerDay(payload, window, null), 1e-3);
    }

    @Test
    void aBusyHourIsDividedByItsDeclaredShareOfTheDay()
    {
        // four hours from 08:00 of the day above, on a 5-minute grid: the busy hour is 10:00-11:00 with 15 sessions
        MeasurementWindow window = new MeasurementWindow(0, 4 * 3600, 300);
        TimeWeightedLevel payload = new TimeWeightedLevel(window);
        double[] bhcc = new double[window.intervals()];
        for (int h = 0; h < 4; h++)
        {
            int sessions = SESSIONS_PER_HOUR[8 + h];
            payload.set(h * 3600.0, sessions * 2 * G711.payloadBitsPerSecond());
            for (int i = 0; i < 12; i++)
            {
                bhcc[h * 12 + i] = sessions; // the busy hour follows the calls
            }
        }
        payload.close();
        BusyHour busyHour = BusyHour.of(window, bhcc);
        assertEquals(24, busyHour.firstInterval());
        StoragePerDay storage = StoragePerDay.of(window.length(), OptionalDouble.of(0.12));
        assertEquals(StoragePerDay.Basis.BUSY_HOUR_SHARE, storage.basis());
        assertEquals(15 * 3600.0 * 2 * 8000 / 0.12, storage.bytesPerDay(payload, window, busyHour), 1e-3);
        assertTrue(storage.method().contains("busyHourShare = 0.12"), storage.method());
    }

    @Test
    void aRunShorterThanAnHourIsItsOwnBusyHourScaledToAnHour()
    {
        MeasurementWindow window = new MeasurementWindow(0, 1800, 300);
        TimeWeightedLevel payload = new TimeWeightedLevel(window);
        payload.set(0, 4 * 2 * G729.payloadBitsPerSecond());
        payload.close();
        BusyHour busyHour = BusyHour.of(window, new double[window.intervals()]);
        StoragePerDay storage = StoragePerDay.of(window.length(), OptionalDouble.of(0.1));
        assertEquals(4 * 3600.0 * 2 * 1000 / 0.1, storage.bytesPerDay(payload, window, busyHour), 1e-3);
    }

    @Test
    void withoutAShareARunShorterThanADayHasNoStoragePerDayAndSaysWhy()
    {
        MeasurementWindow window = new MeasurementWindow(0, 86_399, 3600);
        StoragePerDay storage = StoragePerDay.of(window.length(), OptionalDouble.empty());
        assertEquals(StoragePerDay.Basis.NOT_REPORTED, storage.basis());
        assertFalse(storage.reported());
        TimeWeightedLevel payload = new TimeWeightedLevel(window);
        payload.set(0, 64_000);
        payload.close();
        assertTrue(Double.isNaN(storage.bytesPerDay(payload, window, BusyHour.of(window, new double[24]))));
        assertTrue(storage.method().startsWith("not reported"), storage.method());
        assertTrue(storage.method().contains("run.busyHourShare is not given"), storage.method());
    }

    @ParameterizedTest(name = "busyHourShare {0} is refused")
    @ValueSource(doubles = {0, -0.1, 1.0000001, Double.NaN})
    void aShareOutsideZeroToOneIsRefused(final double share)
    {
        assertThrows(IllegalArgumentException.class, () -> StoragePerDay.of(3600, OptionalDouble.of(share)));
    }

    @Test
    void aShareOfOneIsAllowed()
    {
        assertEquals(StoragePerDay.Basis.BUSY_HOUR_SHARE, StoragePerDay.of(3600, OptionalDouble.of(1)).basis());
    }

    /** A basis stated directly must be one {@code of} could choose: a day is never scaled from a busy hour, nor less. */
    @Test
    void onlyTheBasesOfCanChooseCanBeStated()
    {
        double day = StoragePerDay.DAY;
        assertEquals(StoragePerDay.of(3600, OptionalDouble.of(0.12)),
                new StoragePerDay(StoragePerDay.Basis.BUSY_HOUR_SHARE, 0.12, 3600));
        assertEquals(StoragePerDay.of(day, OptionalDouble.of(0.12)),
                new StoragePerDay(StoragePerDay.Basis.RECORDED_DAY, Double.NaN, day));
        assertThrows(IllegalArgumentException.class,
                () -> new StoragePerDay(StoragePerDay.Basis.RECORDED_DAY, Double.NaN, 3600));
        assertThrows(IllegalArgumentException.class,
                () -> new StoragePerDay(StoragePerDay.Basis.BUSY_HOUR_SHARE, 0.12, day));
        assertThrows(IllegalArgumentException.class,
                () -> new StoragePerDay(StoragePerDay.Basis.NOT_REPORTED, Double.NaN, day));
        assertThrows(IllegalArgumentException.class,
                () -> new StoragePerDay(StoragePerDay.Basis.BUSY_HOUR_SHARE, Double.NaN, 3600));
        assertThrows(IllegalArgumentException.class,
                () -> new StoragePerDay(StoragePerDay.Basis.NOT_REPORTED, 0.12, 3600));
        assertThrows(IllegalArgumentException.class,
                () -> new StoragePerDay(StoragePerDay.Basis.NOT_REPORTED, Double.NaN, 0));
    }

    @Test
    void retainedStorageIsTheDailyVolumeTimesTheRetentionDaysInDecimalTerabytes()
    {
        assertEquals(1.826, StoragePerDay.terabytesRetained(1e9, 1826), 1e-12);
        assertEquals(0, StoragePerDay.terabytesRetained(51.4e9, 0));
        assertThrows(IllegalArgumentException.class, () -> RecorderConfig.builder("r", "dc").retentionDays(-1).build());
    }
}
