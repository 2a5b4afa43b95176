package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.sim.stats.MeasurementWindow;

/**
 * The line charts of compare and sweep ({@link Charts#draw}) follow the run report's rule for a rated limit: within
 * ten times the data it is a dashed line inside the value axis, however far above the data; beyond, it is stated
 * above the plot. A capacity 4 times the load (a 20 Mbit/s link carrying 5) is drawn, not dropped.
 */
class ComparisonChartLimitTest
{
    @TempDir
    Path tmp;

    private String svg(final double limit) throws Exception
    {
        MeasurementWindow window = new MeasurementWindow(0, 600, 60);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(Charts.line("a", window, new double[] {4, 5, 4.5, 5, 4, 5, 4.5, 5, 4, 5}));
        data.addSeries(Charts.line("b", window, new double[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}));
        List<Charts.Chart> drawn = new ArrayList<>();
        OutputFolder.publish(this.tmp.resolve("out" + System.nanoTime()), OutputRequest.of("compare"),
                f -> drawn.add(Charts.draw(f, "link", "Link", "Mbit/s", data, limit, "caption", window, null)));
        return drawn.get(0).svg();
    }

    @Test
    void aCapacityWithinTenTimesTheDataIsALineInsideTheAxis() throws Exception
    {
        for (double capacity : new double[] {6, 8, 20, 45})
        {
            String svg = svg(capacity);
            assertTrue(svg.contains(">limit " + Numbers.stated(capacity) + "<"), capacity + ": the line's label");
            assertFalse(svg.contains("off this scale"), capacity + ": drawn, not stated");
        }
    }

    @Test
    void aCapacityFarAboveTheDataIsStatedAboveThePlot() throws Exception
    {
        String svg = svg(100);
        assertTrue(svg.contains("limit 100: off this scale, 20× the highest value"), "stated above the plot");
    }
}
