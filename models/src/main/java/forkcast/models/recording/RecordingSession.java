package forkcast.models.recording;

import forkcast.models.calls.Call;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * An established recording session: two recording calls over one SIP trunk (R5) to a recorder, or to a CUBE that
 * forks them to several recorders (R10); its copies; the MTPs that mandatory Early Offer took; and the source's site.
 * Media flows once the set-up delay has passed and stops when the call is released or every copy is cut.
 */
public final class RecordingSession
{
    private final Call call;
    private final SipTrunk trunk;
    private final CubeMediaProxy cube;
    private final Copy[] copies;
    private final int sourceSite;
    private final int mtps;
    private forkcast.models.calls.Gateway sourceGateway;
    private boolean mediaFlowing;
    private boolean ended;
    private SimEventInterface<Double> mediaStart;

    public RecordingSession(final Call call, final SipTrunk trunk, final CubeMediaProxy cube, final Copy[] copies,
            final int sourceSite, final int mtps)
    {
        this.call = call;
        this.trunk = trunk;
        this.cube = cube;
        this.copies = copies;
        this.sourceSite = sourceSite;
        this.mtps = mtps;
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
    public forkcast.models.calls.Gateway sourceGateway()
    {
        return this.sourceGateway;
    }

    public void sourceGateway(final forkcast.models.calls.Gateway gateway)
    {
        this.sourceGateway = gateway;
    }

    public boolean mediaFlowing()
    {
        return this.mediaFlowing;
    }

    public void mediaFlowing(final boolean flowing)
    {
        this.mediaFlowing = flowing;
    }

    /** @return true once every copy was cut and the session's resources were given back */
    public boolean ended()
    {
        return this.ended;
    }

    public void ended(final boolean isEnded)
    {
        this.ended = isEnded;
    }

    public SimEventInterface<Double> mediaStart()
    {
        return this.mediaStart;
    }

    public void mediaStart(final SimEventInterface<Double> event)
    {
        this.mediaStart = event;
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
