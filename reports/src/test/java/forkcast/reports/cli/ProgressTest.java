package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Progress: plain lines at a fixed interval when stderr is not a terminal, a bar when it is, on an injected clock. */
class ProgressTest
{
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final StringWriter text = new StringWriter();
    private final ByteArrayOutputStream bar = new ByteArrayOutputStream();

    private Progress progress(final boolean quiet, final boolean terminal)
    {
        return new Progress(new PrintWriter(this.text, true), new PrintStream(this.bar, true, StandardCharsets.UTF_8),
                "replications", 4, quiet, terminal ? 80 : 0, this.now::get, 10 * SECOND, false);
    }

    /**
     * A sizing's total is an estimate: it ended with "83% [====...] 50/60 replications" left on screen above its answer.
     * Finished, the bar's line is blanked and the cursor left at its start, where the answer is printed.
     */
    @Test
    void theBarIsClearedWhenTheWorkEnds()
    {
        try (Progress p = progress(false, true))
        {
            this.now.addAndGet(2 * SECOND);
            p.step();
            p.step();
            p.step();
            p.finish();
        }
        String drawn = this.bar.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("3/4 replications"), "the bar was drawn: " + drawn);
        int last = drawn.lastIndexOf('\r', drawn.length() - 2);
        assertEquals("\r" + " ".repeat(79) + "\r", drawn.substring(last), "the last line is blank: " + drawn);
        assertFalse(drawn.contains("\n"), "no empty line left below it");
    }

    /** A log whose last plain line said 3/4 gets one saying the work was done, as much as it turned out to be. */
    @Test
    void aLogEndsWithTheWorkDone()
    {
        try (Progress p = progress(false, false))
        {
            p.step();
            p.step();
            p.step();
            this.now.addAndGet(10 * SECOND);
            p.tick();
            p.finish();
        }
        assertEquals("forkcast: 3/4 replications done, 0:00:10 elapsed\n"
                + "forkcast: 3/3 replications done, 0:00:10 elapsed\n", this.text.toString().replace("\r\n", "\n"));
    }

    @Test
    void withoutATerminalAPlainLineIsPrintedEveryInterval()
    {
        try (Progress p = progress(false, false))
        {
            p.step();
            this.now.addAndGet(9 * SECOND);
            p.tick();
            assertEquals("", this.text.toString(), "nothing before the first interval");
            this.now.addAndGet(SECOND);
            p.tick();
            this.now.addAndGet(3 * SECOND);
            p.step();
            p.step();
            this.now.addAndGet(3_600 * SECOND);
            p.tick();
            p.tick();
        }
        String expected = "forkcast: 1/4 replications done, 0:00:10 elapsed\n"
                + "forkcast: 3/4 replications done, 1:00:13 elapsed\n";
        assertEquals(expected, this.text.toString().replace("\r\n", "\n"));
        assertFalse(this.text.toString().contains("\u001b"), "no ANSI codes");
    }

    @Test
    void aLongReplicationStillShowsTheRunIsAlive()
    {
        try (Progress p = progress(false, false))
        {
            this.now.addAndGet(25 * SECOND);
            p.tick();
        }
        assertEquals("forkcast: 0/4 replications done, 0:00:25 elapsed\n", this.text.toString().replace("\r\n", "\n"));
    }

    /** On a terminal the bar appears after a second and counts its rate from the work done by then. */
    @Test
    void theBarsRateCountsTheWorkSinceItAppeared()
    {
        try (Progress p = progress(false, true))
        {
            p.step();
            p.step();
            assertEquals(-1, p.barStart(), "no bar within the first second");
            this.now.addAndGet(2 * SECOND);
            p.step();
            assertEquals(3, p.barStart(), "the three replications done before it are not counted in its rate");
        }
    }

    @Test
    void quietPrintsNothing()
    {
        try (Progress p = progress(true, false))
        {
            p.step();
            this.now.addAndGet(60 * SECOND);
            p.tick();
            p.step();
        }
        assertEquals("", this.text.toString());
    }

    /**
     * At 80 columns the bar takes what the figures leave (the library's own line left it 4 columns); the rate and the
     * ETA appear once known, never as "?".
     */
    @Test
    void theBarFillsTheWidthTheFiguresLeave()
    {
        ProgressLine line = new ProgressLine("replications");
        String early = line.render(3, 100, 0, java.time.Duration.ofMillis(400), 79);
        assertEquals("  3% [> ", early.substring(0, 8), early);
        assertTrue(early.endsWith("] 3/100 replications") && !early.contains("?") && !early.contains("/s"), early);
        assertEquals(79, early.length(), early);

        String later = line.render(37, 100, 34, java.time.Duration.ofSeconds(10), 79);
        assertTrue(later.endsWith("] 37/100 replications, 3.40/s, ETA 0:00:19"), later);
        assertEquals(79, later.length(), later);
        int bar = later.indexOf(']') - later.indexOf('[') - 1;
        assertTrue(bar >= 30, bar + " columns of bar: " + later);
        assertEquals((int) (bar * 0.37), later.chars().filter(c -> c == '=' || c == '>').count(), later);

        String narrow = line.render(37, 100, 34, java.time.Duration.ofSeconds(10), 40);
        assertTrue(narrow.length() <= 40 && narrow.startsWith(" 37% 37/100"), "no stub of a bar: " + narrow);
        assertEquals("100% [" + "=".repeat(49) + "] 100/100 replications",
                line.render(100, 100, 0, java.time.Duration.ZERO, 77));
    }
}
