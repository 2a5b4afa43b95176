package forkcast.models.recording;

import forkcast.models.calls.Call;
import forkcast.models.calls.CallRecording;
import forkcast.models.calls.Gateway;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * An established recording session: two recording calls over one SIP trunk (R5) to a recorder, or to a CUBE that
 * forks them to several recorders (R10); its copies; the MTPs that mandatory Early Offer took; and the source's site.
 *
 * <p>Its life is a small state machine, and this class is its only owner: {@link Phase#SETTING_UP} until the
 * cluster's set-up delay has passed, then {@link Phase#RECORDING} while media flows; a failure that cuts every copy
 * makes it {@link Phase#LOST} (its resources are given back, the call stays unrecorded); hold, a consult, a transfer
 * or the release make it {@link Phase#ENDED}. Any other step is a bookkeeping error and fails the run.
 */
public final class RecordingSession implements Admission, CallRecording
{
    /** Where a session is in its life. */
    public enum Phase
    {
        SETTING_UP, RECORDING, LOST, ENDED;

        /** @return whether a session may step from this phase to {@code next} */
        public boolean canBecome(final Phase next)
        {
            return switch (this)
            {
                case SETTING_UP -> next != SETTING_UP;
                case RECORDING -> next == LOST || next == ENDED;
                case LOST -> next == ENDED;
                case ENDED -> false;
            };
        }
    }

    private final Call call;
    private final SipTrunk trunk;
    private final CubeMediaProxy cube;
    private final Copy[] copies;
    private final int sourceSite;
    private final int mtps;
    private final double setupWait;
    private double establishedAt;
    private double lostAt = Double.POSITIVE_INFINITY;
    private Gateway sourceGateway;
    private Phase phase = Phase.SETTING_UP;
    private SimEventInterface<Double> mediaStart;

    /**
     * @param setupWait seconds its set-up waits in the destination's set-up queue before its recording calls are
     *            answered (F6)
     */
    public RecordingSession(final Call call, final SipTrunk trunk, final CubeMediaProxy cube, final Copy[] copies,
            final int sourceSite, final int mtps, final double setupWait)
    {
        this.call = call;
        this.trunk = trunk;
        this.cube = cube;
        this.copies = copies;
        this.sourceSite = sourceSite;
        this.mtps = mtps;
        this.setupWait = setupWait;
    }

    /** @return seconds its set-up waited in the destination's set-up queue (F6) */
    public double setupWait()
    {
        return this.setupWait;
    }

    void establishedAt(final double now)
    {
        this.establishedAt = now;
    }

    /**
     * @return the seconds of the call it missed while its set-up waited in the queue, by {@code now}: until the
     *         recording calls were answered, or until every copy was cut if that came first
     */
    double queueLostSeconds(final double now)
    {
        return Math.max(0, Math.min(Math.min(now, this.establishedAt + this.setupWait), this.lostAt)
                - this.establishedAt);
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

    /** @return the copies; shared array */
    public Copy[] copies()
    {
        return this.copies;
    }

    /** @return copies not cut */
    public int liveCopies()
    {
        int live = 0;
        for (Copy c : this.copies)
        {
            live += c.cut() ? 0 : 1;
        }
        return live;
    }

    /**
     * @return the recorded seconds the cut copies missed from their cut until {@code now}, each also counted against
     *         the failure window that cut it
     */
    double lostSeconds(final double now)
    {
        double lost = 0;
        for (Copy c : this.copies)
        {
            if (c.cut())
            {
                lost += now - c.cutAt();
                if (c.outage() != null)
                {
                    c.outage().lost(now, now - c.cutAt());
                }
            }
        }
        return lost;
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

    public Phase phase()
    {
        return this.phase;
    }

    /** @return true while media flows to the recorders */
    public boolean recording()
    {
        return this.phase == Phase.RECORDING;
    }

    /** @return true once every copy was cut and the session's resources were given back */
    public boolean lost()
    {
        return this.phase == Phase.LOST;
    }

    /** Every copy was cut at {@code now}: the session is lost. */
    void lose(final double now)
    {
        become(Phase.LOST);
        this.lostAt = now;
    }

    /** Step to {@code next}, or fail the run when the step is not in the session's life. */
    void become(final Phase next)
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

    /** Give back everything the session holds: each live copy's recorder streams and CUBE pair, trunk and MTPs. */
    void giveBack(final double now)
    {
        for (Copy copy : this.copies)
        {
            if (!copy.cut())
            {
                copy.recorder().release(now);
                if (this.cube != null)
                {
                    this.cube.releasePair(now);
                }
            }
        }
        if (this.cube != null)
        {
            this.cube.releasePair(now);
        }
        this.trunk.release(now);
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
        for (Copy c : this.copies)
        {
            s.append(' ').append(c.recorder().config().id());
        }
        return s.toString();
    }
}
