package forkcast.models.recording;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import forkcast.models.network.MediaNetwork;
import forkcast.sim.SimContext;

/**
 * Failure windows of recorders, CUBEs, trunks and links, and the cuts they make. While an element is down it does not
 * answer new sessions (the elements and {@link TrunkAdmission} check that; the INVITE times out unless the trunk's
 * {@link OptionsPing} marked it out of service first); when it goes down, the copies of running sessions that depend
 * on it are cut: a recorder's own copies, every copy a CUBE forks, every copy of a trunk's sessions, and the copies
 * whose media crosses a link. A cut copy's recorder and CUBE pair are given back at once; when the last copy goes, the
 * whole session is lost (its media stops and everything it held is given back) and the call stays unrecorded until a
 * later session. The seconds a cut copy misses are counted when its session ends, in total and against the
 * {@link Outage} that cut it.
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
    /** The failure window each element is in now. */
    private final Map<Object, Outage> current = new IdentityHashMap<>();
    private final List<Outage> outages = new ArrayList<>();
    private final List<OptionsPing> pings = new ArrayList<>();

    FailureWindows(final SimContext context, final MediaNetwork network, final ForkedMedia media,
            final RecordingStatistics statistics, final RecordingTrace trace)
    {
        this.context = context;
        this.network = network;
        this.media = media;
        this.statistics = statistics;
        this.trace = trace;
    }

    /** The trunks whose SIP profile enables OPTIONS ping: each gets its ping. */
    public void monitor(final Iterable<SipTrunk> trunks)
    {
        for (SipTrunk trunk : trunks)
        {
            if (trunk.timers().optionsPing())
            {
                this.pings.add(new OptionsPing(this.context, trunk));
            }
        }
    }

    /**
     * @param element what fails, as kind and id (e.g. {@code recorder.rec-a})
     * @param number the window's place in the element's list, from 1
     * @return a new failure window, listed in {@link #outages()}
     */
    public Outage outage(final String element, final int number)
    {
        Outage outage = new Outage(element, number, this.context.window());
        this.outages.add(outage);
        return outage;
    }

    /** @return every failure window, in the order they were made */
    public List<Outage> outages()
    {
        return List.copyOf(this.outages);
    }

    /** @return the failure window {@code element} is in now, or null */
    Outage outageOf(final Object element)
    {
        return this.current.get(element);
    }

    /** @return the failure window that makes {@code trunk}'s INVITEs go unanswered now ({@code reason}), or null */
    Outage outageOf(final SipTrunk trunk, final RejectReason reason)
    {
        return switch (reason)
        {
            case TRUNK_DOWN -> outageOf(trunk);
            case RECORDER_DOWN -> outageOf(trunk.recorder());
            case CUBE_DOWN -> outageOf(trunk.cube());
            default -> null;
        };
    }

    private void window(final Object element, final Outage outage)
    {
        if (outage == null)
        {
            this.current.remove(element);
        }
        else
        {
            this.current.put(element, outage);
        }
        for (OptionsPing ping : this.pings)
        {
            ping.destinationChanged();
        }
    }

    void sessionEstablished(final RecordingSession session)
    {
        // Only a failure window reads the running sessions, and every window is made before the run starts: without
        // one, keeping the set would cost two hash operations per session for nothing (13% of a large farm's run).
        if (!this.outages.isEmpty())
        {
            this.running.add(session);
        }
    }

    void sessionEnded(final RecordingSession session)
    {
        if (!this.outages.isEmpty())
        {
            this.running.remove(session);
        }
    }

    /** A recorder's failure window starts ({@code outage}) or ends (null); at the start its copies are cut. */
    public void recorderDown(final Recorder recorder, final Outage outage)
    {
        recorder.down(outage != null);
        window(recorder, outage);
        if (outage != null)
        {
            double now = this.context.now();
            for (RecordingSession session : List.copyOf(this.running))
            {
                for (Copy copy : session.copies())
                {
                    if (copy.recorder() == recorder)
                    {
                        cut(session, copy, RejectReason.RECORDER_DOWN, outage, now);
                    }
                }
            }
        }
    }

    /** A CUBE's failure window starts ({@code outage}) or ends (null); at the start every copy it forks is cut. */
    public void cubeDown(final CubeMediaProxy cube, final Outage outage)
    {
        cube.down(outage != null);
        window(cube, outage);
        if (outage != null)
        {
            cutAll(s -> s.cube() == cube, RejectReason.CUBE_DOWN, outage);
        }
    }

    /** A trunk's failure window starts ({@code outage}) or ends (null); at the start its sessions are cut. */
    public void trunkDown(final SipTrunk trunk, final Outage outage)
    {
        trunk.down(outage != null);
        window(trunk, outage);
        if (outage != null)
        {
            cutAll(s -> s.trunk() == trunk, RejectReason.TRUNK_DOWN, outage);
        }
    }

    /**
     * A link's failure window starts ({@code outage}) or ends (null); at the start the copies whose media crosses it
     * are cut.
     */
    public void linkDown(final int linkIndex, final Outage outage)
    {
        this.network.down(linkIndex, outage != null);
        if (outage == null)
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
                    cut(session, copy, RejectReason.LINK_DOWN, outage, now);
                }
            }
            else if (cube != null)
            {
                for (Copy copy : session.copies())
                {
                    if (this.network.routeCrosses(cube.siteIndex(), copy.recorder().siteIndex(), linkIndex))
                    {
                        cut(session, copy, RejectReason.LINK_DOWN, outage, now);
                    }
                }
            }
        }
    }

    private void cutAll(final Predicate<RecordingSession> affected, final RejectReason reason, final Outage outage)
    {
        double now = this.context.now();
        for (RecordingSession session : List.copyOf(this.running))
        {
            if (affected.test(session))
            {
                for (Copy copy : session.copies())
                {
                    cut(session, copy, reason, outage, now);
                }
            }
        }
    }

    /** A failure cut one copy; when none is left, the session is lost until the call ends. */
    private void cut(final RecordingSession session, final Copy copy, final RejectReason reason, final Outage outage,
            final double now)
    {
        if (copy.cut() || session.lost())
        {
            return;
        }
        if (copy.start() != null)
        {
            this.context.cancel(copy.start()); // a late copy cut before its recorder answered never starts
            copy.startCancelled();
        }
        if (SessionCopies.live(session.copies()) == 1)
        {
            // the last copy: the whole session goes, media from the source included
            if (session.recording())
            {
                this.media.stop(session, now);
            }
            session.giveBack(now);
            copy.cut(now, outage);
            session.lose(now);
        }
        else
        {
            if (session.recording() && copy.flowing())
            {
                this.media.stopCopy(session, copy, now);
            }
            copy.release(now, session.streams());
            session.cube().release(now, session.streams());
            copy.cut(now, outage);
        }
        this.statistics.copiesCut().add(now, (double) session.streams() / Recorder.STREAMS_PER_SESSION);
        this.trace.copyCut(now, session, copy, reason);
    }
}
