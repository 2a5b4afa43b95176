package forkcast.benchmarks;

/** The loss system all event-loop benchmarks share, as in the reference anchors: c = 100, A = 90 Erlang, h = 1. */
final class LossSystemParameters
{
    static final int SERVERS = 100;
    static final double LOAD = 90.0;
    /** Statistics start after 20 mean holding times (the anchors' warm-up). */
    static final double WARMUP = 20.0;

    private LossSystemParameters()
    {
    }
}
