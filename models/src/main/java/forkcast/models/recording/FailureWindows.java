package forkcast.models.recording;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import forkcast.models.network.MediaNetwork;
import forkcast.sim.SimContext;

/**
 * Failure windows of recorders, CUBEs, trunks and links, and the cuts they make. While an element is down it refuses
 * new sessions (the elements and {@link TrunkAdmission} check that); when it goes down, the copies of running
 * sessions that depend on it are cut: a recorder's own copies, every copy a CUBE forks, every copy of a trunk's
 * sessions, and the copies whose media crosses a link. A cut copy's recorder and CUBE pair are given back at once;
 * when the last copy goes, the whole session is lost (its media stops and everything it held is given back) and the
 * call stays unrecorded until a later session. The seconds a cut copy misses are counted when its session ends.
 */
public final class FailureWindows
{
    private final SimContext context;
    private final MediaNetwork network;
    private final ForkedMedia media;
    private final RecordingStatistics statistics;
    private final RecordingTrace trace;
    /** The sessions a failure can cut, in the order they were established (the order of the cuts). */
    private final Set<RecordingSession> running = new LinkedHashSet<>();

    FailureWindows(final SimContext context, final MediaNetwork network, final ForkedMedia media,
            final RecordingStatistics statistics, final RecordingTrace trace)
    {
        this.context = context;
        this.network = network;
        this.media = media;
        this.statistics = statistics;
        this.trace = trace;
    }

    void sessionEstablished(final RecordingSession session)
    {
        this.running.add(session);
    }

    void sessionEnded(final RecordingSession session)
    {
        this.running.remove(session);
    }

    /** A recorder's failure window starts or ends; at the start its copies are cut. */
    public void recorderDown(final Recorder recorder, final boolean down)
    {
        recorder.down(down);
        if (down)
        {
            double now = this.context.now();
            for (RecordingSession session : List.copyOf(this.running))
            {
                for (Copy copy : session.copies())
                {
                    if (copy.recorder() == recorder)
                    {
                        cut(session, copy, RejectReason.RECORDER_DOWN, now);
                    }
                }
            }
        }
    }

    /** A CUBE's failure window starts or ends; at the start every copy it forks is cut. */
    public void cubeDown(final CubeMediaProxy cube, final boolean down)
    {
        cube.down(down);
        if (down)
        {
            cutAll(s -> s.cube() == cube, RejectReason.CUBE_DOWN);
        }
    }

    /** A trunk's failure window starts or ends; at the start its sessions are cut. */
    public void trunkDown(final SipTrunk trunk, final boolean down)
    {
        trunk.down(down);
        if (down)
        {
            cutAll(s -> s.trunk() == trunk, RejectReason.TRUNK_DOWN);
        }
    }

    /** A link's failure window starts or ends; at the start the copies whose media crosses it are cut. */
    public void linkDown(final int linkIndex, final boolean down)
    {
        this.network.down(linkIndex, down);
        if (!down)
        {
            return;
        }
        double now = this.context.now();
        for (RecordingSession session : List.copyOf(this.running))
        {
            CubeMediaProxy cube = session.cube();
            int to = cube == null ? session.copies()[0].recorder().siteIndex() : cube.siteIndex();
            if (this.network.routeCrosses(session.sourceSite(), to, linkIndex))
            {
                for (Copy copy : session.copies())
                {
                    cut(session, copy, RejectReason.LINK_DOWN, now);
                }
            }
            else if (cube != null)
            {
                for (Copy copy : session.copies())
                {
                    if (this.network.routeCrosses(cube.siteIndex(), copy.recorder().siteIndex(), linkIndex))
                    {
                        cut(session, copy, RejectReason.LINK_DOWN, now);
                    }
                }
            }
        }
    }

    private void cutAll(final Predicate<RecordingSession> affected, final RejectReason reason)
    {
        double now = this.context.now();
        for (RecordingSession session : List.copyOf(this.running))
        {
            if (affected.test(session))
            {
                for (Copy copy : session.copies())
                {
                    cut(session, copy, reason, now);
                }
            }
        }
    }

    /** A failure cut one copy; when none is left, the session is lost until the call ends. */
    private void cut(final RecordingSession session, final Copy copy, final RejectReason reason, final double now)
    {
        if (copy.cut() || session.lost())
        {
            return;
        }
        if (session.liveCopies() == 1)
        {
            // the last copy: the whole session goes, media from the source included
            if (session.recording())
            {
                this.media.stop(session, now);
            }
            session.giveBack(now);
            copy.cut(now);
            session.become(RecordingSession.Phase.LOST);
        }
        else
        {
            if (session.recording())
            {
                this.media.stopCopy(session, copy, now);
            }
            copy.recorder().release(now);
            session.cube().releasePair(now);
            copy.cut(now);
        }
        this.statistics.copiesCut().increment(now);
        this.trace.copyCut(now, session, copy, reason);
    }
}
