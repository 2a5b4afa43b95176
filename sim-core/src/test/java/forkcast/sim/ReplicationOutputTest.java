package forkcast.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.sim.metrics.CounterMetric;
import forkcast.sim.metrics.LevelMetric;
import forkcast.sim.metrics.MetricDirection;
import forkcast.sim.metrics.MetricGroup;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.PhysicalRange;
import forkcast.sim.stats.TimeWeightedLevel;

/** Values are published against descriptors: a counter and a level each under their declared names, never mixed. */
class ReplicationOutputTest
{
    private static final MeasurementWindow WINDOW = new MeasurementWindow(0, 20, 10);
    private final MetricGroup group = new MetricGroup("tanks");
    private final LevelMetric litres = this.group.level("tank.<id>.litres", "l", "tank", MetricDirection.NONE,
            "water held");
    private final CounterMetric fills = this.group.counter("tank.<id>.fills", "fills", "tank", "times filled");

    @Test
    void aLevelIsPublishedAsMeanPeakAndSeriesScaledAndACounterAsTotalAndSeries()
    {
        ReplicationOutput out = new ReplicationOutput(1, WINDOW);
        TimeWeightedLevel level = new TimeWeightedLevel(WINDOW);
        level.set(0, 2000);
        level.set(10, 4000);
        level.close();
        out.put(this.litres, level, 1000, "t1");
        IntervalCounter counter = new IntervalCounter(WINDOW);
        counter.increment(3);
        counter.increment(12);
        counter.increment(15);
        out.put(this.fills, counter, "t1");
        assertEquals(List.of("tank.t1.litres.mean", "tank.t1.litres.peak", "tank.t1.fills"),
                List.copyOf(out.scalars().keySet()));
        assertEquals(3.0, out.value("tank.t1.litres.mean"), 1e-12);
        assertEquals(4.0, out.value("tank.t1.litres.peak"), 0.0);
        assertArrayEquals(new double[] {2, 4}, out.series().get("tank.t1.litres").values(), 0.0);
        assertArrayEquals(new double[] {1, 2}, out.series().get("tank.t1.fills").values(), 0.0);
        assertSame(this.litres.peak(), out.scalars().get("tank.t1.litres.peak").metric().descriptor());
        assertEquals(PhysicalRange.NON_NEGATIVE, out.scalars().get("tank.t1.fills").range());
        assertEquals("t1", out.series().get("tank.t1.litres").metric().element());
    }

    @Test
    void aSeriesIsNotAScalarNorAScalarASeries()
    {
        ReplicationOutput out = new ReplicationOutput(1, WINDOW);
        assertThrows(IllegalArgumentException.class, () -> out.put(this.fills.perInterval().of("t1"), 1));
        assertThrows(IllegalArgumentException.class, () -> out.putSeries(this.fills.total().of("t1"), new double[2]));
        out.put(this.fills.total().of("t1"), 1);
        assertThrows(IllegalStateException.class, () -> out.put(this.fills.total().of("t1"), 1), "recorded twice");
    }
}
