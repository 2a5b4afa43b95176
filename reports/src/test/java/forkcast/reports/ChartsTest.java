package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.PhysicalRange;

class ChartsTest
{
    @Test
    void aShortRunIsDrawnIntervalByInterval()
    {
        MeasurementWindow window = new MeasurementWindow(900, 900 + 12 * 300, 300);
        double[] values = {1, 5, 2, 0, 0, 3, 4, 4, 4, 1, 1, 9};
        XYSeries line = Charts.line("x", window, values);
        assertEquals(13, line.getItemCount(), "one step per interval and the last step's end");
        for (int i = 0; i < values.length; i++)
        {
            assertEquals((900 + i * 300) / 60.0, line.getX(i).doubleValue(), 0.0);
            assertEquals(values[i], line.getY(i).doubleValue(), 0.0);
        }
        assertNull(Charts.condensedNote(window));
    }

    @Test
    void aLongRunIsDrawnInGroupsAtTheirBusiestInterval()
    {
        int intervals = 3 * Charts.MAX_POINTS + 1; // groups of 4
        MeasurementWindow window = new MeasurementWindow(0, intervals * 60.0, 60);
        double[] values = new double[intervals];
        for (int i = 0; i < intervals; i++)
        {
            values[i] = i % 4 == 2 ? 100 + i : i % 7;
        }
        XYSeries line = Charts.line("x", window, values);
        assertTrue(line.getItemCount() <= Charts.MAX_POINTS + 1, line.getItemCount() + " points");
        assertEquals(4, Charts.groupSize(window));
        assertEquals(0.0, line.getX(0).doubleValue(), 0.0);
        assertEquals(102.0, line.getY(0).doubleValue(), 0.0, "the busiest interval of the first group");
        assertEquals(4.0, line.getX(1).doubleValue(), 0.0, "the second group starts at interval 4 (minute 4)");
        assertEquals(106.0, line.getY(1).doubleValue(), 0.0);
        int lastGroup = (intervals - 1) / 4;
        assertEquals(values[intervals - 1], line.getY(lastGroup).doubleValue(), 0.0, "a last group of one interval");
        assertEquals(intervals, line.getX(line.getItemCount() - 1).doubleValue(), 0.0, "the line runs to the end");
        String note = Charts.condensedNote(window);
        assertTrue(note.contains("601 intervals") && note.contains("4 consecutive intervals")
                && note.contains("largest"), note);
    }

    private static YIntervalSeriesCollection of(final double... values)
    {
        MeasurementWindow window = new MeasurementWindow(0, values.length * 60.0, 60);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(Charts.band("x", window, new double[][] {values}, PhysicalRange.NON_NEGATIVE));
        return data;
    }

    @Test
    void anAllZeroChartHasAUnitAxisNotADegenerateOne()
    {
        double[] bounds = Charts.valueBounds(of(0, 0, 0, 0), List.of());
        assertEquals(0.0, bounds[0], 0.0);
        assertTrue(bounds[1] >= 1.0, "upper bound " + bounds[1]);
    }

    @Test
    void aLimitAboveTheDataIsInsideTheAxis()
    {
        double[] bounds = Charts.valueBounds(of(88, 92, 90), List.of(new Charts.Limit(160, "limit")));
        assertTrue(bounds[1] > 160 && bounds[1] < 200, "the limit 160 and its label fit below " + bounds[1]);
        double[] below = Charts.valueBounds(of(88, 300, 90), List.of(new Charts.Limit(160, "limit")));
        assertTrue(below[1] > 300, "the data's peak stays inside too: " + below[1]);
    }

    @Test
    void aLimitFarAboveTheDataIsStatedNotDrawn()
    {
        Charts.Limit far = new Charts.Limit(2000, "rating");
        Charts.Limit near = new Charts.Limit(160, "limit");
        assertEquals(List.of(far), Charts.offScale(of(2.5, 2.7, 2.6), List.of(far)));
        assertEquals(List.of(), Charts.offScale(of(88, 92, 90), List.of(near)), "within ten times: a line");
        assertEquals(List.of(), Charts.offScale(of(0, 0, 0), List.of(far)), "nothing to flatten: a line");
    }

    @Test
    void theBandIsTheStudentIntervalOverReplicationsClampedAtZero()
    {
        MeasurementWindow window = new MeasurementWindow(0, 120, 60);
        YIntervalSeries band = Charts.band("x", window, new double[][] {{0, 10}, {0, 12}, {1, 14}},
                PhysicalRange.NON_NEGATIVE);
        assertEquals(1 / 3.0, band.getYValue(0), 1e-12);
        assertEquals(0.0, band.getYLowValue(0), 0.0, "a count's band never goes below 0");
        double half = 4.302652729911275 * 2 / Math.sqrt(3); // t(0.975, 2) × s / sqrt(n), s = 2
        assertEquals(12 - half, band.getYLowValue(1), 1e-9);
        assertEquals(12 + half, band.getYHighValue(1), 1e-9);
    }

    @Test
    void aClockAxisShowsTheTimeOfDay()
    {
        TimeAxis.Clock clock = new TimeAxis.Clock(8 * 60 + 45);
        assertEquals("09:00", clock.format(15.0));
        assertEquals("10:30", clock.format(105L));
        assertEquals("00:15 +1d", clock.format(15 * 60 + 30.0));
    }

    @Test
    void thePaletteDoesNotRepeatALook()
    {
        java.util.Set<String> looks = new java.util.HashSet<>();
        for (int i = 0; i < Palette.distinct(); i++)
        {
            assertTrue(looks.add(Palette.colour(i) + " " + java.util.Arrays.toString(Palette.stroke(i).getDashArray())),
                    "series " + i + " looks like an earlier one");
        }
    }

    @Test
    void coincidingLinesAreNamed()
    {
        MeasurementWindow window = new MeasurementWindow(0, 120, 60);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(Charts.band("a", window, new double[][] {{1, 2}}, PhysicalRange.NON_NEGATIVE));
        data.addSeries(Charts.band("b", window, new double[][] {{1, 3}}, PhysicalRange.NON_NEGATIVE));
        data.addSeries(Charts.band("c", window, new double[][] {{1, 2}}, PhysicalRange.NON_NEGATIVE));
        assertEquals(" Lines that coincide (one hides the others): a = c.", Charts.coinciding(data, 0));
        data.removeSeries(2);
        assertEquals("", Charts.coinciding(data, 0));
    }

    /**
     * A line a fraction of a pixel from another lies under it: the multi-fork alternative's WAN bandwidth, a few kbit/s
     * from the baseline's on an axis of tens of Mbit/s, was hidden with no note. Lines a pixel or more apart are both
     * seen.
     */
    @Test
    void linesWithinAPixelCoincide()
    {
        MeasurementWindow window = new MeasurementWindow(0, 120, 60);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(Charts.band("baseline", window, new double[][] {{40, 41}}, PhysicalRange.NON_NEGATIVE));
        data.addSeries(Charts.band("multi-fork", window, new double[][] {{40.004, 40.997}}, PhysicalRange.NON_NEGATIVE));
        data.addSeries(Charts.band("gateway", window, new double[][] {{12, 13}}, PhysicalRange.NON_NEGATIVE));
        assertEquals(" Lines that coincide (one hides the others): baseline = multi-fork.",
                Charts.coinciding(data, 0.15));
        assertEquals("", Charts.coinciding(data, 0.001), "apart by more than the tolerance");
    }
}
