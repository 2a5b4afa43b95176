package forkcast.models.recording;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Call;
import forkcast.models.calls.Gateway;
import forkcast.models.calls.MediaSource;

/**
 * Choosing the device that forks a call's media for a new session, from what the call and its route offer: the
 * line's preference (R14), the phone's built-in bridge and policies against the first destination (R22, R33), the
 * gateways in the call's path that can fork it (R8, R16; F5: for as long as they are in the path). {@link MediaSourceSelector} applies Tables 1 and 2; this class
 * asks the call and tells where the chosen source stands and whether it offers SDP early (R10, R18). The selections
 * are shared constants, so a choice allocates nothing.
 */
final class MediaSourceChoice
{
    private MediaSourceChoice()
    {
    }

    /** @return the source for a session of {@code call} over {@code route}, or null when no device can fork it */
    static MediaSourceSelector.Selection choose(final Call call, final RecordingRoute route)
    {
        AgentGroup group = call.group();
        Recorder firstRecorder = route.first().recorder();
        boolean secureDestination = firstRecorder != null && firstRecorder.config().secure();
        boolean fallbackDestination = firstRecorder != null && firstRecorder.config().srtpFallback();
        return MediaSourceSelector.select(group.config().line().mediaSource(), call.secure(),
                group.phoneCanFork(secureDestination, fallbackDestination), call.gatewaysCanFork());
    }

    /** @return the gateway that forks, or null when the phone does */
    static Gateway gateway(final Call call, final MediaSourceSelector.Selection source)
    {
        return source.source() == MediaSource.GATEWAY ? call.gateways().get(source.gateway()) : null;
    }

    /** @return the site of the forking device */
    static int site(final Call call, final MediaSourceSelector.Selection source)
    {
        return source.source() == MediaSource.PHONE ? call.group().siteIndex()
                : call.gateways().get(source.gateway()).siteIndex();
    }

    /** @return whether the source offers SDP in its INVITE (a gateway does; a phone when its protocol does, R18) */
    static boolean offersEarly(final Call call, final MediaSourceSelector.Selection source)
    {
        return source.source() == MediaSource.GATEWAY || call.group().config().phone().offersEarly();
    }
}
