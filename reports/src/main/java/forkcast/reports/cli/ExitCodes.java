package forkcast.reports.cli;

/**
 * SPEC section 4's exit codes, and 3 for an answer that is "no": a gate (--fail-on, --assert) that a successful run did
 * not pass, or a sizing whose range holds no value that meets its targets. Both are results, written and printed, that a
 * pipeline can stop on; 1 stays for work that failed.
 */
final class ExitCodes
{
    static final int OK = 0;
    static final int RUN_FAILED = 1;
    static final int INVALID = 2;
    /** A gate not passed, or no value of a sizing's range meeting its targets. */
    static final int TARGET_NOT_MET = 3;

    /** The exit-code section of --help (picocli's exitCodeList format, one constant per code). */
    static final String HEADING = "%nExit codes:%n";
    static final String LIST_OK = "0:success: the outputs are written";
    static final String LIST_FAILED = "1:the run failed (the message says why and at what simulated time), could not"
            + " be written (a full disk), ran out of memory, or an internal error (--debug shows its stack trace)";
    static final String LIST_INVALID = "2:bad usage, an invalid scenario (FILE:LINE:COLUMN: error: ...), a run refused"
            + " as too large, or an --out that is refused; nothing is written (all is checked before anything runs,"
            + " but an element's id in a metric name, which is checked against the results after the run)";
    static final String LIST_GATE = "3:the run succeeded and its outputs are written, but a --fail-on verdict or an"
            + " --assert did not pass (each is named)";
    /** The program's --help: 3 of every command that has it. */
    static final String LIST_ANSWER_NO = LIST_GATE + "; or no value of size's range meets every target";
    /** size's 0 and 3: it has targets rather than gates. */
    static final String LIST_SIZED = "0:success: a value meets every target; the answer is printed and the outputs"
            + " written";
    static final String LIST_NOT_SIZED = "3:the sizing succeeded and its outputs are written, but no value in the range"
            + " meets every target (the answer says so, even with --quiet)";

    private ExitCodes()
    {
    }
}
