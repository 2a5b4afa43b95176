package forkcast.models.recording;

/**
 * One copy of a recording session at one recorder: the only one for a session to a recorder, one per forked
 * recorder through CUBE. A failure on its path cuts it; what it misses until the call ends is lost.
 */
public final class Copy
{
    private final Recorder recorder;
    private boolean cut;
    private double cutAt;
    private Outage outage;

    public Copy(final Recorder recorder)
    {
        this.recorder = recorder;
    }

    public Recorder recorder()
    {
        return this.recorder;
    }

    public boolean cut()
    {
        return this.cut;
    }

    public double cutAt()
    {
        return this.cutAt;
    }

    /** @param cause the failure window that cut it, or null */
    public void cut(final double now, final Outage cause)
    {
        this.cut = true;
        this.cutAt = now;
        this.outage = cause;
    }

    /** @return the failure window that cut it, or null */
    public Outage outage()
    {
        return this.outage;
    }
}
