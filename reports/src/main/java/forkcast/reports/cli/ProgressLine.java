package forkcast.reports.cli;

import java.time.Duration;
import java.util.Locale;

import me.tongfei.progressbar.ProgressBarRenderer;
import me.tongfei.progressbar.ProgressState;

/**
 * The progress bar's line, {@code " 37% [=======>       ] 37/100 replications, 3.1/s, ETA 0:00:20"}: the bar takes
 * what the figures leave of the terminal's width (the library's own line, with a task name, elapsed time and unit
 * per second, left it 4 columns of 80). The rate and ETA appear only once they are known (a second after the bar
 * appeared, with some work done since), rather than as "?".
 */
final class ProgressLine implements ProgressBarRenderer
{
    /** Below this the bar is left out rather than drawn as a stub. */
    private static final int MIN_BAR = 5;

    private static final long SECOND_NANOS = 1_000_000_000L;

    private final String unit;

    ProgressLine(final String unit)
    {
        this.unit = unit;
    }

    @Override
    public String render(final ProgressState state, final int maxLength)
    {
        return render(state.getCurrent(), state.getMax(), state.getCurrent() - state.getStart(),
                state.getElapsedAfterStart(), maxLength);
    }

    /**
     * @param done work done
     * @param total work in all
     * @param sinceStart work done since the bar appeared
     * @param elapsed time since the bar appeared
     * @param maxLength columns available
     * @return the line, at most {@code maxLength} columns
     */
    String render(final long done, final long total, final long sinceStart, final Duration elapsed,
            final int maxLength)
    {
        long percent = total > 0 ? Math.min(100, done * 100 / total) : 0;
        StringBuilder figures = new StringBuilder().append(done).append('/').append(total).append(' ').append(this.unit);
        if (elapsed.toNanos() >= SECOND_NANOS && sinceStart > 0)
        {
            double perSecond = sinceStart * (double) SECOND_NANOS / elapsed.toNanos();
            long left = (long) Math.ceil(Math.max(0, total - done) / perSecond);
            figures.append(", ").append(rate(perSecond)).append("/s, ETA ").append(clock(left));
        }
        String head = String.format(Locale.ROOT, "%3d%% ", percent);
        int bar = maxLength - head.length() - 2 - 1 - figures.length();
        if (bar < MIN_BAR)
        {
            String line = head + figures;
            return line.length() <= maxLength ? line : line.substring(0, Math.max(0, maxLength));
        }
        int filled = (int) (bar * (total > 0 ? Math.min(1.0, (double) done / total) : 0));
        StringBuilder line = new StringBuilder(head).append('[');
        line.append("=".repeat(Math.max(0, filled - 1))).append(filled > 0 && filled < bar ? ">" : filled > 0 ? "=" : "");
        line.append(" ".repeat(bar - filled)).append("] ").append(figures);
        return line.toString();
    }

    private static String rate(final double perSecond)
    {
        return perSecond >= 100 ? String.format(Locale.ROOT, "%.0f", perSecond)
                : perSecond >= 10 ? String.format(Locale.ROOT, "%.1f", perSecond)
                        : String.format(Locale.ROOT, "%.2f", perSecond);
    }

    private static String clock(final long seconds)
    {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
