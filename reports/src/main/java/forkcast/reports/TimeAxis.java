package forkcast.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalTime;
import java.util.Locale;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

import forkcast.sim.stats.MeasurementWindow;

/**
 * The charts' time axis, in minutes of simulated time: labelled as such by default, or as the time of day when the
 * scenario gives {@code run.start} (the clock time at simulated time 0). The axis spans exactly the measured window,
 * so no chart shows empty margins before the first interval or after the last.
 */
final class TimeAxis
{
    /** Tick spacings in minutes for a clock axis: whole clock units, so ticks fall on 09:00, 09:15, ... */
    private static final int[] CLOCK_STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 10080};

    private TimeAxis()
    {
    }

    static NumberAxis of(final MeasurementWindow window, final LocalTime start)
    {
        NumberAxis axis = new NumberAxis(start == null ? "simulated time (minutes)"
                : "time of day (the run starts at " + start + ", warm-up included)");
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(window.start() / 60.0, window.end() / 60.0);
        // ticks on interval boundaries: a whole number of intervals apart (and whole clock units on a clock axis)
        double interval = window.interval() / 60.0;
        NumberFormat format = start == null ? new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
                : new Clock(start.toSecondOfDay() / 60);
        TickUnits units = new TickUnits();
        for (int step : CLOCK_STEPS)
        {
            double intervals = step / interval;
            if (Math.abs(intervals - Math.rint(intervals)) < 1e-9 && intervals >= 1)
            {
                units.add(new NumberTickUnit(step, format));
            }
        }
        for (int k : new int[] {1, 2, 3, 4, 6, 12})
        {
            units.add(new NumberTickUnit(k * interval, format)); // intervals shorter than a minute, or odd ones
        }
        axis.setStandardTickUnits(units);
        return axis;
    }

    /** Formats minutes of simulated time as the time of day ({@code 09:15}; past midnight the day is counted). */
    static final class Clock extends NumberFormat
    {
        private static final long serialVersionUID = 1L;

        private final int startMinute;

        Clock(final int startMinute)
        {
            this.startMinute = startMinute;
        }

        @Override
        public StringBuffer format(final double minutes, final StringBuffer to, final FieldPosition pos)
        {
            return format(Math.round(minutes), to, pos);
        }

        @Override
        public StringBuffer format(final long minutes, final StringBuffer to, final FieldPosition pos)
        {
            long clock = this.startMinute + minutes;
            long day = Math.floorDiv(clock, 1440);
            long ofDay = Math.floorMod(clock, 1440);
            to.append(String.format(Locale.ROOT, "%02d:%02d", ofDay / 60, ofDay % 60));
            if (day > 0)
            {
                to.append(" +").append(day).append('d');
            }
            return to;
        }

        @Override
        public Number parse(final String source, final ParsePosition parsePosition)
        {
            throw new UnsupportedOperationException("clock labels are only written");
        }
    }
}
