package forkcast.models.recording;

import java.util.List;

/**
 * A CUBE media proxy (R10, R12): it takes a recording session's two streams and forks each to every recorder in
 * {@code forkTo} (1 to 5).
 *
 * @param id CUBE id
 * @param site where it stands
 * @param platform the R12 platform name, for the report
 * @param maxSessions SIP dialogs (call legs) it holds at once: a recording session takes two inbound and two per
 *            forked copy
 * @param forkTo the recorders, in order
 * @param down failure windows
 * @param maxSetupsPerSecond sustained session set-up rate (a FIFO set-up queue, like a recorder's, F6);
 *            {@code Double.POSITIVE_INFINITY} for no limit
 */
public record CubeConfig(String id, String site, String platform, int maxSessions, List<String> forkTo,
        List<DownWindow> down, double maxSetupsPerSecond)
{
    /** R10: at most five recorders. */
    public static final int MAX_FORKS = 5;

    public CubeConfig
    {
        forkTo = List.copyOf(forkTo);
        down = List.copyOf(down);
        if (forkTo.isEmpty() || forkTo.size() > MAX_FORKS)
        {
            throw new IllegalArgumentException("CUBE " + id + ": forks to 1 to 5 recorders (R10)");
        }
        if (maxSessions < 0 || !(maxSetupsPerSecond > 0))
        {
            throw new IllegalArgumentException("CUBE " + id + ": maxSessions >= 0 and maxSetupsPerSecond > 0");
        }
    }

    /** A CUBE without a set-up rate limit. */
    public CubeConfig(final String id, final String site, final String platform, final int maxSessions,
            final List<String> forkTo, final List<DownWindow> down)
    {
        this(id, site, platform, maxSessions, forkTo, down, Double.POSITIVE_INFINITY);
    }
}
