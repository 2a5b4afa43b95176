package forkcast.reports.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * What a simulating command says when Ctrl-C (SIGINT) or SIGTERM ends it: the JVM runs its shutdown hooks and exits
 * 130 or 143, the outputs being safe already (the staging folder is dropped, {@link forkcast.reports.OutputFolder});
 * this hook clears the progress bar, which would otherwise be left on the line, and says in one line what is true:
 * whether the outputs were written, and for a batch how much of its work is kept for {@code --resume}.
 */
final class Interruption
{
    /** Whether the program ends itself (a worker thread's fatal error, said by its own line): no interruption. */
    private static volatile boolean endedByProgram;

    /** Whether finished replications are kept in a checkpoint for {@code --resume} (sweep, size). */
    private final boolean batch;
    /** Whether the batch's total is known ({@code sweep}) or an estimate the work may exceed ({@code size}). */
    private final boolean totalKnown;
    private final PrintWriter err;
    private final Thread hook;
    private volatile Progress progress;
    private volatile boolean written;

    /**
     * @param batch whether finished replications are kept in a checkpoint for {@code --resume}
     * @param totalKnown whether the progress's total is the work there is
     */
    private Interruption(final boolean batch, final boolean totalKnown, final PrintWriter err)
    {
        this.batch = batch;
        this.totalKnown = totalKnown;
        this.err = err;
        this.hook = new Thread(this::report, "forkcast-interrupted");
    }

    /** @return an interruption reported from now until {@link #finished} */
    static Interruption watch(final boolean batch, final boolean totalKnown, final PrintWriter err)
    {
        Interruption i = new Interruption(batch, totalKnown, err);
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    /** The work is under way: its progress is what an interruption clears and counts. */
    void started(final Progress running)
    {
        this.progress = running;
    }

    /** The outputs are published. */
    void written()
    {
        this.written = true;
    }

    /** The command ends on its own: nothing to say (a command that ends by a signal is already shutting down). */
    void finished()
    {
        try
        {
            Runtime.getRuntime().removeShutdownHook(this.hook);
        }
        catch (IllegalStateException shuttingDown)
        {
            // the hook is running or about to: it says what is true
        }
    }

    /** The program is ending itself ({@link ForkcastCommand}'s exit): its hooks run, but nobody interrupted it. */
    static void programEnds()
    {
        endedByProgram = true;
    }

    /** @return whether the JVM is running its shutdown hooks (a signal came): no hook can be added any more */
    static boolean shuttingDown()
    {
        Thread probe = new Thread(() -> { });
        try
        {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        }
        catch (IllegalStateException e)
        {
            return true;
        }
    }

    private void report()
    {
        if (endedByProgram)
        {
            return;
        }
        Progress p = this.progress;
        long done = 0;
        long total = 0;
        if (p != null)
        {
            done = p.done();
            total = p.total();
            p.interrupted(); // clears the bar's line, so the message starts a clean line
        }
        // at words, as every line of the terminal
        TerminalText.fill("forkcast: " + message(this.batch, this.written, done, this.totalKnown ? total : -1), "  ")
                .forEach(this.err::println);
        this.err.flush();
    }

    /**
     * @param batch whether the finished replications are kept for {@code --resume} (sweep, size)
     * @param written whether the outputs were published before the signal came
     * @param done replications finished
     * @param total replications there are, or -1 when not known (a sizing's is an estimate)
     * @return the line said on an interruption
     */
    static String message(final boolean batch, final boolean written, final long done, final long total)
    {
        if (written)
        {
            return "interrupted after the outputs were written";
        }
        if (!batch || done == 0)
        {
            return "interrupted: nothing written";
        }
        return String.format(Locale.ROOT, "interrupted: %d%s replication%s done and kept, nothing written; run the"
                + " same command with --resume to continue", done, total >= 0 ? " of " + total : "",
                done == 1 && total < 0 ? "" : "s");
    }
}
