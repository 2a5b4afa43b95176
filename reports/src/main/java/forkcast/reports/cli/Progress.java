package forkcast.reports.cli;

import java.io.PrintWriter;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr (done, total, ETA) by the progressbar library, shown only on a terminal, without
 * {@code --quiet}, and once the work has taken more than a second; otherwise nothing is printed.
 */
final class Progress implements AutoCloseable
{
    private static final long DELAY_NANOS = 1_000_000_000L;

    private final String unit;
    private final long total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long done;
    private ProgressBar bar;

    Progress(final PrintWriter err, final String unit, final long total, final boolean quiet)
    {
        this.unit = unit;
        this.total = total;
        this.enabled = !quiet && System.console() != null;
    }

    /** One more unit of work is done (any thread). */
    synchronized void step()
    {
        this.done++;
        if (!this.enabled)
        {
            return;
        }
        if (this.bar == null && System.nanoTime() - this.start > DELAY_NANOS)
        {
            this.bar = new ProgressBarBuilder().setTaskName("forkcast").setInitialMax(this.total).setUnit(" " + this.unit, 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).showSpeed()
                    .startsFrom(0, java.time.Duration.ofNanos(System.nanoTime() - this.start)).build();
        }
        if (this.bar != null)
        {
            this.bar.stepTo(Math.min(this.done, this.total));
        }
    }

    @Override
    public synchronized void close()
    {
        if (this.bar != null)
        {
            this.bar.close();
        }
    }
}
