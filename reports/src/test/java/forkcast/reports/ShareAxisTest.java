package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A share's axis never reads above 100% for values that cannot exceed it; above 100% (an overload) it grows. */
class ShareAxisTest
{
    @Test
    void theAxisStopsJustAbove100PercentForValuesUpToIt()
    {
        assertEquals(ShareAxis.FULL + ShareAxis.MARGIN, ShareAxis.upper(99.8, 1.12), 1e-12, "not 111.8");
        assertEquals(ShareAxis.FULL + ShareAxis.MARGIN, ShareAxis.upper(100, 1.12), 1e-12);
        assertEquals(50 * 1.12, ShareAxis.upper(50, 1.12), 1e-12, "room for the target's label as before");
        assertEquals(101.2 * 1.12, ShareAxis.upper(101.2, 1.12), 1e-12, "a utilisation above 100% stays visible");
    }
}
