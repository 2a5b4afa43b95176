package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import forkcast.scenarios.ResourceEstimate;
import forkcast.scenarios.ResourceLimits;

class ResourceGuardTest
{
    /** Limits small enough for a modest estimate to pass the soft ones (events) and the hard ones (output). */
    private static final ResourceLimits TINY = new ResourceLimits(1e3, 1e9, 1e12, 1e12, 1e3, 1e6);
    private static final ResourceEstimate LARGE = new ResourceEstimate(5e4, 1e6, 5e6, 1e5);

    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(this.text, true);

    @Test
    void aRunPastAHardLimitIsRefusedWithItsEstimateAndTheKnob()
    {
        CommandException refusal = assertThrows(CommandException.class,
                () -> ResourceGuard.check("run", LARGE, TINY, new RunOptions(), this.err));
        assertEquals(ExitCodes.INVALID, refusal.exitCode());
        String message = refusal.getMessage();
        assertTrue(message.startsWith("refused before simulating: this run would take"), message);
        assertTrue(message.contains("about 5 MB of output files (timeseries.csv: 100,000 rows), above the limit of 1 MB"),
                message);
        assertTrue(message.contains("--allow-large"), message);
        assertEquals(1, message.lines().count(), "one line: " + message);
    }

    @Test
    void allowLargeLetsItRunWithAWarning()
    {
        RunOptions options = new RunOptions();
        options.allowLarge = true;
        ResourceGuard.check("run", LARGE, TINY, options, this.err);
        String message = joined(this.text.toString());
        assertTrue(message.contains("warning: --allow-large: this run will take about 5 MB of output files"), message);
        assertTrue(message.contains("warning: this run will take about 50,000 simulation events, above 1,000 events"),
                message);
    }

    /** Each warning filled at words to the terminal's width, its continuation lines indented. */
    @Test
    void warningsAreFilledAtWordsToTheTerminal()
    {
        RunOptions options = new RunOptions();
        options.allowLarge = true;
        ResourceGuard.check("run", LARGE, TINY, options, this.err);
        java.util.List<String> lines = this.text.toString().lines().toList();
        assertTrue(lines.size() > 2, "two warnings longer than a line: " + lines);
        for (String line : lines)
        {
            assertTrue(line.length() <= TerminalText.WIDTH, line);
            assertTrue(line.startsWith("forkcast run: warning: ") || line.startsWith("  "), line);
        }
        assertEquals(2, lines.stream().filter(l -> l.startsWith("forkcast run: warning: ")).count(), "two warnings");
        assertTrue(joined(this.text.toString()).contains("(timeseries.csv: 100,000 rows), above the limit of 1 MB"),
                "no word split: " + lines);
    }

    /** @return wrapped lines as the one line they continue */
    private static String joined(final String text)
    {
        return text.replaceAll("\\n  ", " ");
    }

    @Test
    void aRunPastASoftLimitRunsWithAWarningUnlessQuiet()
    {
        ResourceEstimate moderate = new ResourceEstimate(5e4, 1e6, 500, 10);
        ResourceGuard.check("sweep", moderate, TINY, new RunOptions(), this.err);
        assertTrue(joined(this.text.toString()).contains("forkcast sweep: warning: this sweep will take about 50,000"),
                this.text.toString());
        StringWriter quietText = new StringWriter();
        RunOptions quiet = new RunOptions();
        quiet.quiet = true;
        ResourceGuard.check("sweep", moderate, TINY, quiet, new PrintWriter(quietText, true));
        assertEquals("", quietText.toString());
    }
}
