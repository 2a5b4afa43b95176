package forkcast.reports.cli;

/** SPEC section 4's exit codes, and 3 for a gate (--fail-on, --assert) that a successful run did not pass. */
final class ExitCodes
{
    static final int OK = 0;
    static final int RUN_FAILED = 1;
    static final int INVALID = 2;
    static final int GATE_FAILED = 3;

    /** The exit-code section of --help (picocli's exitCodeList format, one constant per code). */
    static final String HEADING = "%nExit codes:%n";
    static final String LIST_OK = "0:success: the outputs are written";
    static final String LIST_FAILED = "1:the run failed (the message says why and at what simulated time), could not"
            + " be written (a full disk), ran out of memory, or an internal error (--debug shows its stack trace)";
    static final String LIST_INVALID = "2:bad usage, an invalid scenario (FILE:LINE:COLUMN: error: ...), a run refused"
            + " as too large, or an --out that is refused; checked before anything runs, nothing is written";
    static final String LIST_GATE = "3:the run succeeded and its outputs are written, but a --fail-on verdict or an"
            + " --assert did not pass (each is named)";

    private ExitCodes()
    {
    }
}
