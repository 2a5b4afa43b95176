package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;

import forkcast.sim.stats.MeasurementWindow;

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
}
