package forkcast.reports.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr, unless {@code --quiet}. Commands count replications (of every point of a batch), so that the
 * rate shown is replications per second whatever the command. On a terminal: a progress bar (done, total, ETA) by the progressbar
 * library, once the work has taken more than a second. Elsewhere (a log file, a pipe, a CI job): one plain line every
 * {@link #LINE_INTERVAL_NANOS} (work done of total, time elapsed), without control characters, so that a long run
 * shows it is alive.
 */
final class Progress implements AutoCloseable
{
    private static final long DELAY_NANOS = 1_000_000_000L;

    /** How often a plain progress line is printed when stderr is not a terminal. */
    static final long LINE_INTERVAL_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final String unit;
    /** How much work there is; grows when more turns out to be needed (a sizing run again with more replications). */
    private long total;
    private final boolean bar;
    private final boolean lines;
    private final LongSupplier clock;
    private final long lineInterval;
    private final long start;
    private final ScheduledExecutorService ticker;
    private long done;
    private long lastLine;
    private ProgressBar progressBar;

    Progress(final PrintWriter err, final String unit, final long total, final boolean quiet)
    {
        this(err, unit, total, quiet, System.console() != null, System::nanoTime, LINE_INTERVAL_NANOS, true);
    }

    /**
     * @param terminal whether stderr is a terminal (a bar) or not (plain lines)
     * @param clock nanoseconds, for the elapsed time and the line interval
     * @param lineInterval nanoseconds between plain lines
     * @param ticking whether a background thread checks every second if a line is due (between two steps of long
     *            work); tests call {@link #tick()} themselves
     */
    Progress(final PrintWriter err, final String unit, final long total, final boolean quiet, final boolean terminal,
            final LongSupplier clock, final long lineInterval, final boolean ticking)
    {
        this.err = err;
        this.unit = unit;
        this.total = total;
        this.bar = !quiet && terminal;
        this.lines = !quiet && !terminal;
        this.clock = clock;
        this.lineInterval = lineInterval;
        this.start = clock.getAsLong();
        this.lastLine = this.start;
        if (this.lines && ticking)
        {
            this.ticker = Executors.newSingleThreadScheduledExecutor(r ->
            {
                Thread t = new Thread(r, "forkcast-progress");
                t.setDaemon(true);
                return t;
            });
            this.ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        }
        else
        {
            this.ticker = null;
        }
    }

    /** One more unit of work is done (any thread). */
    synchronized void step()
    {
        this.done++;
        if (this.done > this.total)
        {
            this.total = this.done;
            if (this.progressBar != null)
            {
                this.progressBar.maxHint(this.total);
            }
        }
        if (this.lines)
        {
            tick();
            return;
        }
        if (!this.bar)
        {
            return;
        }
        if (this.progressBar == null && this.clock.getAsLong() - this.start > DELAY_NANOS)
        {
            this.progressBar = new ProgressBarBuilder().setTaskName("forkcast").setInitialMax(this.total)
                    .setUnit(" " + this.unit, 1).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                    // from the work already done, over the time already spent: the rate it shows is of the work since
                    // it appeared, over the time since (from 0 it divided the earlier work by the later time)
                    .showSpeed().startsFrom(this.done, java.time.Duration.ofNanos(this.clock.getAsLong() - this.start))
                    .build();
        }
        if (this.progressBar != null)
        {
            this.progressBar.stepTo(this.done);
        }
    }

    /** @return the work done when the bar appeared, from which it counts its rate; -1 before it appears */
    synchronized long barStart()
    {
        return this.progressBar == null ? -1 : this.progressBar.getStart();
    }

    /** Print a plain line if one is due. */
    synchronized void tick()
    {
        long now = this.clock.getAsLong();
        if (!this.lines || now - this.lastLine < this.lineInterval)
        {
            return;
        }
        this.lastLine = now;
        long seconds = (now - this.start) / 1_000_000_000L;
        this.err.printf(Locale.ROOT, "forkcast: %d/%d %s done, %d:%02d:%02d elapsed%n", Math.min(this.done, this.total),
                this.total, this.unit, seconds / 3600, seconds / 60 % 60, seconds % 60);
        this.err.flush();
    }

    @Override
    public synchronized void close()
    {
        if (this.ticker != null)
        {
            this.ticker.shutdownNow();
        }
        if (this.progressBar != null)
        {
            this.progressBar.close();
        }
    }
}
