package forkcast.reports;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * Series colours and strokes of the charts: the Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008),
 * which readers with any common colour-vision deficiency can tell apart, in an order that puts the hard-to-see yellow
 * last; after its eight colours the strokes change (dashed, then dotted, then dash-dot), so no two of the first 32
 * series look the same.
 */
final class Palette
{
    private static final Color[] OKABE_ITO = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};

    private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {8f, 3f, 2f, 3f}};

    private Palette()
    {
    }

    /** @return how many series have a look of their own */
    static int distinct()
    {
        return OKABE_ITO.length * DASHES.length;
    }

    static Color colour(final int series)
    {
        return OKABE_ITO[series % OKABE_ITO.length];
    }

    /** @return a solid stroke for the first eight series, then dashed, dotted and dash-dot ones */
    static BasicStroke stroke(final int series)
    {
        return stroke(series / OKABE_ITO.length % DASHES.length, 2.0f);
    }

    /** @return the stroke of a dash style (0 solid, 1 dashed, 2 dotted, 3 dash-dot) */
    static BasicStroke stroke(final int dash, final float width)
    {
        float[] pattern = DASHES[dash];
        return pattern == null ? new BasicStroke(width)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, pattern, 0f);
    }
}
