package forkcast.reports.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Progress on stderr, unless {@code --quiet}: stdout carries the results, so a user who redirects them to a file still
 * sees the progress when stderr is a terminal, and one who redirects stderr gets plain lines. Commands count
 * replications (of every point of a batch), so that the rate shown is replications per second whatever the command.
 * When stderr is a terminal: a progress bar by the progressbar library, drawn by {@link ProgressLine} across the
 * terminal's width, once the work has taken more than a second. Elsewhere (a log file, a pipe, a CI job): one plain line every
 * {@link #LINE_INTERVAL_NANOS} (work done of total, time elapsed), without control characters, so that a long run
 * shows it is alive. When the work ends the bar is cleared, so the summary that follows is not left under a stale
 * "83% ... 50/60" (a sizing's total is an estimate it may not reach); a log that had plain lines gets a last one
 * with the work as done.
 */
final class Progress implements AutoCloseable
{
    private static final long DELAY_NANOS = 1_000_000_000L;

    /** How often a plain progress line is printed when stderr is not a terminal. */
    static final long LINE_INTERVAL_NANOS = 10_000_000_000L;

    /** Columns a terminal's echo of Ctrl-C ("^C") takes after the bar. */
    private static final int CTRL_C_ECHO = 2;

    /** Columns of a terminal whose width cannot be read. */
    private static final int DEFAULT_WIDTH = 80;

    private final PrintWriter err;
    /** Where the bar is drawn (stderr itself, which the library writes to as a stream). */
    private final PrintStream barStream;
    private final String unit;
    /** Columns of stderr's terminal; 0 when it is not one. */
    private final int width;
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
    /** Whether a plain line has been printed. */
    private boolean printed;
    private ProgressBar progressBar;

    Progress(final PrintWriter err, final String unit, final long total, final boolean quiet)
    {
        // the width even when quiet: an interruption clears the terminal's "^C" from the line (interrupted())
        this(err, System.err, unit, total, quiet, stderrWidth(), System::nanoTime, LINE_INTERVAL_NANOS, true);
    }

    /**
     * @return the columns of the terminal stderr writes to, 0 when stderr is not a terminal (System.console() is
     *         null as soon as stdout is redirected, whatever stderr is: JLine asks about stderr itself)
     */
    static int stderrWidth()
    {
        try
        {
            TerminalProvider provider = new ExecTerminalProvider();
            if (!provider.isSystemStream(SystemStream.Error))
            {
                return 0;
            }
            int columns = provider.systemStreamWidth(SystemStream.Error);
            return columns > 0 ? columns : DEFAULT_WIDTH;
        }
        catch (RuntimeException | LinkageError e)
        {
            // no way to ask (no POSIX shell): plain lines are safe anywhere
            return 0;
        }
    }

    /**
     * @param barStream where the bar is drawn
     * @param terminalWidth the columns of stderr's terminal (a bar that wide), or 0 when it is not one (plain lines)
     * @param clock nanoseconds, for the elapsed time and the line interval
     * @param lineInterval nanoseconds between plain lines
     * @param ticking whether a background thread checks every second if a line is due (between two steps of long
     *            work); tests call {@link #tick()} themselves
     */
    Progress(final PrintWriter err, final PrintStream barStream, final String unit, final long total,
            final boolean quiet, final int terminalWidth, final LongSupplier clock, final long lineInterval,
            final boolean ticking)
    {
        boolean terminal = terminalWidth > 0;
        this.err = err;
        this.barStream = barStream;
        this.unit = unit;
        this.width = terminalWidth;
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
            // one column short of the width: a line that fills the last column makes some terminals wrap; two more
            // for the "^C" a terminal echoes after it on Ctrl-C, which would otherwise wrap and leave the bar above
            // the line an interruption clears
            this.progressBar = new ProgressBarBuilder().setInitialMax(this.total).setUpdateIntervalMillis(200)
                    .setRenderer(new ProgressLine(this.unit))
                    .setConsumer(new WithoutLineBreak(this.barStream, this.width - 1 - CTRL_C_ECHO))
                    // from the work already done, over the time already spent: the rate it shows is of the work since
                    // it appeared, over the time since (from 0 it divided the earlier work by the later time)
                    .startsFrom(this.done, java.time.Duration.ofNanos(this.clock.getAsLong() - this.start))
                    .build();
        }
        if (this.progressBar != null)
        {
            this.progressBar.stepTo(this.done);
        }
    }

    /** @return the units of work done */
    synchronized long done()
    {
        return this.done;
    }

    /** @return the units of work there are, as known now */
    synchronized long total()
    {
        return this.total;
    }

    /** @return the work done when the bar appeared, from which it counts its rate; -1 before it appears */
    synchronized long barStart()
    {
        return this.progressBar == null ? -1 : this.progressBar.getStart();
    }

    /**
     * The work is done: what was done is all there was. A log that had plain lines gets a last one saying so (it would
     * otherwise end at "50/60"); the bar is cleared when closed.
     */
    synchronized void finish()
    {
        this.total = this.done;
        if (this.lines && this.printed)
        {
            line(this.clock.getAsLong());
        }
    }

    /** Print a plain line if one is due. */
    synchronized void tick()
    {
        long now = this.clock.getAsLong();
        if (!this.lines || now - this.lastLine < this.lineInterval)
        {
            return;
        }
        line(now);
    }

    private void line(final long now)
    {
        this.lastLine = now;
        this.printed = true;
        long seconds = (now - this.start) / 1_000_000_000L;
        this.err.printf(Locale.ROOT, "forkcast: %d/%d %s done, %d:%02d:%02d elapsed%n", Math.min(this.done, this.total),
                this.total, this.unit, seconds / 3600, seconds / 60 % 60, seconds % 60);
        this.err.flush();
    }

    /**
     * The library's console output without the line break it ends with, so that {@link #close()} can blank the bar's
     * line and leave the cursor at its start, where the next output begins (the library's own clearDisplayOnFinish
     * is skipped when the bar closes before its first update, and leaves an empty line).
     */
    private static final class WithoutLineBreak extends ConsoleProgressBarConsumer
    {
        private final PrintStream stream;

        WithoutLineBreak(final PrintStream stream, final int width)
        {
            super(stream, width);
            this.stream = stream;
        }

        @Override
        public void close()
        {
            this.stream.flush();
        }
    }

    /**
     * A signal ends the work: stop and clear the bar, and on a terminal blank the line even when no bar was drawn, so
     * that what follows does not start after the "^C" the terminal echoed.
     */
    synchronized void interrupted()
    {
        close();
        if (this.width > 0)
        {
            this.barStream.print("\r" + " ".repeat(this.width - 1) + "\r");
            this.barStream.flush();
        }
    }

    /** Stop and clear the bar; again is harmless. */
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
            this.barStream.print("\r" + " ".repeat(this.width - 1) + "\r");
            this.barStream.flush();
            this.progressBar = null; // closed once: an interruption closes it before the command does
        }
    }
}
