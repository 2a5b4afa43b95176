package forkcast.models.recording;

/**
 * A failure injected into a run: the element is down from {@code at} for {@code duration} seconds.
 */
public record DownWindow(double at, double duration)
{
    public DownWindow
    {
        if (!(at >= 0) || !(duration > 0))
        {
            throw new IllegalArgumentException("a down window needs at >= 0 and a duration > 0");
        }
    }
}
