package forkcast.reports;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A value axis in percent for a share, which cannot exceed 100%: the axis ends a small margin above 100% so that a
 * curve at 100% is not drawn on the plot's edge, and that margin has no tick or label, so it does not suggest values
 * above 100% (a headroom of 12% showed an axis up to 110%).
 */
final class ShareAxis extends NumberAxis
{
    private static final long serialVersionUID = 1L;

    static final double FULL = 100;

    /** The margin above 100%, in percentage points: enough for a 2-pixel line, far less than a tick step. */
    static final double MARGIN = 2;

    ShareAxis(final String label)
    {
        super(label);
    }

    /**
     * @param top the highest value to show (data, band or target), in percent
     * @param headroom the factor the axis gives a chart above its highest value
     * @return the axis's upper bound: with the headroom, unless that passes 100% for values that do not
     */
    static double upper(final double top, final double headroom)
    {
        return top <= FULL && top * headroom > FULL ? FULL + MARGIN : top * headroom;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(final Graphics2D g2, final AxisState state, final Rectangle2D dataArea,
            final RectangleEdge edge)
    {
        List ticks = super.refreshTicks(g2, state, dataArea, edge);
        if (getUpperBound() <= FULL + MARGIN)
        {
            ticks.removeIf(t -> ((NumberTick) t).getValue() > FULL + 1e-9);
        }
        return ticks;
    }
}
