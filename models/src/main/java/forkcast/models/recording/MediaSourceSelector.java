package forkcast.models.recording;

import forkcast.models.calls.MediaSource;
import forkcast.models.calls.MediaSourcePreference;

/**
 * Chooses the device that forks a call's media, by Table 1 (R14) and the fallback order of Table 2 (R15).
 *
 * <p>Candidates, in the order of the line's preference: with a <em>gateway</em> preference the first gateway in the
 * call path, the second, then the phone; with a <em>phone</em> preference the phone, then the first and second
 * gateway. Gateways are no candidates on a secure (SRTP) call (R14), and only gateways actually in the call path
 * count. The first candidate that is available is the source; when an earlier candidate was unavailable the choice
 * is a fallback, and {@link Selection#step()} says how far down the order it went. No available candidate: null, and
 * the session fails with {@link RejectReason#NO_MEDIA_SOURCE}.
 *
 * <p>What makes a candidate unavailable is decided by the caller: for the phone, the built-in bridge off (R22), the
 * bridge on with "MTP required" (R22: recording fails), or the authenticated-phone policy (R33); for a gateway, no UC
 * gateway services (R8, R23) or a SIP proxy between CUCM and the gateway (R16).
 */
public final class MediaSourceSelector
{
    /**
     * The chosen source.
     *
     * @param source phone or gateway
     * @param gateway index in the call path (0 or 1) when the source is a gateway, else -1
     * @param step position of the choice among the call's candidates: 0 is the first choice, 1 the first fallback
     */
    public record Selection(MediaSource source, int gateway, int step)
    {
        /** @return true when an earlier candidate was unavailable */
        public boolean fallback()
        {
            return this.step > 0;
        }
    }

    private static final Selection[] PHONE = {new Selection(MediaSource.PHONE, -1, 0),
            new Selection(MediaSource.PHONE, -1, 1), new Selection(MediaSource.PHONE, -1, 2)};
    private static final Selection[][] GATEWAY = {
            {new Selection(MediaSource.GATEWAY, 0, 0), new Selection(MediaSource.GATEWAY, 0, 1)},
            {new Selection(MediaSource.GATEWAY, 1, 1), new Selection(MediaSource.GATEWAY, 1, 2)}};

    private MediaSourceSelector()
    {
    }

    /**
     * @param preference the line's preferred source
     * @param secure true for an SRTP call (never a gateway, R14)
     * @param phoneAvailable whether the agent's phone can fork this call
     * @param gatewaysAvailable for each gateway in the call path, in order, whether it can fork
     * @return the source, or null when none is available; the objects are shared constants (no allocation)
     */
    public static Selection select(final MediaSourcePreference preference, final boolean secure,
            final boolean phoneAvailable, final boolean... gatewaysAvailable)
    {
        int gateways = secure ? 0 : gatewaysAvailable.length;
        int step = 0;
        if (preference == MediaSourcePreference.PHONE)
        {
            if (phoneAvailable)
            {
                return PHONE[0];
            }
            step++;
        }
        for (int g = 0; g < gateways; g++, step++)
        {
            if (gatewaysAvailable[g])
            {
                return GATEWAY[g][step - g];
            }
        }
        if (preference == MediaSourcePreference.GATEWAY && phoneAvailable)
        {
            return PHONE[step];
        }
        return null;
    }
}
