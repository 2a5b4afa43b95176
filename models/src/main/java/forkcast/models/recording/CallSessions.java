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
    private final SessionSetUp[] hunts = new SessionSetUp[2];
    private final RecordingSession[] legs = new RecordingSession[2];
    private final RejectReason[] refused = new RejectReason[2];
    private double establishedAt = Double.NaN;
    private final boolean[] announced = new boolean[2];
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

    SessionSetUp hunt(final int leg)
    {
        return this.hunts[leg];
    }

    void hunt(final int leg, final SessionSetUp setUp)
    {
        this.hunts[leg] = setUp;
    }

    /** @return the session carrying {@code leg}, or null */
    RecordingSession leg(final int leg)
    {
        return this.legs[leg];
    }

    void admitted(final int leg, final RecordingSession session)
    {
        this.legs[leg] = session;
    }

    void refused(final int leg, final RejectReason reason)
    {
        this.refused[leg] = reason;
        this.lastRefusal = reason;
    }

    /** @return the refusal that came last: the request's failure reason when no leg was admitted */
    RejectReason lastRefusal()
    {
        return this.lastRefusal;
    }

    /** The leg's recording call was counted and traced. */
    void announce(final int leg)
    {
        this.announced[leg] = true;
    }

    boolean announced(final int leg)
    {
        return this.announced[leg];
    }

    /** @return why {@code leg} failed, or null */
    RejectReason refusal(final int leg)
    {
        return this.refused[leg];
    }

    /** @return whether {@code leg} has its answer (admitted or refused) */
    boolean resolved(final int leg)
    {
        return this.legs[leg] != null || this.refused[leg] != null;
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
        return this.legs[0] != null && this.legs[1] != null && this.legs[0] != this.legs[1];
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
        for (int leg = 0; leg < 2; leg++)
        {
            RecordingSession s = this.legs[leg];
            if (s != null && !s.lost() || s == null && this.refused[leg] == null)
            {
                return true;
            }
        }
        return false;
    }

    /** @return true when one leg records and the other failed */
    boolean halfRecorded()
    {
        return this.legs[0] != null && this.refused[1] != null || this.legs[1] != null && this.refused[0] != null;
    }
}
