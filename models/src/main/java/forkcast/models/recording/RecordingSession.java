package forkcast.models.recording;

import forkcast.models.calls.Call;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * An established recording session: two recording calls over one SIP trunk to one recorder (R5), with the media
 * source's site. Media flows once the set-up delay has passed and stops when the call is released.
 */
public final class RecordingSession
{
    private final Call call;
    private final SipTrunk trunk;
    private final int sourceSite;
    private boolean mediaFlowing;
    private SimEventInterface<Double> mediaStart;

    public RecordingSession(final Call call, final SipTrunk trunk, final int sourceSite)
    {
        this.call = call;
        this.trunk = trunk;
        this.sourceSite = sourceSite;
    }

    public Call call()
    {
        return this.call;
    }

    public SipTrunk trunk()
    {
        return this.trunk;
    }

    public Recorder recorder()
    {
        return this.trunk.recorder();
    }

    /** @return the site index of the device that forks the media */
    public int sourceSite()
    {
        return this.sourceSite;
    }

    public boolean mediaFlowing()
    {
        return this.mediaFlowing;
    }

    public void mediaFlowing(final boolean flowing)
    {
        this.mediaFlowing = flowing;
    }

    public SimEventInterface<Double> mediaStart()
    {
        return this.mediaStart;
    }

    public void mediaStart(final SimEventInterface<Double> event)
    {
        this.mediaStart = event;
    }
}
