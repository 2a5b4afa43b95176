package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One format per unit: every figure of a unit has the same decimals, shares are percentages. */
class NumbersTest
{
    @Test
    void eachUnitHasFixedDecimals()
    {
        assertEquals("90.00", Numbers.of(90.0, "Mbit/s", false));
        assertEquals("200.00", Numbers.of(200.0, "Mbit/s", false));
        assertEquals("0.60", Numbers.of(0.6, "Mbit/s", false), "not 0.6000 beside 1.60");
        assertEquals("1.60", Numbers.of(1.6, "Mbit/s", false));
        assertEquals("5,677.6", Numbers.of(5677.56, "calls", false));
        assertEquals("2.3", Numbers.of(2.3, "calls", false));
        assertEquals("11,590", Numbers.of(11590.4, "calls/h", false));
        assertEquals("12.46", Numbers.of(12.456, "msg/s", false));
        assertEquals("146.6", Numbers.of(146.61, "GB/day", false));
    }

    @Test
    void sharesArePercentagesAndNothingIsMinusZero()
    {
        assertEquals("97.2%", Numbers.of(0.9724, "ratio", true));
        assertEquals("0.0", Numbers.of(-1e-12, "calls", false));
        assertEquals("–", Numbers.of(null, "calls", false));
    }

    /** A value just past its target is not shown as the target (an OVER 80.0% beside "≤ 80.0%"). */
    @Test
    void aValueJustPastItsTargetShowsTheDecimalsThatTellThemApart()
    {
        assertEquals("80.03%", Numbers.apart(0.80031, 0.8, true));
        assertEquals("79.999%", Numbers.apart(0.79999, 0.8, true));
        assertEquals("74.6%", Numbers.apart(0.746, 0.8, true));
        assertEquals("80.0%", Numbers.apart(0.8, 0.8, true));
        assertEquals("2,720.9", Numbers.apart(2720.9, 2720.6, false), "not 2,721 beside ≤ 2,721");
        assertEquals("13.9262", Numbers.apart(13.92618, 13.9261, false));
        assertEquals("119.4", Numbers.apart(119.4, 160.0, false), "far from the target: as human shows it");
        assertEquals("0.50%", Numbers.apart(0.005, 0.0004, true), "to the limit's decimals");
        assertEquals("0.041%", Numbers.apart(0.00041, 0.0004, true));
        assertEquals("–", Numbers.apart(null, 0.8, true));
    }

    /** A small target is not shown as 0.0%. */
    @Test
    void aSmallTargetKeepsTheDecimalsThatShowIt()
    {
        assertEquals("0.04%", Numbers.percentLimit(0.0004));
        assertEquals("1.0%", Numbers.percentLimit(0.01));
        assertEquals("0.0%", Numbers.percentLimit(0));
    }

    /** A configured limit reads as it was written: 160 streams on a chart, not 160.0. */
    @Test
    void statedFiguresAreWholeWhereTheyAre()
    {
        assertEquals("160", Numbers.stated(160));
        assertEquals("100,000", Numbers.stated(100_000));
        assertEquals("1.50", Numbers.stated(1.5));
    }

    @Test
    void durationsAreWholeMinutesOrSeconds()
    {
        assertEquals("15 min", Numbers.duration(900));
        assertEquals("120 min", Numbers.duration(7200));
        assertEquals("20 s", Numbers.duration(20));
    }
}
