package forkcast.models.recording;

import forkcast.models.calls.Call;
import forkcast.models.calls.Gateway;
import forkcast.models.calls.LineFigures;
import forkcast.models.network.LocationsCac;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * An established recording session: a call's two recording calls (R5), or one of them when the legs took different
 * trunks ({@link CallSessions}), over one SIP trunk to a recorder, or to a CUBE that forks them to several recorders
 * (R10); its copies; the MTPs that mandatory Early Offer took; and the source's site.
 *
 * <p>Its life is a small state machine ({@link SessionPhase}), and this class is its only owner: any step outside
 * that life is a bookkeeping error and fails the run. Counting, loss and give-back over its copies are in
 * {@link SessionCopies}.
 */
public final class RecordingSession implements Admission
{
    /** The near-end leg (x-nearend, the agent's stream). */
    public static final int NEAR_END = 0;
    /** The far-end leg (x-farend, the customer's stream). */
    public static final int FAR_END = 1;

    private final Call call;
    private final SipTrunk trunk;
    private final CubeMediaProxy cube;
    private final Copy[] copies;
    private final int sourceSite;
    private int mtps;
    private final double setupWait;
    /** Recording calls it holds: 2 when both legs took this trunk together, 1 for one leg (R5). */
    private int streams;
    private final int end;
    private double establishedAt = Double.NaN;
    /** When its media started flowing (NaN before). */
    private double mediaStartedAt = Double.NaN;
    /** Whether its media reaches a recorder now, so that the call counts as recorded (coverage). */
    private boolean recorded;
    private double lostAt = Double.POSITIVE_INFINITY;
    private Gateway sourceGateway;
    private SessionPhase phase = SessionPhase.SETTING_UP;
    /** The group whose line requested it (the breakdowns count its media there, wherever the call moves). */
    private final LineFigures line;
    private SimEventInterface<Double> mediaStart;
    /** F7: the locations-CAC budgets its recording calls hold a deduction on, each; null when none. */
    private LocationsCac cac;
    private int cacBitsPerCall;

    /**
     * @param setupWait seconds its set-up waits in the destination's set-up queue before its recording calls are
     *            answered (F6); through CUBE, until CUBE and its first recorder have answered (R10)
     */
    public RecordingSession(final Call call, final SipTrunk trunk, final CubeMediaProxy cube, final Copy[] copies,
            final int sourceSite, final int mtps, final double setupWait)
    {
        this(call, trunk, cube, copies, sourceSite, mtps, setupWait, Recorder.STREAMS_PER_SESSION, NEAR_END);
    }

    /**
     * @param streams recording calls it holds: 2 for both legs, 1 for one
     * @param end with one leg, which: {@link #NEAR_END} or {@link #FAR_END}
     */
    public RecordingSession(final Call call, final SipTrunk trunk, final CubeMediaProxy cube, final Copy[] copies,
            final int sourceSite, final int mtps, final double setupWait, final int streams, final int end)
    {
        this.streams = streams;
        this.end = end;
        this.call = call;
        this.line = call.group().lines(call.recordingOption());
        this.trunk = trunk;
        this.cube = cube;
        this.copies = copies;
        this.sourceSite = sourceSite;
        this.mtps = mtps;
        this.setupWait = setupWait;
        for (Copy copy : copies)
        {
            copy.session(this);
        }
    }

    /** @return the lines (agent group and recording option) the session was set up for */
    public LineFigures line()
    {
        return this.line;
    }

    /** @return recording calls it holds: 2 (both legs, one per stream) or 1 (one leg) */
    public int streams()
    {
        return this.streams;
    }

    /** @return whether it carries leg {@code leg} ({@link #NEAR_END} or {@link #FAR_END}) */
    public boolean carries(final int leg)
    {
        return this.streams == Recorder.STREAMS_PER_SESSION || this.end == leg;
    }

    /** The other leg took the same trunk and destination at the same instant: it now holds both recording calls. */
    void widen(final int moreMtps)
    {
        this.streams = Recorder.STREAMS_PER_SESSION;
        this.mtps += moreMtps;
    }

    /**
     * @return seconds its set-up waited in the destination's set-up queue (F6); through CUBE, in CUBE's queue or its
     *         first recorder's, whichever answered later (R10)
     */
    public double setupWait()
    {
        return this.setupWait;
    }

    /** @return when its recording calls were set up (before media, after any set-up wait) */
    double establishedAt()
    {
        return this.establishedAt;
    }

    void establishedAt(final double now)
    {
        this.establishedAt = now;
    }

    /** Its media starts flowing now. */
    void mediaStarted(final double now)
    {
        this.mediaStartedAt = now;
    }

    /** @return whether it was started (its media scheduled) */
    boolean started()
    {
        return !Double.isNaN(this.establishedAt);
    }

    /**
     * @return the seconds of the call it missed while its set-up waited in the queue, by {@code now}: until the
     *         recording calls were answered, or until every copy was cut if that came first
     */
    double queueLostSeconds(final double now)
    {
        return Math.max(0, Math.min(Math.min(now, this.establishedAt + this.setupWait), this.lostAt)
                - this.establishedAt) * this.streams / Recorder.STREAMS_PER_SESSION;
    }

    public Call call()
    {
        return this.call;
    }

    public SipTrunk trunk()
    {
        return this.trunk;
    }

    /** @return the CUBE that forks the session, or null for a session straight to a recorder */
    public CubeMediaProxy cube()
    {
        return this.cube;
    }

    /** @return the copies, one per recorder it reaches (what they say together: {@link SessionCopies}); shared array */
    public Copy[] copies()
    {
        return this.copies;
    }

    /** @return whether its media reaches a recorder now (the call counts as recorded) */
    boolean recorded()
    {
        return this.recorded;
    }

    void recorded(final boolean flowing)
    {
        this.recorded = flowing;
    }

    /**
     * @return the recorded seconds its copies missed by {@code now}: from their cuts, and before a late copy's
     *         recorder answered (R10); see {@link SessionCopies#lostSeconds}
     */
    double lostSeconds(final double now)
    {
        return SessionCopies.lostSeconds(this.copies, this.mediaStartedAt, now, this.streams);
    }

    /** @return the site index of the device that forks the media */
    public int sourceSite()
    {
        return this.sourceSite;
    }

    /** @return MTPs taken from the trunk's pool */
    public int mtps()
    {
        return this.mtps;
    }

    /** @return the gateway that forks the media, or null when the phone does */
    public Gateway sourceGateway()
    {
        return this.sourceGateway;
    }

    void sourceGateway(final Gateway gateway)
    {
        this.sourceGateway = gateway;
    }

    public SessionPhase phase()
    {
        return this.phase;
    }

    /** @return true while media flows to the recorders */
    public boolean recording()
    {
        return this.phase == SessionPhase.RECORDING;
    }

    /** @return true once every copy was cut and the session's resources were given back */
    public boolean lost()
    {
        return this.phase == SessionPhase.LOST;
    }

    /** Every copy was cut at {@code now}: the session is lost. */
    void lose(final double now)
    {
        become(SessionPhase.LOST);
        this.lostAt = now;
    }

    /** Step to {@code next}, or fail the run when the step is not in the session's life. */
    void become(final SessionPhase next)
    {
        if (!this.phase.canBecome(next))
        {
            throw new IllegalStateException("recording session of call " + this.call.id() + " cannot go from "
                    + this.phase + " to " + next);
        }
        this.phase = next;
    }

    /** @return the pending start of media after the set-up delay, or null */
    SimEventInterface<Double> mediaStart()
    {
        return this.mediaStart;
    }

    void mediaStart(final SimEventInterface<Double> event)
    {
        this.mediaStart = event;
    }

    /**
     * F7: each of the session's recording calls holds {@code bitsPerCall} of locations CAC between the source's site and
     * the trunk's destination, given back with everything else.
     */
    void cacHeld(final LocationsCac budgets, final int bitsPerCall)
    {
        this.cac = budgets;
        this.cacBitsPerCall = bitsPerCall;
    }

    /**
     * Give back everything the session holds: each live copy's recorder streams (reserved for a late copy) and CUBE
     * pair, trunk, MTPs and its
     * locations-CAC deduction.
     */
    void giveBack(final double now)
    {
        if (this.cac != null)
        {
            this.cac.release(now, this.sourceSite, this.trunk.destinationSite(), this.cacBitsPerCall, this.streams);
            this.cac = null;
        }
        SessionCopies.giveBack(this.copies, now, this.streams, this.cube);
        if (this.cube != null)
        {
            this.cube.release(now, this.streams);
        }
        this.trunk.release(now, this.streams);
        this.trunk.giveMtps(now, this.mtps);
    }

    /** @return a short description for traces: the destination and its recorders */
    public String describe()
    {
        StringBuilder s = new StringBuilder(this.trunk.config().id());
        if (this.cube != null)
        {
            s.append(' ').append(this.cube.config().id());
        }
        SessionCopies.describe(this.copies, s);
        return s.toString();
    }
}
