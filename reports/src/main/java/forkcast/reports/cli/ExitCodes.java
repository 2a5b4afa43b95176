package forkcast.reports.cli;

/** SPEC section 4's exit codes. */
final class ExitCodes
{
    static final int OK = 0;
    static final int RUN_FAILED = 1;
    static final int INVALID = 2;

    private ExitCodes()
    {
    }
}
