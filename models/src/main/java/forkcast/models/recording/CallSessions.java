package forkcast.models.recording;

import forkcast.models.calls.Call;
import forkcast.models.calls.CallRecording;
import forkcast.models.calls.MediaSource;

/**
 * A call's recording as CUCM sets it up: one request, two recording calls (R5), each hunting the route list on its
 * own. When both legs take the same trunk at the same instant they form one session holding both (the usual case);
 * otherwise each leg is a session of its own, possibly on different recorders (split), and one leg may fail while the
 * other records (half recorded). It stands for the call's recording from the request until the call ends it.
 */
final class CallSessions implements CallRecording
{
    private final Call call;
    private final MediaSourceSelector.Selection source;
    private final int sourceSite;
    private final boolean offersEarly;
    private final double requestedAt;
    // each leg's hunt, session, refusal and announcement in a field of its own, near end then far end: a request is
    // made for almost every call, and four two-element arrays were a third of what it allocated
    private SessionSetUp nearHunt;
    private SessionSetUp farHunt;
    private RecordingSession nearLeg;
    private RecordingSession farLeg;
    private RejectReason nearRefused;
    private RejectReason farRefused;
    private boolean nearAnnounced;
    private boolean farAnnounced;
    private double establishedAt = Double.NaN;
    private RejectReason lastRefusal;

    CallSessions(final Call call, final MediaSourceSelector.Selection source, final int sourceSite,
            final boolean offersEarly, final double now)
    {
        this.call = call;
        this.source = source;
        this.sourceSite = sourceSite;
        this.offersEarly = offersEarly;
        this.requestedAt = now;
    }

    Call call()
    {
        return this.call;
    }

    MediaSourceSelector.Selection source()
    {
        return this.source;
    }

    int sourceSite()
    {
        return this.sourceSite;
    }

    boolean offersEarly()
    {
        return this.offersEarly;
    }

    double requestedAt()
    {
        return this.requestedAt;
    }

    /** @return the leg's hunt while it waits for an answer (an INVITE's timeout); null once it has one */
    SessionSetUp hunt(final int leg)
    {
        return near(leg) ? this.nearHunt : this.farHunt;
    }

    void hunt(final int leg, final SessionSetUp setUp)
    {
        if (near(leg))
        {
            this.nearHunt = setUp;
        }
        else
        {
            this.farHunt = setUp;
        }
    }

    /** @return the session carrying {@code leg}, or null */
    RecordingSession leg(final int leg)
    {
        return near(leg) ? this.nearLeg : this.farLeg;
    }

    void admitted(final int leg, final RecordingSession session)
    {
        if (near(leg))
        {
            this.nearLeg = session;
        }
        else
        {
            this.farLeg = session;
        }
    }

    void refused(final int leg, final RejectReason reason)
    {
        if (near(leg))
        {
            this.nearRefused = reason;
        }
        else
        {
            this.farRefused = reason;
        }
        this.lastRefusal = reason;
    }

    /** @return true for {@link RecordingSession#NEAR_END}, false for {@link RecordingSession#FAR_END} (else throws) */
    private static boolean near(final int leg)
    {
        if (leg == RecordingSession.NEAR_END)
        {
            return true;
        }
        if (leg == RecordingSession.FAR_END)
        {
            return false;
        }
        throw new ArrayIndexOutOfBoundsException("leg " + leg);
    }

    /** @return the refusal that came last: the request's failure reason when no leg was admitted */
    RejectReason lastRefusal()
    {
        return this.lastRefusal;
    }

    /** The leg's recording call was counted and traced. */
    void announce(final int leg)
    {
        if (near(leg))
        {
            this.nearAnnounced = true;
        }
        else
        {
            this.farAnnounced = true;
        }
    }

    boolean announced(final int leg)
    {
        return near(leg) ? this.nearAnnounced : this.farAnnounced;
    }

    /** @return why {@code leg} failed, or null */
    RejectReason refusal(final int leg)
    {
        return near(leg) ? this.nearRefused : this.farRefused;
    }

    /** @return whether {@code leg} has its answer (admitted or refused) */
    boolean resolved(final int leg)
    {
        return leg(leg) != null || refusal(leg) != null;
    }

    /** @return whether a leg was admitted (the request counts as established from then) */
    boolean established()
    {
        return !Double.isNaN(this.establishedAt);
    }

    void establishedAt(final double now)
    {
        this.establishedAt = now;
    }

    double establishedAt()
    {
        return this.establishedAt;
    }

    /** @return true when the two legs are sessions on different trunks */
    boolean split()
    {
        return this.nearLeg != null && this.farLeg != null && this.nearLeg != this.farLeg;
    }

    /**
     * F5: a gateway-forked request goes on through a hold while the gateway stays in the media path: when a leg
     * records (not cut by a failure) or is still hunting the route list.
     *
     * @return whether the request goes on over a hold
     */
    boolean goesOnOverHold()
    {
        if (this.source.source() != MediaSource.GATEWAY)
        {
            return false;
        }
        return goesOn(this.nearLeg, this.nearRefused) || goesOn(this.farLeg, this.farRefused);
    }

    /** @return true when one leg records and the other failed */
    boolean halfRecorded()
    {
        return this.nearLeg != null && this.farRefused != null || this.farLeg != null && this.nearRefused != null;
    }

    /** @return whether a leg records (not cut by a failure) or is still hunting the route list */
    private static boolean goesOn(final RecordingSession session, final RejectReason refused)
    {
        return session != null && !session.lost() || session == null && refused == null;
    }
}
