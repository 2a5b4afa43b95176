package forkcast.models.recording;

import forkcast.models.calls.Call;
import forkcast.models.media.Codec;
import forkcast.models.media.Layer2;
import forkcast.models.network.MediaNetwork;

/**
 * The forked media of sessions and its bandwidth: a session straight to a recorder sends two streams (R5) from the
 * source to the recorder; through CUBE, two streams from the source to CUBE and two from CUBE to each live copy's
 * recorder (R10), a late copy's from its recorder's answer. Each stream is put on the links of its route; the
 * recorder's ingress and stored payload, CUBE's ingress and egress, the forking gateway's egress and the total fork
 * rate follow. Rates are kept in exact millibits per second, so that starting and stopping the same media returns
 * every level to the same value.
 */
final class ForkedMedia
{
    private final MediaNetwork network;
    private final RecordingStatistics statistics;

    ForkedMedia(final MediaNetwork network, final RecordingStatistics statistics)
    {
        this.network = network;
        this.statistics = statistics;
    }

    /** All of a session's live media starts flowing. */
    void start(final RecordingSession session, final double now)
    {
        media(session, +1, now);
    }

    /** All of a session's live media stops. */
    void stop(final RecordingSession session, final double now)
    {
        media(session, -1, now);
    }

    /**
     * A late copy's media starts: its recorder answered after the session's media started (R10); the call records
     * from now if no other copy did (every copy on time was cut before).
     */
    void startCopy(final RecordingSession session, final Copy copy, final double now)
    {
        copyMedia(session, copy, +1, now);
        if (!session.recorded())
        {
            recorded(session, +1, now);
        }
    }

    /**
     * One copy's media stops (a failure cut it while the session's other copies stand); the call no longer records
     * when it was the only copy whose media flowed (the others wait for their recorders).
     */
    void stopCopy(final RecordingSession session, final Copy copy, final double now)
    {
        copyMedia(session, copy, -1, now);
        if (session.recorded() && SessionCopies.flowing(session.copies()) == 1)
        {
            recorded(session, -1, now);
        }
    }

    /** Start (+1) or stop (-1) all of a session's live media: source to recorder, or source to CUBE and its copies. */
    private void media(final RecordingSession session, final int sign, final double now)
    {
        Call call = session.call();
        CubeMediaProxy cube = session.cube();
        if (cube == null)
        {
            copyMedia(session, session.copies()[0], sign, now);
        }
        else
        {
            long pair = session.streams()
                    * MediaNetwork.milliBitsPerSecond(call.codec(), Layer2.ENDPOINT, call.secure());
            streams(session.sourceSite(), cube.siteIndex(), session, sign, now);
            cube.ingress(now, sign * pair);
            if (session.sourceGateway() != null)
            {
                session.sourceGateway().forkEgress(now, sign * pair);
            }
            fork(session, sign * pair, now);
            for (Copy copy : session.copies())
            {
                if (copy.flowing())
                {
                    copyMedia(session, copy, sign, now);
                }
            }
        }
        if (sign > 0 ? cube == null || SessionCopies.flowing(session.copies()) > 0 : session.recorded())
        {
            recorded(session, sign, now);
        }
    }

    /** The call starts (+1) or stops (-1) being recorded: its media reaches at least one recorder. */
    private void recorded(final RecordingSession session, final int sign, final double now)
    {
        session.recorded(sign > 0);
        // a call counts as recorded by halves: each leg is one of its two streams
        session.line().recordedStreams(now, sign * session.streams());
        this.statistics.recordedLegs(now, sign * session.streams());
    }

    /** One copy's media: the two streams to its recorder (from the source, or from CUBE). */
    private void copyMedia(final RecordingSession session, final Copy copy, final int sign, final double now)
    {
        Call call = session.call();
        Codec codec = call.codec();
        CubeMediaProxy cube = session.cube();
        Recorder recorder = copy.recorder();
        int from = cube == null ? session.sourceSite() : cube.siteIndex();
        streams(from, recorder.siteIndex(), session, sign, now);
        long ingress = session.streams() * MediaNetwork.milliBitsPerSecond(codec, Layer2.ENDPOINT, call.secure());
        long payload = Math.round(session.streams() * codec.payloadBitsPerSecond() * 1000.0);
        recorder.media(now, sign * ingress, sign * payload);
        if (cube != null)
        {
            cube.egress(now, sign * ingress);
        }
        else if (session.sourceGateway() != null)
        {
            session.sourceGateway().forkEgress(now, sign * ingress);
        }
        fork(session, sign * ingress, now);
    }

    /** R5: the session's near-end and/or far-end streams, each sent separately. */
    private void streams(final int from, final int to, final RecordingSession session, final int sign,
            final double now)
    {
        Call call = session.call();
        for (int stream = 0; stream < session.streams(); stream++)
        {
            this.network.stream(now, from, to, call.codec(), call.secure(), true, sign);
        }
    }

    private void fork(final RecordingSession session, final long milliBps, final double now)
    {
        session.line().forked(now, milliBps);
        this.statistics.forked(now, milliBps);
    }
}
