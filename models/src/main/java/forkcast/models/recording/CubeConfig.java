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
 */
public record CubeConfig(String id, String site, String platform, int maxSessions, List<String> forkTo,
        List<DownWindow> down)
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
        if (maxSessions < 0)
        {
            throw new IllegalArgumentException("CUBE " + id + ": maxSessions must be >= 0");
        }
    }
}
