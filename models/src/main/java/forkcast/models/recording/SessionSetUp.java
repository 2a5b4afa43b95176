package forkcast.models.recording;

import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * One leg's hunt of the route list (R20): CUCM places the near-end and the far-end recording calls as two calls, and
 * each hunts the list on its own (with circular distribution each starts one trunk further than the call before it).
 * It is kept while an INVITE waits for its timeout (a destination that does not answer, or a set-up queue too long),
 * so that the hunt can go on from the next trunk; the call's release, hold or transfer cancels it. What the waits on
 * failed destinations cost is kept per failure window until the leg is set up.
 *
 * <p>Most hunts get their answer at once, at the call's connect; {@link SessionRequests} then hunts with one set-up
 * per leg that it reuses for every call ({@link #begin}), and only a leg that has to wait gets one of its own
 * ({@link #keep}). A request is made for almost every call, and two set-ups per call were a fifth of what the model
 * allocated.
 */
final class SessionSetUp
{
    private CallSessions request;
    private int leg;
    private SipTrunk[] trunks;
    private int start;
    private int tried;
    private SipTrunk waitingOn;
    private RejectReason pending;
    private Outage pendingOutage;
    private SimEventInterface<Double> timeout;
    /** Allocated when the first INVITE times out: most hunts never wait. */
    private Outage[] waitedOn;
    private double[] waited;
    private int waits;

    /** A set-up to be {@link #begin begun} for each call. */
    SessionSetUp()
    {
    }

    /**
     * Start the hunt of {@code leg} for a new request, from where the route starts it (a circular route list moves
     * on by one): all that the last call left here is cleared.
     * @param leg {@link RecordingSession#NEAR_END} or {@link RecordingSession#FAR_END}
     * @return this set-up
     */
    SessionSetUp begin(final CallSessions newRequest, final RecordingRoute route, final int newLeg)
    {
        this.request = newRequest;
        this.leg = newLeg;
        this.trunks = route.trunks();
        this.start = route.start();
        this.tried = 0;
        this.waitingOn = null;
        this.pending = null;
        this.pendingOutage = null;
        this.timeout = null;
        this.waitedOn = null;
        this.waited = null;
        this.waits = 0;
        return this;
    }

    /**
     * @return a set-up of its own, where the hunt stands now, for a leg that waits for an INVITE's timeout (this one
     *         is begun again for the next call); only before it has waited ({@link #waited} follows the timeout)
     */
    SessionSetUp keep()
    {
        if (this.waits > 0 || this.timeout != null)
        {
            throw new IllegalStateException("a set-up that already waited is kept already");
        }
        SessionSetUp kept = new SessionSetUp();
        kept.request = this.request;
        kept.leg = this.leg;
        kept.trunks = this.trunks;
        kept.start = this.start;
        kept.tried = this.tried;
        kept.waitingOn = this.waitingOn;
        kept.pending = this.pending;
        kept.pendingOutage = this.pendingOutage;
        return kept;
    }

    CallSessions request()
    {
        return this.request;
    }

    /** @return {@link RecordingSession#NEAR_END} or {@link RecordingSession#FAR_END} */
    int leg()
    {
        return this.leg;
    }

    /** @return whether trunks are left to try */
    boolean untried()
    {
        return this.tried < this.trunks.length;
    }

    /** @return whether the trunk being tried is the last one */
    boolean last()
    {
        return this.tried == this.trunks.length - 1;
    }

    /** @return the trunk to try now */
    SipTrunk trunk()
    {
        return this.trunks[(this.start + this.tried) % this.trunks.length];
    }

    /** The trunk being tried refused; the next one is tried. */
    void advance()
    {
        this.tried++;
    }

    /**
     * The trunk being tried will refuse for {@code reason} when its INVITE times out, because of {@code outage} (null
     * for a set-up queue too long).
     */
    void await(final RejectReason reason, final Outage outage)
    {
        this.waitingOn = trunk();
        this.pending = reason;
        this.pendingOutage = outage;
    }

    /** @return the failure window the pending INVITE goes unanswered for, or null */
    Outage pendingOutage()
    {
        return this.pendingOutage;
    }

    /** @return the refusal the pending INVITE ends with */
    RejectReason pending()
    {
        return this.pending;
    }

    SipTrunk waitingOn()
    {
        return this.waitingOn;
    }

    SimEventInterface<Double> timeout()
    {
        return this.timeout;
    }

    void timeout(final SimEventInterface<Double> event)
    {
        this.timeout = event;
    }

    /** The hunt waited {@code seconds} on an INVITE that failed because of {@code outage} (null for a busy queue). */
    void waited(final Outage outage, final double seconds)
    {
        if (this.waitedOn == null)
        {
            this.waitedOn = new Outage[this.trunks.length];
            this.waited = new double[this.trunks.length];
        }
        this.waitedOn[this.waits] = outage;
        this.waited[this.waits++] = seconds;
    }

    /** Count, at {@code now}, what each failure window cost the leg while it waited ({@code share} of the call). */
    void chargeOutages(final double now, final double share)
    {
        for (int i = 0; i < this.waits; i++)
        {
            if (this.waitedOn[i] != null)
            {
                this.waitedOn[i].lost(now, this.waited[i] * share);
            }
        }
    }
}
