package forkcast.models.recording;

import java.util.List;

import io.soabase.recordbuilder.core.RecordBuilder;

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
 * @param callMovementDerating F9: the share of {@code maxSessions} and {@code maxSetupsPerSecond} the CUBE keeps when
 *            its calls have multiple call movements (transfer and hold re-INVITEs cost signalling); 1 for none
 */
@RecordBuilder
public record CubeConfig(String id, String site, String platform, int maxSessions, List<String> forkTo,
        List<DownWindow> down, double maxSetupsPerSecond, double callMovementDerating)
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
        if (!(callMovementDerating > 0 && callMovementDerating <= 1))
        {
            throw new IllegalArgumentException("CUBE " + id + ": callMovementDerating in (0, 1]");
        }
    }

    /** @return F9: the dialogs it holds at once after the call-movement derating (rounded down) */
    public int deratedSessions()
    {
        return (int) Math.floor(this.maxSessions * this.callMovementDerating + 1e-9);
    }

    /** @return F9: its sustained set-up rate after the call-movement derating */
    public double deratedSetupsPerSecond()
    {
        return this.maxSetupsPerSecond * this.callMovementDerating;
    }

    /**
     * @return a builder for CUBE {@code id} at {@code site} holding {@code maxSessions} dialogs; {@code forkTo} must be
     *         set (1 to 5 recorders). Unset settings: no platform name, never down, no set-up rate limit, no
     *         call-movement derating.
     */
    public static CubeConfigBuilder builder(final String id, final String site, final int maxSessions)
    {
        return CubeConfigBuilder.builder().id(id).site(site).maxSessions(maxSessions).platform("").forkTo(List.of())
                .down(List.of()).maxSetupsPerSecond(Double.POSITIVE_INFINITY).callMovementDerating(1);
    }
}
